import { defineConfig, type Plugin } from 'vite';
import { isLeafletSource, patchLeafletForTrustedTypes } from './scripts/leaflet-trusted-types.js';

/**
 * Lit's css`` templates reach the bundle as written. Strip comments and collapse white space in
 * our own style modules (they hold no strings where white space matters).
 */
function minifyCssTemplates(): Plugin {
  return {
    name: 'sanctuary:minify-css-templates',
    apply: 'build',
    transform(code, id) {
      if (!/src[\\/].*styles\.ts$/.test(id)) return null;
      const minifiedCode = code.replace(/css`([^`]*)`/g, (_, body: string) => {
        const minified = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${minified}\``;
      });
      return { code: minifiedCode, map: { mappings: '' } };
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
  plugins: [minifyCssTemplates(), leafletTrustedTypes()],
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
