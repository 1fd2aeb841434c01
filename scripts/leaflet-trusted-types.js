/**
 * Leaflet 1.9.4 probes for inline SVG at import time with `div.innerHTML = '<svg/>'`. On a page
 * that enforces Trusted Types (`require-trusted-types-for 'script'`) that assignment throws, and
 * the whole bundle fails to load. Every browser we support has inline SVG, so the probe becomes
 * `true`. Used by the Vite config (CDN bundles, Storybook) and the test runner.
 */
const PROBE = /var inlineSvg = !!svg\$1 && \(function \(\) \{[\s\S]*?\}\)\(\);/;

export function isLeafletSource(id) {
  return /leaflet[\\/]dist[\\/]leaflet-src\.esm\.js/.test(id);
}

export function patchLeafletForTrustedTypes(code) {
  if (!PROBE.test(code)) throw new Error('leaflet-trusted-types: the inline-SVG probe was not found; check the Leaflet version.');
  return code.replace(PROBE, 'var inlineSvg = !!svg$1; /* sanctuary-widgets: no innerHTML probe (Trusted Types) */');
}
