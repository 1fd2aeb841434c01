import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/charging-guidance.js';
import type { SanctuaryChargingGuidance } from '../../src/rights/sanctuary-charging-guidance.js';
import { shadow, textOf } from '../helpers.js';

async function guidance(template: ReturnType<typeof html>): Promise<SanctuaryChargingGuidance> {
  const el = await fixture<SanctuaryChargingGuidance>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('.care-rules, select, [role="alert"]'), 'ready', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

describe('<sanctuary-charging-guidance>', () => {
  it('shows what is free for everyone, then every case for every kind of care, in words, with sources', async () => {
    const el = await guidance(html`<sanctuary-charging-guidance lang="en" jurisdiction="gb-eng"></sanctuary-charging-guidance>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('h2')!)).to.equal('What is free and what may be charged: England');
    const cares = Array.from(root.querySelectorAll('.care-rules > summary')).map((s) => textOf(s));
    expect(cares).to.have.length(8);
    const hospital = Array.from(root.querySelectorAll<HTMLDetailsElement>('.care-rules')).find((d) => textOf(d.querySelector('summary')!).startsWith('Hospital'))!;
    const text = textOf(hospital);
    expect(text).to.contain('When: Have you claimed asylum (or humanitarian or temporary protection) in the UK? — Yes, and I am waiting for a decision or an appeal');
    expect(text).to.contain('Otherwise:');
    expect(text).to.contain('Not certain:');
    for (const outcome of Array.from(hospital.querySelectorAll('.outcome'))) expect(outcome.querySelectorAll('.sources li').length, textOf(outcome)).to.be.greaterThan(0);
    expect(root.querySelectorAll('.outcome[role="status"]').length).to.equal(0);
  });

  it('opens every kind of care at once', async () => {
    const el = await guidance(html`<sanctuary-charging-guidance lang="en" jurisdiction="gb-eng"></sanctuary-charging-guidance>`);
    shadow(el).querySelector<HTMLButtonElement>('.link-button')!.click();
    await el.updateComplete;
    expect(Array.from(shadow(el).querySelectorAll<HTMLDetailsElement>('.care-rules')).every((d) => d.open)).to.equal(true);
  });

  it('searches every statement and case, opening the kinds of care that match', async () => {
    const el = await guidance(html`<sanctuary-charging-guidance lang="en" jurisdiction="gb-eng"></sanctuary-charging-guidance>`);
    const input = shadow(el).querySelector<HTMLInputElement>('#search')!;
    input.value = 'Ukraine';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const visible = Array.from(shadow(el).querySelectorAll<HTMLDetailsElement>('.care-rules'));
    expect(visible.length).to.be.greaterThan(0);
    expect(visible.every((d) => d.open)).to.equal(true);
    for (const item of Array.from(shadow(el).querySelectorAll('.cases > li'))) expect(textOf(item)).to.contain('Ukraine');
    expect(textOf(shadow(el).querySelector('.count')!)).to.match(/^\d+ matching statements$/);
    input.value = 'zzzz nothing';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.care-rules, .statements li').length).to.equal(0);
  });

  it('lists each exempt group once, and what a hospital may ask to see', async () => {
    const el = await guidance(html`<sanctuary-charging-guidance lang="en" jurisdiction="gb-eng"></sanctuary-charging-guidance>`);
    const root = shadow(el);
    const exempt = root.querySelector('#sanctuary-guidance-exempt')!;
    expect(textOf(exempt)).to.match(/^People who are not charged/);
    const groups = Array.from(exempt.nextElementSibling!.children).map((li) => textOf(li));
    expect(groups.length).to.be.greaterThan(6);
    expect(groups.filter((g) => g.includes('Ukraine')).length).to.equal(1);
    expect(new Set(groups).size).to.equal(groups.length);
    expect(textOf(root.querySelector('#sanctuary-guidance-evidence')!)).to.contain('What you may be asked to show');
    expect(textOf(root)).to.contain('two documents');
  });

  it('gives every section a link; following it, or arriving with it in the address, shows and focuses that section', async () => {
    const original = location.href;
    try {
      const el = await guidance(html`<sanctuary-charging-guidance id="charges" lang="en" jurisdiction="gb-eng"></sanctuary-charging-guidance>`);
      const links = Array.from(shadow(el).querySelectorAll<HTMLAnchorElement>('.section-link'));
      expect(links.map((a) => a.getAttribute('href'))).to.include.members(['#charges-free', '#charges-exempt', '#charges-care', '#charges-ifRefused', '#charges-help']);
      expect(links[0].getAttribute('aria-label')).to.equal('Link to this section: Free for everyone, whoever you are');
      links.find((a) => a.getAttribute('href') === '#charges-help')!.click();
      await waitUntil(() => shadow(el).activeElement?.id === 'charges-help', 'the help section is focused');
      expect(location.hash).to.equal('#charges-help');

      history.replaceState(null, '', '#other-dataSharing');
      const second = await guidance(html`<sanctuary-charging-guidance id="other" lang="en" jurisdiction="gb-eng"></sanctuary-charging-guidance>`);
      await waitUntil(() => shadow(second).activeElement?.id === 'other-dataSharing', 'arriving with the address focuses the section');
      expect(shadow(el).activeElement?.id, 'the other guidance on the page is left alone').to.not.equal('charges-dataSharing');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('speaks the page language in its own controls too (its message group is loaded, not only the checker\'s)', async () => {
    const el = await guidance(html`<sanctuary-charging-guidance lang="vi" jurisdiction="gb-eng"></sanctuary-charging-guidance>`);
    const label = textOf(shadow(el).querySelector('label[for="search"]')!);
    expect(label).to.not.equal('Search the guidance');
    expect(label.length).to.be.greaterThan(3);
    expect(textOf(shadow(el).querySelector('.link-button')!)).to.not.equal('Open all');
  });

  it('lets the reader choose the jurisdiction when none is set', async () => {
    const el = await guidance(html`<sanctuary-charging-guidance lang="en"></sanctuary-charging-guidance>`);
    const select = shadow(el).querySelector<HTMLSelectElement>('#jurisdiction')!;
    select.value = 'gb-eng';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => shadow(el).querySelector('.care-rules'), 'the rules appear', { timeout: 8000 });
  });

  it('has no axe violations in English and Arabic, all open', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await guidance(html`<sanctuary-charging-guidance lang=${lang} jurisdiction="gb-eng"></sanctuary-charging-guidance>`);
      shadow(el).querySelector<HTMLButtonElement>('.link-button')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });
});
