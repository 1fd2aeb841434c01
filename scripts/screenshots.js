#!/usr/bin/env node
/**
 * Screenshots of the demo pages at phone and desktop width in several languages, to look at
 * (npm run screenshots; needs a build). Usage: node scripts/screenshots.js [outDir] [page…]
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.js';
import { startDemoServer } from './serve-demo.js';

const outDir = process.argv[2] ?? 'screenshots';
const pages = process.argv.slice(3).length ? process.argv.slice(3) : ['index.html', 'states.html'];
const languages = (process.env.LANGS ?? 'en,ar,vi,ru').split(',');
const widths = [360, 1280];

mkdirSync(outDir, { recursive: true });
const { server, origin } = await startDemoServer({ port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const page of pages) {
    for (const lang of languages) {
      for (const width of widths) {
        const tab = await browser.newPage({ viewport: { width, height: 900 } });
        await tab.goto(`${origin}/demo/${page}?lang=${lang}`);
        await tab.waitForFunction(() => [...document.querySelectorAll('sanctuary-timeline, sanctuary-safe-surgery-map')].every((el) => el.shadowRoot?.querySelector('[part="list"], [role="alert"], .empty')));
        await tab.waitForTimeout(Number(process.env.SETTLE_MS ?? 300)); // maps and lazy chunks
        const file = `${outDir}/${page.replace('.html', '')}-${lang}-${width}.png`;
        await tab.screenshot({ path: file, fullPage: true });
        console.log(file);
        await tab.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
