/// <reference types="vite/client" />
import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';

/* ------------------------------------------------------------------------------------------------
 * custom-elements.json → Docs and Controls
 *
 * `npm run build` writes it at the repo root (gitignored). A glob import so that `storybook dev`
 * still starts without it (main.ts warns, and stops a production build).
 * --------------------------------------------------------------------------------------------- */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const found = import.meta.glob<Json>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(found)[0];

/** `SanctuaryTimeline` → `sanctuary-timeline`: the naming every widget of this library follows. */
const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/**
 * Storybook's reader of the manifest needs a little help with this one:
 * - Elements are registered through `defineElement(tag, Class)`, which the analyzer does not
 *   follow, so no declaration has a `tagName` (nor `customElement` on the widget classes) and
 *   Storybook would find no `sanctuary-timeline`. Widget classes carry `@tagname` in their doc
 *   comment for that; the kebab-case fallback covers one that forgets.
 * - Storybook lists every member, private and protected ones included: keep only public fields.
 * - The default slot has no name, and Storybook skips nameless entries: call it `(default)`.
 * - A field with an attribute would appear twice (`headingLevel` and `heading-level`): keep the
 *   attribute row (what stories and Controls use) and name the property in its description.
 */
function prepareManifest(source: Json): Json {
  const copy: Json = structuredClone(source);
  const classes: Json[] = (copy.modules ?? []).flatMap((m: Json) => m.declarations ?? []).filter((d: Json) => d.kind === 'class');
  // The analyzer marks only direct LitElement subclasses (here the abstract base) as custom
  // elements: follow `superclass` down to the widgets.
  const elements = new Set(classes.filter((d) => d.customElement).map((d) => d.name as string));
  for (let grew = true; grew; ) {
    grew = false;
    for (const d of classes) {
      if (!elements.has(d.name) && elements.has(d.superclass?.name)) {
        elements.add(d.name);
        grew = true;
      }
    }
  }
  for (const declaration of classes) {
    if (!elements.has(declaration.name)) continue;
    declaration.customElement = true;
    declaration.tagName ??= kebab(declaration.name);
    const attributes: Json[] = declaration.attributes ?? [];
    const fieldsWithAttribute = new Set(attributes.map((a) => a.fieldName).filter(Boolean));
    declaration.members = (declaration.members ?? []).filter(
      (m: Json) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !fieldsWithAttribute.has(m.name),
    );
    // Storybook drops a member without a name, so the default slot needs one to be listed.
    for (const slot of declaration.slots ?? []) if (!slot.name) slot.name = '(default)';
    for (const attribute of attributes) {
      if (attribute.fieldName && attribute.fieldName !== attribute.name) {
        attribute.description = `${attribute.description ?? ''} (Property: \`${attribute.fieldName}\`.)`.trim();
      }
    }
  }
  return copy;
}

if (manifest) setCustomElementsManifest(prepareManifest(manifest));
else console.warn('custom-elements.json not found: run `npm run build`. Docs and Controls will be incomplete.');

/**
 * Events, slots, CSS custom properties and parts are documentation rows, not inputs: without this
 * each would get a "Set object" control that does nothing.
 */
const documentationOnly = new Set(['events', 'slots', 'css custom properties', 'css shadow parts']);
const withoutUselessControls: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      documentationOnly.has(argType.table?.category ?? '') ? { ...argType, control: false } : argType,
    ]),
  );

/* ------------------------------------------------------------------------------------------------
 * Toolbar: language and direction
 *
 * The widgets read the `lang` of their nearest ancestor, so each story is wrapped in a <div> that
 * carries the chosen language (and a direction for the surrounding page). The widget sets `dir`
 * on its own `base` part from its language, whatever the wrapper says.
 * --------------------------------------------------------------------------------------------- */

const languages = [
  { value: 'en', title: 'English', dir: 'ltr' },
  { value: 'vi', title: 'Tiếng Việt', dir: 'ltr' },
  { value: 'sv', title: 'Svenska', dir: 'ltr' },
  { value: 'ru', title: 'Русский', dir: 'ltr' },
  { value: 'uk', title: 'Українська', dir: 'ltr' },
  { value: 'ar', title: 'العربية', dir: 'rtl' },
] as const;

const withLanguage: Decorator = (story, context) => {
  const language = languages.find((l) => l.value === context.globals.lang) ?? languages[0];
  const dir = context.globals.dir === 'ltr' || context.globals.dir === 'rtl' ? context.globals.dir : language.dir;
  return html`<div class="sb-language" lang=${language.value} dir=${dir}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withLanguage],
  argTypesEnhancers: [withoutUselessControls],
  globalTypes: {
    lang: {
      description: 'Language of the page around the widget',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: languages.map(({ value, title }) => ({ value, title, right: value })),
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Direction of the page around the widget',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction: from the language' },
          { value: 'ltr', title: 'Left to right (ltr)' },
          { value: 'rtl', title: 'Right to left (rtl)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', dir: 'auto' },
  parameters: {
    // Accessibility violations fail the story (in the a11y panel and in story tests).
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
  },
};

export default preview;
