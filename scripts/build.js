#!/usr/bin/env node
/**
 * npm run build:
 *  1. lit-localize build + split-locales: XLIFF in locales/ → one chunk per widget and locale
 *  2. tsc: unbundled ES modules + .d.ts in dist/ (lit, @lit/*, d3-dsv stay imports), their CSS minified
 *  3. Vite: a minified CDN bundle per widget and one with every widget, in cdn/, each with its
 *     own lazy chunks (one per locale, one for the CSV parser) so a page downloads only its language
 *  4. custom-elements.json
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { build } from 'vite';
import { minifyCssInDirectory } from './minify-css.js';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

/** The registering modules that become CDN bundles: name → entry. */
export const cdnEntries = {
  timeline: 'src/timeline.ts',
  'safe-surgery-map': 'src/safe-surgery-map.ts',
  'rights-checker': 'src/rights-checker.ts',
  'charging-guidance': 'src/charging-guidance.ts',
  'pledge-form': 'src/pledge-form.ts',
  all: 'src/all.ts',
};

rmSync('dist', { recursive: true, force: true });
rmSync('cdn', { recursive: true, force: true });

run(bin('lit-localize'), ['build']);
run('node', ['scripts/split-locales.js']);
// Also writes dist/rights/rulesets/<id>.json (every language) for `sanctuary-widgets/rulesets/gb-eng.json`.
run('node', ['scripts/bundle-rulesets.js']);
run('node', ['scripts/vendor-leaflet-css.js']);
run(bin('tsc'), ['-p', 'tsconfig.json']);
chmodSync('dist/cli.js', 0o755);
minifyCssInDirectory('dist');

for (const [name, entry] of Object.entries(cdnEntries)) {
  // One build per bundle, so each bundle carries its own copy of Lit and needs no other file
  // but its lazy chunks.
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: {
      outDir: 'cdn',
      emptyOutDir: false,
      // Library mode: no Vite preload helper around the lazy chunks (app mode adds about 1 kB).
      lib: { entry: { [name]: entry }, formats: ['es'] },
      rolldownOptions: {
        output: {
          // Library mode keeps whitespace in ES output; a CDN bundle wants it gone.
          minify: true,
          entryFileNames: '[name].js',
          // Locale chunks are named by bundle and widget: chunks/all-locale-map-vi-<hash>.js
          chunkFileNames: (chunk) => {
            const locale = /generated[\\/]locales[\\/]([^\\/]+)[\\/]([^\\/.]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
            if (locale) return `chunks/${name}-locale-${locale[1]}-${locale[2]}-[hash].js`;
            // Ruleset chunks by jurisdiction and language: chunks/rights-checker-ruleset-gb-eng-vi-<hash>.js
            const ruleset = /generated[\\/]rulesets[\\/]([^\\/]+)[\\/]([^\\/.]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
            return ruleset ? `chunks/${name}-ruleset-${ruleset[1]}-${ruleset[2]}-[hash].js` : `chunks/${name}-[name]-[hash].js`;
          },
        },
      },
    },
  });
}

run(bin('cem'), ['analyze']); // settings and a fix-up plugin: custom-elements-manifest.config.mjs
console.log('Built dist/ (ESM + types), cdn/ (bundles) and custom-elements.json.');
