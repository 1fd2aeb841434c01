/**
 * The custom elements analyzer reads `static properties` and lists every entry as an attribute,
 * internal `{ state: true }` ones too. In this library reactive state is always private or
 * protected and every attribute is public, so this drops the attributes of non-public fields.
 */
const dropInternalAttributes = {
  name: 'sanctuary:drop-internal-attributes',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const internal = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !internal.has(a.fieldName));
        for (const member of declaration.members ?? []) if (internal.has(member.name)) delete member.attribute;
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  plugins: [dropInternalAttributes],
};
