import { expect, fixture, html } from '@open-wc/testing';
import { directionOf, languageOf, matchLocale } from '../../src/core/language.js';
import { withPageLanguage } from '../helpers.js';

describe('matchLocale', () => {
  it('matches exact, regional and case-variant tags to a shipped locale', () => {
    expect(matchLocale('vi')).to.equal('vi');
    expect(matchLocale('vi-VN')).to.equal('vi');
    expect(matchLocale('SV_se')).to.equal('sv');
    expect(matchLocale('ar-EG')).to.equal('ar');
    expect(matchLocale('uk')).to.equal('uk');
    expect(matchLocale('en-GB')).to.equal('en');
  });

  it('falls back to English for unknown, empty or malformed tags', () => {
    expect(matchLocale('xx')).to.equal('en');
    expect(matchLocale('')).to.equal('en');
    expect(matchLocale(null)).to.equal('en');
    expect(matchLocale('<script>')).to.equal('en');
  });
});

describe('directionOf', () => {
  it('is rtl for Arabic, Farsi, Dari, Pashto, Urdu and Sorani, ltr otherwise', () => {
    for (const tag of ['ar', 'fa', 'fa-AF', 'prs', 'ps', 'ur', 'ckb', 'ar-SA']) expect(directionOf(tag), tag).to.equal('rtl');
    for (const tag of ['en', 'vi', 'sv', 'ru', 'uk', 'so', 'ti', 'zh-Hans']) expect(directionOf(tag), tag).to.equal('ltr');
  });
});

describe('languageOf', () => {
  it("uses the element's lang, then the nearest ancestor's, then <html lang>, then en", async () => {
    const restore = withPageLanguage('sv');
    try {
      const tree = await fixture<HTMLElement>(html`<div lang="ru"><section><span id="inner"></span><span id="own" lang="vi"></span></section></div>`);
      expect(languageOf(tree.querySelector('#own')!)).to.equal('vi');
      expect(languageOf(tree.querySelector('#inner')!)).to.equal('ru');
      const outside = await fixture<HTMLElement>(html`<p></p>`);
      expect(languageOf(outside)).to.equal('sv');
      document.documentElement.removeAttribute('lang');
      expect(languageOf(outside)).to.equal('en');
    } finally {
      restore();
    }
  });

  it('crosses shadow roots to find the host page language', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="uk"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(languageOf(inner)).to.equal('uk');
  });
});
