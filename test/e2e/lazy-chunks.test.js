/**
 * Code that only some visitors need is downloaded only when needed (the reception card's picture
 * drawing, event mode's outbox). When that download fails, on the CDN bundle in a real browser,
 * the visitor is told or the work goes on another way, and nothing is lost.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../../scripts/serve-demo.js';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';

let browser;
let server;
let receiver;
let origin;

before(async () => {
  ({ server, receiver, origin } = await startDemoServer({ port: 0, pledgeDb: join(mkdtempSync(join(tmpdir(), 'lazy-e2e-')), 'p.db') }));
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
});

describe('lazy chunks that fail to download', () => {
  it('the reception card: saving says the picture could not be made, and works on the next try', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let blocked = 0;
    await page.route('**/chunks/*card-image*.js', (route) => {
      blocked += 1;
      return route.abort('internetdisconnected');
    });
    await page.goto(`${origin}/demo/rights.html`);
    const choose = (value) =>
      page.evaluate(([value]) => {
        const root = document.querySelector('sanctuary-rights-checker').shadowRoot;
        root.querySelector(`input[value="${value}"]`).click();
        root.querySelector('form').requestSubmit();
      }, [value]);
    await page.waitForFunction(() => document.querySelector('sanctuary-rights-checker')?.shadowRoot?.querySelector('input[value="gb-eng"]'));
    await choose('gb-eng');
    await page.waitForFunction(() => document.querySelector('sanctuary-rights-checker').shadowRoot.querySelector('input[value="gp"]'));
    await choose('gp');
    await page.waitForFunction(() => document.querySelector('sanctuary-rights-checker').shadowRoot.querySelector('.summary-list'));
    await page.evaluate(() => [...document.querySelector('sanctuary-rights-checker').shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'See what applies to you')?.click());
    await page.waitForFunction(() => document.querySelector('sanctuary-rights-checker').shadowRoot.querySelector('.outcome'));
    const clickButton = (text) => page.evaluate((text) => [...document.querySelector('sanctuary-rights-checker').shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === text).click(), text);
    await clickButton('Show this at reception');
    await clickButton('Save as a picture');
    const status = () => page.evaluate(() => document.querySelector('sanctuary-rights-checker').shadowRoot.querySelector('.card [role="status"]').textContent.trim());
    await page.waitForFunction(() => document.querySelector('sanctuary-rights-checker').shadowRoot.querySelector('.card [role="status"]').textContent.includes('could not be loaded'));
    assert.equal(await status(), 'This information could not be loaded. Check your internet connection and try again.');
    assert.ok(blocked >= 1, 'the card chunk was requested');

    await page.unroute('**/chunks/*card-image*.js');
    const download = page.waitForEvent('download');
    await clickButton('Save as a picture');
    assert.match((await download).suggestedFilename(), /^gb-eng-reception-card\.png$/);
    await page.waitForFunction(() => document.querySelector('sanctuary-rights-checker').shadowRoot.querySelector('.card [role="status"]').textContent.trim() === 'The picture has been saved.');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('event mode without its outbox: the pledge is sent at once and stored', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/chunks/*queue*.js', (route) => route.abort('internetdisconnected'));
    await page.goto(`${origin}/demo/pledge.html`);
    await page.waitForFunction(() => document.querySelectorAll('sanctuary-pledge-form')[1]?.shadowRoot?.querySelector('form'));
    await page.waitForTimeout(3100); // the form's minimum time to fill
    await page.evaluate(() => {
      const root = document.querySelectorAll('sanctuary-pledge-form')[1].shadowRoot;
      for (const [id, value] of [['name', 'No outbox'], ['organisation', 'Test group']]) {
        const input = root.querySelector(`#${id}`);
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      root.querySelector('#consent').click();
      root.querySelector('form').requestSubmit();
    });
    await page.waitForFunction(() => document.querySelectorAll('sanctuary-pledge-form')[1].shadowRoot.querySelector('.share'), null, { timeout: 15_000 });
    assert.deepEqual(receiver.store.all().map((p) => p.name), ['No outbox']);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
