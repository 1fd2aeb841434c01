import { defineConfig, type Plugin } from 'vite';
import { isStyleModule, minifyCssTemplates } from './scripts/minify-css.js';
import { isLeafletSource, patchLeafletForTrustedTypes } from './scripts/leaflet-trusted-types.js';

/** Our style modules' css`` literals without comments and indentation (see scripts/minify-css.js). */
function minifyCss(): Plugin {
  return {
    name: 'sanctuary:minify-css-templates',
    apply: 'build',
    transform(code, id) {
      return isStyleModule(id) ? { code: minifyCssTemplates(code), map: { mappings: '' } } : null;
    },
  };
}

/** Leaflet without its import-time innerHTML probe, so bundles load under Trusted Types. */
function leafletTrustedTypes(): Plugin {
  return {
    name: 'sanctuary:leaflet-trusted-types',
    transform(code, id) {
      return isLeafletSource(id) ? { code: patchLeafletForTrustedTypes(code), map: null } : null;
    },
  };
}

/*
 * Shared by the CDN build (scripts/build.js), Storybook and the demo.
 * Decorators: tsconfig.json uses `experimentalDecorators` with `useDefineForClassFields: false`,
 * which Vite 8's Oxc lowers itself (it does not lower TC39 decorators: see shared/toolchain.md).
 */
export default defineConfig({
  plugins: [minifyCss(), leafletTrustedTypes()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2021',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    modulePreload: false,
    copyPublicDir: false,
  },
});
