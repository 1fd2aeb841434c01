/**
 * A host page's aggressive CSS must not break a widget: resets on `*`, `!important` on the elements
 * widgets use, an odd root font size. Every widget on one page, as a partner would put them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import { shadow } from '../helpers.js';

const HOSTILE_CSS = {
  'reset on *': '* { margin: 0 !important; padding: 0 !important; border: 0 !important; font: inherit !important; box-sizing: content-box !important; }',
  'all: unset on everything': '* { all: unset !important; } html, body { display: block !important; }',
  '!important on div, button, img': 'div { display: inline !important; float: left !important; width: 37px !important; } button { display: none !important; } img { width: 3000px !important; height: 3000px !important; }',
  'odd root font size': 'html { font-size: 62.5% !important; } body { font-size: 37px !important; line-height: 0.5 !important; letter-spacing: 0.5em !important; text-transform: uppercase !important; }',
  'everything hidden and mirrored': 'section, [hidden], p, label { display: none !important; } * { direction: rtl !important; transform: scaleX(-1) !important; }',
};

const WIDGETS = ['sanctuary-timeline', 'sanctuary-safe-surgery-map', 'sanctuary-rights-checker', 'sanctuary-charging-guidance', 'sanctuary-pledge-form'];

describe('isolation from the host page\'s CSS', () => {
  for (const [name, css] of Object.entries(HOSTILE_CSS)) {
    it(`${name}: every widget still shows its content and controls, at a usable size, within its box`, async () => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      try {
        // The host's own wrapper is not a <div>: the hostile rules are about the widgets, not about
        // the partner squeezing its own container.
        const page = await fixture<HTMLElement>(html`<partner-page style="display: block; width: 360px">
          <sanctuary-timeline lang="en" src="/test/fixtures/timeline/events.json"></sanctuary-timeline>
          <sanctuary-safe-surgery-map lang="en" no-tiles src="/test/fixtures/map/small.geojson"></sanctuary-safe-surgery-map>
          <sanctuary-rights-checker lang="en" jurisdiction="gb-eng"></sanctuary-rights-checker>
          <sanctuary-charging-guidance lang="en" jurisdiction="gb-sct"></sanctuary-charging-guidance>
          <sanctuary-pledge-form lang="en" endpoint="/receiver/pledges"><p lang="en">I pledge.</p></sanctuary-pledge-form>
        </partner-page>`);
        const widgets = WIDGETS.map((tag) => page.querySelector(tag)!);
        await waitUntil(() => widgets.every((w) => w.shadowRoot?.querySelector('[part="list"], form, [part="care"], section section, .results, ol, ul')), 'every widget rendered', { timeout: 10_000 });
        for (const widget of widgets) {
          const root = shadow(widget);
          // Its own controls are there, visible and big enough to press (WCAG 2.5.8: 24 × 24 px).
          const controls = [...root.querySelectorAll<HTMLElement>('button, input:not([type="hidden"]):not([tabindex="-1"]), select, textarea')].filter((c) => !c.closest('[hidden], .visually-hidden, .honeypot, .leaflet-pane'));
          expect(controls.length, `${widget.localName} has controls`).to.be.greaterThan(0);
          for (const control of controls) {
            const box = control.getBoundingClientRect();
            const target = control.closest('label') ?? control;
            const targetBox = target.getBoundingClientRect();
            expect(Math.max(box.width, targetBox.width) >= 24 && Math.max(box.height, targetBox.height) >= 24, `${widget.localName} ${control.localName}.${control.className} is ${Math.round(box.width)}×${Math.round(box.height)}`).to.equal(true);
          }
          // Its text is readable: no font smaller than 12 px, no upper-casing or letter-spacing from the host.
          const texts = [...root.querySelectorAll<HTMLElement>('h2, h3, p, label, button, li')].filter((t) => t.textContent!.trim() && t.getBoundingClientRect().width > 0);
          for (const text of texts.slice(0, 20)) {
            const style = getComputedStyle(text);
            expect(parseFloat(style.fontSize), `${widget.localName} ${text.localName} font size`).to.be.at.least(12);
            expect(style.textTransform, `${widget.localName} ${text.localName}`).to.equal('none');
          }
          // Nothing inside sticks out of the widget.
          const host = widget.getBoundingClientRect();
          const outside = [...root.querySelectorAll('*')].filter((node) => {
            const r = node.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && (r.right > host.right + 1 || r.left < host.left - 1) && !node.closest('.leaflet-pane, .visually-hidden');
          });
          expect(outside.map((n) => `${n.localName}.${n.className}`).slice(0, 4), `${widget.localName}: nothing outside its box`).to.deep.equal([]);
        }
      } finally {
        style.remove();
      }
    });
  }
});
