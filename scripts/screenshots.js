#!/usr/bin/env node
/**
 * Screenshots of every widget on the demo pages at phone and desktop width in several languages,
 * to look at (npm run screenshots; needs a build). Some scenes act first, as a visitor would: the
 * rights checker is answered through to its result, the guidance opened, the pledge sent empty
 * (to show its errors).
 *
 *   LANGS=ar,fa,ur node scripts/screenshots.js [outDir] [scene…]
 *   scenes: timeline map rights-question rights-result guidance pledge states
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.js';
import { startDemoServer } from './serve-demo.js';

/** In the page: every widget has rendered something other than "Loading…". */
const widgetsReady = () =>
  [...document.querySelectorAll('*')]
    .filter((el) => el.localName.startsWith('sanctuary-'))
    .every((el) => el.shadowRoot?.querySelector('[part="base"] > *') && !el.shadowRoot.querySelector('.loading'));

/** Answer the checker through to its result: care in hospital, then the first "no"-like answer. */
async function answerChecker(tab) {
  const checker = tab.locator('sanctuary-rights-checker');
  for (let step = 0; step < 15; step++) {
    if (await checker.locator('.summary-list').count()) break;
    const values = await checker.locator('input[type="radio"]').evaluateAll((radios) => radios.map((r) => r.value));
    const pick = ['gb-eng', 'hospital', 'none', 'no', 'never', 'refused'].find((v) => values.includes(v)) ?? values[0];
    const before = await checker.locator('[data-step-heading]').textContent();
    await checker.locator(`input[type="radio"][value="${pick}"]`).evaluate((radio) => radio.click()); // styled radios: the input itself is covered
    await checker.locator('form button[type="submit"], form .button:not(.secondary)').first().click();
    await tab.waitForFunction(
      (previous) => {
        const root = document.querySelector('sanctuary-rights-checker').shadowRoot;
        return root.querySelector('.summary-list') || root.querySelector('[data-step-heading]')?.textContent !== previous;
      },
      before,
    );
  }
  await checker.locator('.actions .button:not(.secondary)').first().click();
  await checker.locator('.result').waitFor();
}

const scenes = {
  timeline: { page: 'index.html' },
  // The map loads when it scrolls into view (below the list on a phone).
  map: { page: 'map.html', act: async (tab) => { await tab.locator('sanctuary-safe-surgery-map [part="map"]').scrollIntoViewIfNeeded(); await tab.locator('sanctuary-safe-surgery-map .leaflet-container').waitFor(); await tab.evaluate(() => window.scrollTo(0, 0)); } },
  'rights-question': { page: 'rights.html', act: async (tab) => { await tab.locator('sanctuary-rights-checker input[value="gb-eng"]').check(); await tab.locator('sanctuary-rights-checker form button[type="submit"]').click(); await tab.locator('sanctuary-rights-checker .free-first').waitFor(); } },
  'rights-result': { page: 'rights.html', act: answerChecker },
  guidance: { page: 'guidance.html', act: async (tab) => tab.locator('sanctuary-charging-guidance button', { hasText: /./ }).first().click() },
  pledge: { page: 'pledge.html', act: async (tab) => { await tab.locator('sanctuary-pledge-form button[type="submit"]').first().click(); await tab.locator('sanctuary-pledge-form .error-summary').first().waitFor(); } },
  states: { page: 'states.html' },
};

const outDir = process.argv[2] ?? 'screenshots';
const chosen = process.argv.slice(3).length ? process.argv.slice(3) : Object.keys(scenes);
const languages = (process.env.LANGS ?? 'en,ar,fa,ur').split(',');
const widths = [360, 1280];

mkdirSync(outDir, { recursive: true });
const { server, origin } = await startDemoServer({ port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
let failures = 0;
try {
  for (const name of chosen) {
    const scene = scenes[name];
    for (const lang of languages) {
      for (const width of widths) {
        const tab = await browser.newPage({ viewport: { width, height: 900 } });
        const file = `${outDir}/${name}-${lang}-${width}.png`;
        try {
          await tab.goto(`${origin}/demo/${scene.page}?lang=${lang}`);
          await tab.waitForFunction(widgetsReady, null, { timeout: 15000 });
          await scene.act?.(tab);
          await tab.waitForTimeout(Number(process.env.SETTLE_MS ?? 400)); // maps and lazy chunks
          // The top of the page (FULL=1: all of it): tall pages are unreadable when shrunk to view.
          const height = await tab.evaluate(() => document.documentElement.scrollHeight);
          const clip = process.env.FULL ? undefined : { x: 0, y: 0, width, height: Math.min(height, width < 600 ? 1800 : 1400) };
          await tab.screenshot({ path: file, fullPage: true, clip });
          console.log(file);
        } catch (error) {
          failures++;
          console.error(`${file}: ${error.message.split('\n')[0]}`);
        } finally {
          await tab.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
process.exitCode = failures ? 1 : 0;
