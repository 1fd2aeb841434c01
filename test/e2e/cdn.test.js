/**
 * End to end, on the built CDN bundles as a partner embeds them: a bare page in every shipped
 * language, the strict-CSP page, the library loaded twice, and no third-party request.
 * Run after `npm run build` (npm test does both).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../../scripts/serve-demo.js';
import { directionOf } from '../../dist/core/language.js';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const localize = JSON.parse(readFileSync(new URL('../../lit-localize.json', import.meta.url), 'utf8'));
const shippedLocales = [localize.sourceLocale, ...localize.targetLocales];
const rtlLocales = shippedLocales.filter((lang) => directionOf(lang) === 'rtl');

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

/**
 * Open a page, recording console errors and warnings, page errors, CSP violations and requests.
 * `bypassCSP` only so that axe can be injected into the strict-CSP page.
 */
async function open(path, viewport, { bypassCSP = false } = {}) {
  const page = await browser.newPage({ bypassCSP, ...(viewport ? { viewport } : {}) });
  const seen = { errors: [], warnings: [], violations: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
    if (message.type() === 'warning') seen.warnings.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('request', (request) => seen.requests.push(request.url()));
  await page.exposeFunction('__reportViolation', (v) => seen.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.__reportViolation(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => {
    const widgets = [...document.querySelectorAll('sanctuary-timeline, sanctuary-safe-surgery-map, sanctuary-rights-checker, sanctuary-charging-guidance')];
    return widgets.length > 0 && widgets.every((el) => el.shadowRoot?.querySelector('[part="list"], [role="alert"], [part="question"], [part="care"]'));
  });
  return { page, seen };
}

/** axe on the whole page, or (`widgetOnly`) on the widgets alone: a bare page has no <h1> or <main> by design. */
async function axeViolations(page, { widgetOnly = false } = {}) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate((widgetOnly) => window.axe.run(widgetOnly ? { include: [['sanctuary-timeline']] } : document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }), widgetOnly);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('CDN bundle alone on a bare page', () => {
  for (const lang of shippedLocales) {
    it(`renders in ${lang} with no console error and no axe violation`, async () => {
      const { page, seen } = await open(`/demo/bare.html?lang=${lang}`);
      const state = await page.evaluate(() => {
        const base = document.querySelector('sanctuary-timeline').shadowRoot.querySelector('[part="base"]');
        return { lang: base.getAttribute('lang'), dir: base.getAttribute('dir'), years: base.querySelectorAll('.year').length, label: base.querySelector('label')?.textContent };
      });
      assert.equal(state.lang, lang);
      assert.equal(state.dir, rtlLocales.includes(lang) ? 'rtl' : 'ltr');
      assert.equal(state.years, 6);
      if (lang !== 'en') assert.notEqual(state.label, 'Category', 'the UI is translated');
      assert.deepEqual(await axeViolations(page, { widgetOnly: true }), []);
      assert.deepEqual(seen.errors, []);
      await page.close();
    });
  }
});

/** Every widget on one page (the strict-CSP page), with the checker at its result, the guidance opened and the pledge form showing its errors. */
async function everyWidget(lang, viewport) {
  // The CSP page holds every widget; its policy is bypassed here so that axe can be injected.
  const { page, seen } = await open(`/demo/csp.html?lang=${lang}`, viewport, { bypassCSP: true });
  await page.waitForFunction(() => document.querySelector('sanctuary-pledge-form')?.shadowRoot?.querySelector('form'));
  await page.evaluate(() => {
    const checker = document.querySelector('sanctuary-rights-checker').shadowRoot;
    checker.querySelector('input[value="hospital"]').click();
    checker.querySelector('form').requestSubmit();
    document.querySelector('sanctuary-charging-guidance').shadowRoot.querySelector('.link-button').click();
    document.querySelector('sanctuary-pledge-form').shadowRoot.querySelector('form').requestSubmit();
    document.querySelector('sanctuary-safe-surgery-map').shadowRoot.querySelector('.practice-toggle').click();
  });
  await page.waitForFunction(() => document.querySelector('sanctuary-pledge-form').shadowRoot.querySelector('.error-summary'));
  return { page, seen };
}

describe('bundled content in every shipped language', () => {
  /** The content (not the interface) each widget shows: data and ruleset texts. */
  const contentOf = (page) =>
    page.evaluate(() => {
      const root = (tag) => document.querySelector(tag).shadowRoot;
      return {
        timeline: root('sanctuary-timeline').querySelector('[part="event-title"]')?.textContent.trim(),
        question: root('sanctuary-rights-checker').querySelector('[data-step-heading]')?.textContent.trim(),
        answer: root('sanctuary-rights-checker').querySelector('input[type="radio"] + label, label:has(input[type="radio"])')?.textContent.trim(),
        guidance: root('sanctuary-charging-guidance').querySelector('li')?.textContent.trim(),
      };
    });
  let english;
  before(async () => {
    const { page } = await everyWidget('en');
    english = await contentOf(page);
    await page.close();
  });
  for (const lang of shippedLocales.filter((l) => l !== 'en')) {
    it(`${lang}: the timeline data and the rulesets are in ${lang}, not English`, async () => {
      const { page } = await everyWidget(lang);
      const content = await contentOf(page);
      for (const [what, text] of Object.entries(content)) {
        assert.ok(english[what] && text, `${what} is shown`);
        assert.notEqual(text, english[what], `${what} is translated`);
      }
      await page.close();
    });
  }
});

describe('every widget in every right-to-left language, and long words at 320 px', () => {
  for (const lang of rtlLocales) {
    it(`${lang}: mirrored, translated, no axe violation`, async () => {
      const { page, seen } = await everyWidget(lang);
      const dirs = await page.evaluate(() =>
        ['sanctuary-timeline', 'sanctuary-safe-surgery-map', 'sanctuary-rights-checker', 'sanctuary-charging-guidance', 'sanctuary-pledge-form'].map((tag) => document.querySelector(tag).shadowRoot.querySelector('[part="base"]').getAttribute('dir')),
      );
      assert.deepEqual(dirs, ['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
      const submit = await page.evaluate(() => document.querySelector('sanctuary-pledge-form').shadowRoot.querySelector('button[type="submit"]').textContent.trim());
      assert.notEqual(submit, 'Sign the pledge', 'the UI is translated');
      assert.deepEqual(await axeViolations(page), [], lang);
      assert.deepEqual(seen.errors, []);
      await page.close();
    });
  }
  for (const lang of ['ru', 'uk', 'pl', 'cy', 'so', 'be', 'am']) {
    it(`${lang}: no widget is wider than a 320 px screen`, async () => {
      const { page } = await everyWidget(lang, { width: 320, height: 640 });
      const overflowing = await page.evaluate(() =>
        ['sanctuary-timeline', 'sanctuary-safe-surgery-map', 'sanctuary-rights-checker', 'sanctuary-charging-guidance', 'sanctuary-pledge-form']
          .map((tag) => {
            const el = document.querySelector(tag);
            const wide = [...el.shadowRoot.querySelectorAll('*')].filter((node) => node.getBoundingClientRect().right > 321 || node.getBoundingClientRect().left < -1);
            return wide.length ? `${tag}: ${wide.slice(0, 3).map((n) => `${n.localName}.${n.className}`).join(', ')}` : '';
          })
          .filter(Boolean),
      );
      assert.deepEqual(overflowing, []);
      await page.close();
    });
  }
});

describe('strict Content-Security-Policy with Trusted Types', () => {
  for (const lang of ['en', 'ar']) {
    it(`works in ${lang} with zero violations`, async () => {
      const { page, seen } = await open(`/demo/csp.html?lang=${lang}`);
      const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
      assert.match(csp, /require-trusted-types-for 'script'/);
      const count = await page.evaluate(() => document.querySelector('sanctuary-timeline').shadowRoot.querySelectorAll('.event').length);
      assert.equal(count, 26);
      // The map too: its list, then Leaflet's markers once it is scrolled into view, and a card.
      await page.evaluate(() => document.querySelector('sanctuary-safe-surgery-map').shadowRoot.querySelector('.map').scrollIntoView());
      await page.waitForFunction(() => document.querySelector('sanctuary-safe-surgery-map').shadowRoot.querySelectorAll('.leaflet-marker-icon').length > 0);
      await page.evaluate(() => document.querySelector('sanctuary-safe-surgery-map').shadowRoot.querySelector('.practice-toggle').click());
      await page.waitForFunction(() => document.querySelector('sanctuary-safe-surgery-map').shadowRoot.querySelector('.rights'));
      // And the rights checker, from the first question to the result.
      await page.evaluate(() => {
        const root = document.querySelector('sanctuary-rights-checker').shadowRoot;
        root.querySelector('input[value="gp"]').click();
        root.querySelector('form').requestSubmit();
      });
      await page.waitForFunction(() => document.querySelector('sanctuary-rights-checker').shadowRoot.querySelector('.summary-list'));
      await page.evaluate(() => [...document.querySelector('sanctuary-rights-checker').shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'See what applies to you' || b.closest('.actions'))?.click());
      await page.waitForFunction(() => document.querySelector('sanctuary-rights-checker').shadowRoot.querySelector('.outcome'));
      // And the guidance, every kind of care opened.
      await page.evaluate(() => document.querySelector('sanctuary-charging-guidance').shadowRoot.querySelector('.link-button').click());
      await page.waitForFunction(() => [...document.querySelector('sanctuary-charging-guidance').shadowRoot.querySelectorAll('details.care-rules')].every((d) => d.open));
      // And the pledge form: an error summary, then a pledge sent to the receiver and the counter.
      await page.evaluate(() => document.querySelector('sanctuary-pledge-form').shadowRoot.querySelector('form').requestSubmit());
      await page.waitForFunction(() => document.querySelector('sanctuary-pledge-form').shadowRoot.querySelector('.error-summary'));
      await page.evaluate(() => {
        const root = document.querySelector('sanctuary-pledge-form').shadowRoot;
        const name = root.querySelector('#name');
        name.value = 'CSP test';
        name.dispatchEvent(new Event('input', { bubbles: true }));
        root.querySelector('#consent').click();
        root.querySelector('form').requestSubmit();
      });
      await page.waitForFunction(() => document.querySelector('sanctuary-pledge-form').shadowRoot.querySelector('.share'), null, { timeout: 10_000 });
      await page.waitForFunction(() => document.querySelector('sanctuary-pledge-form').shadowRoot.querySelector('progress')?.value > 0);
      // Use it: filter, which re-renders through Lit's trusted-types policy.
      await page.evaluate(() => {
        const select = document.querySelector('sanctuary-timeline').shadowRoot.querySelector('#category');
        select.value = 'health';
        select.dispatchEvent(new Event('change'));
      });
      await page.waitForFunction(() => document.querySelector('sanctuary-timeline').shadowRoot.querySelectorAll('.event').length === 3);
      assert.deepEqual(seen.violations, []);
      assert.deepEqual(seen.errors, []);
      // The check itself can fail: a string assigned as HTML on this page is a violation.
      await page.evaluate(() => {
        try {
          document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
        } catch {
          // Trusted Types throws; the violation event is what we count.
        }
      });
      await page.waitForFunction(() => true);
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(seen.violations.length, 1, 'a deliberate violation is seen');
      await page.close();
    });
  }
});

describe('small screens, zoom and forced colours', () => {
  for (const lang of ['ru', 'uk', 'ar']) {
    it(`fits a 320 px screen (400 % zoom of 1280 px) in ${lang} with no sideways scrolling`, async () => {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(`${origin}/demo/bare.html?lang=${lang}`);
      await page.waitForFunction(() => document.querySelector('sanctuary-timeline').shadowRoot?.querySelector('[part="list"]'));
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, widget: document.querySelector('sanctuary-timeline').scrollWidth }));
      assert.ok(widths.page <= 320, `page is ${widths.page} px wide`);
      assert.ok(widths.widget <= 320, `widget is ${widths.widget} px wide`);
      await page.close();
    });
  }

  it('keeps the timeline dots visible in forced-colours mode', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${origin}/demo/bare.html`);
    await page.waitForFunction(() => document.querySelector('sanctuary-timeline').shadowRoot?.querySelector('[part="list"]'));
    const dot = await page.evaluate(() => {
      const event = document.querySelector('sanctuary-timeline').shadowRoot.querySelector('.event');
      return { dot: getComputedStyle(event, '::before').backgroundColor, canvas: getComputedStyle(document.body).backgroundColor };
    });
    assert.notEqual(dot.dot, dot.canvas, JSON.stringify(dot));
    await page.close();
  });
});

describe('the Safe Surgery map demo', () => {
  it('makes no request outside its own server until the map is scrolled into view; then only tiles', async () => {
    const { page, seen } = await open('/demo/map.html', { width: 800, height: 360 });
    const foreign = () => seen.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
    // Search, filter and open a card: all on the device.
    await page.evaluate(() => {
      const root = document.querySelector('sanctuary-safe-surgery-map').shadowRoot;
      root.querySelector('#query').value = 'SE6 4AB';
      root.querySelector('form').requestSubmit();
    });
    await page.waitForFunction(() => document.querySelector('sanctuary-safe-surgery-map').shadowRoot.querySelector('.search-status').textContent.includes('nearest'));
    await page.evaluate(() => document.querySelector('sanctuary-safe-surgery-map').shadowRoot.querySelector('.practice-toggle').click());
    await page.waitForTimeout(500);
    assert.deepEqual(foreign(), []);
    assert.ok(!seen.requests.some((url) => url.includes('practice-map')), 'Leaflet is not even downloaded before the map is in view');
    await page.evaluate(() => document.querySelector('sanctuary-safe-surgery-map').shadowRoot.querySelector('.map').scrollIntoView());
    await page.waitForFunction(() => document.querySelector('sanctuary-safe-surgery-map').shadowRoot.querySelectorAll('.leaflet-marker-icon').length > 0);
    await page.waitForTimeout(300);
    const hosts = [...new Set(foreign().map((url) => new URL(url).host))];
    assert.deepEqual(hosts, ['tile.openstreetmap.org']);
    await page.close();
  });

  it('has no axe violations in English and Arabic, with a card open and the map shown', async () => {
    for (const lang of ['en', 'ar']) {
      const { page } = await open(`/demo/map.html?lang=${lang}`);
      await page.evaluate(() => document.querySelector('sanctuary-safe-surgery-map').shadowRoot.querySelector('.practice-toggle').click());
      await page.evaluate(() => document.querySelector('sanctuary-safe-surgery-map').shadowRoot.querySelector('.map').scrollIntoView());
      await page.waitForFunction(() => document.querySelector('sanctuary-safe-surgery-map').shadowRoot.querySelectorAll('.leaflet-marker-icon').length > 0);
      assert.deepEqual(await axeViolations(page), [], lang);
      await page.close();
    }
  });
});

describe('library loaded twice', () => {
  it('warns once and keeps working', async () => {
    const { page, seen } = await open('/demo/twice.html');
    assert.equal(seen.warnings.filter((w) => w.includes('second copy')).length, 1);
    const count = await page.evaluate(() => document.querySelector('sanctuary-timeline').shadowRoot.querySelectorAll('.event').length);
    assert.equal(count, 26);
    assert.deepEqual(seen.errors, []);
    await page.close();
  });
});

describe('demo pages', () => {
  it('the partner page follows its own language switcher, with only same-origin requests', async () => {
    const { page, seen } = await open('/demo/index.html');
    await page.selectOption('#site-language', 'vi');
    await page.waitForFunction(() => document.querySelector('sanctuary-timeline').shadowRoot.querySelector('[part="base"]').getAttribute('lang') === 'vi');
    await page.selectOption('#site-language', 'ar');
    await page.waitForFunction(() => document.querySelector('sanctuary-timeline').shadowRoot.querySelector('[part="base"]').getAttribute('dir') === 'rtl');
    assert.deepEqual(seen.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:')), []);
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });

  it('the error-states page shows a message for each problem and never runs data as code', async () => {
    const { page, seen } = await open('/demo/states.html');
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const alerts = await page.evaluate(() => [...document.querySelectorAll('sanctuary-timeline')].map((el) => el.shadowRoot.querySelector('[role="alert"]')?.textContent.trim() ?? null));
    assert.equal(alerts.filter(Boolean).length, 3, alerts.join(' | '));
    assert.equal(dialogs, 0);
    assert.ok(seen.warnings.some((w) => w.includes('Event 2')), 'the editor is told which event is wrong');
    await page.close();
  });

  it('the spreadsheet page reads CSV and starts filtered by category', async () => {
    const { page } = await open('/demo/csv.html?lang=vi');
    const titles = await page.evaluate(() => [...document.querySelector('sanctuary-timeline').shadowRoot.querySelectorAll('.event-title')].map((h) => h.textContent.trim()));
    assert.equal(titles.length, 3);
    assert.ok(titles.every((t) => /[ạảãáàâăêôơư]/i.test(t)), titles.join(' | '));
    await page.close();
  });
});
