/**
 * Leaks: each widget attached and detached 100 times (with its data loaded and, for the map, the
 * real Leaflet map created) must not grow the JavaScript heap. Measured in Chromium over the
 * DevTools protocol after a forced garbage collection, on the CDN bundle as partners load it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../../scripts/serve-demo.js';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';

const CYCLES = 100;
/** Allowed growth per cycle after collection. One widget kept alive (shadow root, styles, Lit parts, listeners) is tens of kB. */
const MAX_BYTES_PER_CYCLE = 4_000;

const widgets = {
  'sanctuary-timeline': { attributes: { src: '/demo/data/lewisham-greenwich.json' }, ready: '[part="list"]' },
  'sanctuary-safe-surgery-map': { attributes: { src: '/demo/data/practices.geojson', 'no-tiles': '' }, ready: '.leaflet-marker-icon' },
  'sanctuary-rights-checker': { attributes: { jurisdiction: 'gb-eng' }, ready: 'form' },
  'sanctuary-charging-guidance': { attributes: { jurisdiction: 'gb-sct' }, ready: 'section' },
  'sanctuary-pledge-form': { attributes: { endpoint: '/receiver/pledges' }, ready: 'form' },
};

let browser;
let server;
let origin;

before(async () => {
  ({ server, origin } = await startDemoServer({ port: 0 }));
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
});

describe('no leaks over 100 attach/detach cycles', () => {
  for (const [tag, { attributes, ready }] of Object.entries(widgets)) {
    it(`${tag}`, async () => {
      const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
      await page.route(`${origin}/leak-test.html`, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>Leak test</title><main></main><script type="module" src="/cdn/all.js"></script>' }),
      );
      await page.goto(`${origin}/leak-test.html`);
      await page.waitForFunction(() => customElements.get('sanctuary-pledge-form'));
      const cdp = await page.context().newCDPSession(page);
      const heap = async () => {
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      const cycle = (count) =>
        page.evaluate(
          async ({ tag, attributes, ready, count }) => {
            for (let i = 0; i < count; i++) {
              const el = document.createElement(tag);
              for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
              document.querySelector('main').append(el);
              const start = performance.now();
              while (!el.shadowRoot?.querySelector(ready)) {
                if (performance.now() - start > 10_000) throw new Error(`${tag} did not show ${ready}`);
                await new Promise((resolve) => setTimeout(resolve, 5));
              }
              el.remove();
            }
            await new Promise((resolve) => setTimeout(resolve, 200)); // let pending timers and requests settle
          },
          { tag, attributes, ready, count },
        );
      await cycle(10); // warm up: lazy chunks, caches and Intl objects are made once
      const before = await heap();
      await cycle(CYCLES);
      const afterCycles = await heap();
      const perCycle = (afterCycles - before) / CYCLES;
      console.log(`${tag}: heap ${Math.round(before / 1024)} kB → ${Math.round(afterCycles / 1024)} kB after ${CYCLES} cycles (${Math.round(perCycle)} B per cycle)`);
      assert.ok(perCycle < MAX_BYTES_PER_CYCLE, `${tag} keeps ${Math.round(perCycle)} bytes per attach/detach cycle`);
      await page.close();
    });
  }
});
