/**
 * Lit's css`` templates reach a bundle as written, comments and indentation included. This strips
 * comments and collapses white space inside every css`` literal of our own style modules (they
 * hold no strings where white space matters). Used by the CDN build (a Vite plugin in
 * vite.config.ts) and on dist/ after tsc, so npm users' bundles get the small CSS too.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The module's code with every css`…` literal minified. */
export function minifyCssTemplates(code) {
  return code.replace(/css\s*`([^`]*)`/g, (_, body) => {
    const minified = body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      // After a colon only: a space before one is a descendant combinator (`.list :focus`).
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
    return `css\`${minified}\``;
  });
}

/** True for our style modules (src/**\/*styles.ts and their compiled dist/**\/*styles.js). */
export const isStyleModule = (path) => /(^|[\\/])(src|dist)[\\/].*styles\.(ts|js)$/.test(path);

/** Minify the style modules tsc wrote to `dir`. */
export function minifyCssInDirectory(dir) {
  for (const entry of readdirSync(dir, { recursive: true })) {
    const path = join(dir, entry);
    if (!isStyleModule(path)) continue;
    writeFileSync(path, minifyCssTemplates(readFileSync(path, 'utf8')));
  }
}
