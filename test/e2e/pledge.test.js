/**
 * The pledge form end to end on the built CDN bundle, with Playwright where the test runner
 * cannot go: the tab really offline, a real reload, and the receiver really down and back up.
 * Pledges go to the reference receiver the demo server runs (a fresh SQLite file here).
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
  ({ server, receiver, origin } = await startDemoServer({ port: 0, pledgeDb: join(mkdtempSync(join(tmpdir(), 'pledge-e2e-')), 'p.db') }));
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
});

const names = () => receiver.store.all().map((p) => p.name);

/** Fill in and submit the event-mode form (the page's second pledge form). */
async function signQueued(page, name) {
  await page.evaluate((name) => {
    const root = document.querySelectorAll('sanctuary-pledge-form')[1].shadowRoot;
    for (const [id, value] of [['name', name], ['organisation', 'Test group']]) {
      const input = root.querySelector(`#${id}`);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    root.querySelector('#consent').click();
    root.querySelector('form').requestSubmit();
  }, name);
  await page.waitForFunction(() => document.querySelectorAll('sanctuary-pledge-form')[1].shadowRoot.querySelector('.share'));
  await page.evaluate(() => document.querySelectorAll('sanctuary-pledge-form')[1].shadowRoot.querySelector('.link-button').click());
}

const waitingText = (page) => page.evaluate(() => document.querySelectorAll('sanctuary-pledge-form')[1].shadowRoot.querySelector('[part="queue"]')?.textContent.trim() ?? '');

describe('pledge form, event mode', () => {
  it('offline: pledges wait on the device, a reload loses none, and they are each stored once when the network returns', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/demo/pledge.html`);
    await page.waitForFunction(() => document.querySelectorAll('sanctuary-pledge-form')[1]?.shadowRoot?.querySelector('form'));
    await page.waitForTimeout(3100); // the form's minimum time to fill

    await context.setOffline(true);
    assert.equal(await page.evaluate(() => navigator.onLine), false);
    await signQueued(page, 'Offline one');
    await signQueued(page, 'Offline two');
    assert.equal(await waitingText(page), '2 pledges waiting on this device to be sent');

    // Back online, but the receiver is down: the page reloads (it can now) and still has both.
    receiver.down = true;
    await context.setOffline(false);
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('sanctuary-pledge-form')[1]?.shadowRoot?.querySelector('[part="queue"]'));
    assert.equal(await waitingText(page), '2 pledges waiting on this device to be sent');
    assert.deepEqual(names(), []);

    receiver.down = false;
    await page.waitForFunction(() => !document.querySelectorAll('sanctuary-pledge-form')[1].shadowRoot.querySelector('[part="queue"]'), null, { timeout: 20_000 });
    assert.deepEqual(names().sort(), ['Offline one', 'Offline two']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the server goes down while a pledge is sent, then comes back: nothing lost, nothing twice', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/demo/pledge.html`);
    await page.waitForFunction(() => document.querySelector('sanctuary-pledge-form')?.shadowRoot?.querySelector('form'));
    receiver.down = true;
    await page.evaluate(() => {
      const root = document.querySelector('sanctuary-pledge-form').shadowRoot;
      const name = root.querySelector('#name');
      name.value = 'Down and up';
      name.dispatchEvent(new Event('input', { bubbles: true }));
      root.querySelector('#consent').click();
      root.querySelector('button[type="submit"]').click();
      root.querySelector('button[type="submit"]').click();
    });
    await page.waitForFunction(() => document.querySelector('sanctuary-pledge-form').shadowRoot.querySelector('[part="status"]').textContent.includes('Not sent yet'), null, { timeout: 10_000 });
    receiver.down = false;
    await page.waitForFunction(() => document.querySelector('sanctuary-pledge-form').shadowRoot.querySelector('.share'), null, { timeout: 20_000 });
    assert.equal(names().filter((n) => n === 'Down and up').length, 1);
    await page.close();
  });
});
