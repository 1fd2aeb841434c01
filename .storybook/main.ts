import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const manifest = fileURLToPath(new URL('../custom-elements.json', import.meta.url));

/*
 * Storybook builds with Vite and picks up ../vite.config.ts (its plugins and `define`; Storybook
 * replaces the `build` section with its own). Decorators compile because tsconfig.json uses
 * `experimentalDecorators` + `useDefineForClassFields: false`, which Vite 8's Oxc lowers itself
 * (see shared/toolchain.md): no extra plugin is needed here.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // Telemetry would make DNS lookups (and a 3x slower build) on a machine with no network.
  core: { disableTelemetry: true },
  // The stories fetch the demo data and the test fixtures, at the same paths as in the repo.
  staticDirs: [
    { from: '../demo/data', to: '/demo/data' },
    { from: '../test/fixtures', to: '/test/fixtures' },
  ],
  async viteFinal(viteConfig, { configType }) {
    // Docs and Controls come from custom-elements.json, which `npm run build` writes (gitignored).
    // Without it a published Storybook would silently lose its API tables, so a build stops here;
    // `storybook dev` only warns.
    if (!existsSync(manifest)) {
      const message = 'custom-elements.json is missing: run `npm run build` (or `npm run analyze`) first, or Docs and Controls will be empty.';
      if (configType === 'PRODUCTION') throw new Error(message);
      console.warn(`\n[storybook] ${message}\n`);
    }
    // Dev server: Storybook's web-components renderer imports `lit/directive-helpers.js`, which
    // Vite's optimizer does not discover, so a second, unbundled lit-html loaded next to the
    // pre-bundled one ("Multiple versions of Lit loaded"). Pre-bundle it with the rest of Lit.
    viteConfig.optimizeDeps = { ...viteConfig.optimizeDeps, include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] };
    // Storybook's own UI chunks (docs renderer, axe) are over Vite's 500 kB warning; the widgets are not.
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 1500 };
    return viteConfig;
  },
};

export default config;
