/**
 * Lighthouse (mobile, simulated slow 4G and CPU) on each demo page: performance and accessibility
 * scores, and the audits that cost points. Part of `npm run bench`; alone: `node bench/lighthouse.js`
 * (needs a build). Lighthouse 12 (13 needs Node 22); Chromium from Debian via chrome-launcher.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { pathToFileURL } from 'node:url';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.js';
import { startDemoServer } from '../scripts/serve-demo.js';

export const LIGHTHOUSE_PAGES = ['index.html', 'map.html', 'rights.html', 'guidance.html', 'pledge.html', 'csp.html', 'bare.html'];

/** [{ page, performance, accessibility, lost: [audit titles that cost points] }] */
export async function runLighthouse({ origin, pages = LIGHTHOUSE_PAGES }) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
  const results = [];
  try {
    for (const page of pages) {
      const { lhr } = await lighthouse(`${origin}/demo/${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      const lost = Object.values(lhr.categories)
        .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => lhr.audits[ref.id]))
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      results.push({ page, performance: Math.round(lhr.categories.performance.score * 100), accessibility: Math.round(lhr.categories.accessibility.score * 100), lost });
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

export function formatLighthouseReport(results) {
  return [
    '| Demo page | Performance | Accessibility | What cost points |',
    '|---|---|---|---|',
    ...results.map((r) => `| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.lost.join('; ') || '—'} |`),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { server, origin } = await startDemoServer({ port: 0 });
  try {
    console.log(formatLighthouseReport(await runLighthouse({ origin, pages: process.argv.slice(2).length ? process.argv.slice(2) : LIGHTHOUSE_PAGES })));
  } finally {
    server.close();
  }
}
