import { locales as rightsLocales } from '../generated/locales/rights/index.js';
import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { SanctuaryElement } from '../core/base-element.js';
import { languageOf, matchLocale, type LocaleCode } from '../core/language.js';
import { loadData } from '../core/data.js';
import { SanctuaryDataError, toErrorDetail } from '../core/errors.js';
import { intl, msg } from '../core/localize.js';
import { resolveText, type Translatable } from '../core/translatable.js';
import { addRulesetLanguage, loadShippedRuleset, shippedJurisdictions } from './shipped-rulesets.js';
import type { Outcome, OutcomeKind, Ruleset, SectionId, Statement } from './ruleset.js';

/**
 * What the rights checker and the charging guidance share: loading and checking a ruleset, and
 * showing its statements, outcomes and sources the same way.
 */
export abstract class RightsElement extends SanctuaryElement {
  protected static override localeMessages = rightsLocales;

  static override properties: PropertyDeclarations = {
    jurisdiction: {},
    jurisdictions: {},
    src: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    ruleset: { state: true },
    chosenJurisdiction: { state: true },
    loading: { state: true },
  };

  /** The rules to use: `gb-eng`, `gb-sct`, `gb-wls`, `se-vgr`. Without it, the first question is where the person is. */
  jurisdiction?: string;

  /** Jurisdictions offered by the first question (space-separated; default: every shipped ruleset). */
  jurisdictions?: string;

  /** URL of a partner's own ruleset (checked before use), instead of a shipped one. */
  src?: string;

  /** Heading level of the widget's headings (2–5, default 2). */
  headingLevel = 2;

  protected ruleset?: Ruleset;
  protected chosenJurisdiction?: string;
  protected loading = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('jurisdiction') || changed.has('src')) {
      this.chosenJurisdiction = this.jurisdiction || undefined;
      void this.loadRuleset();
    }
  }

  /** A new language: its texts join the shipped ruleset before the widget switches to it. */
  protected override async prepareContent(requested: string, locale: LocaleCode): Promise<void> {
    if (this.ruleset && !this.src) await this.addVisitorLanguage(this.ruleset, [requested, locale]);
  }

  /**
   * Adds the first of `wanted` that the shipped ruleset has; true when texts were added. By default
   * the language the page asks for now (the element's own state may not have caught up yet).
   */
  private async addVisitorLanguage(ruleset: Ruleset, wanted = [languageOf(this), matchLocale(languageOf(this))]): Promise<boolean> {
    try {
      return await addRulesetLanguage(ruleset, wanted);
    } catch (error) {
      // The rules are still there in English: say so in the console, do not take them away.
      console.warn('[sanctuary-widgets]', error);
      return false;
    }
  }

  /** A new ruleset is in: widgets reset what depended on the old one. */
  protected rulesetLoaded(): void {}

  protected override retry(): void {
    void this.loadRuleset();
  }

  /** A shipped jurisdiction's name in the visitor's language. */
  protected placeName(id: string): string {
    switch (id) {
      case 'gb-eng':
        return msg('England', { id: 'rights.place.england' });
      case 'gb-sct':
        return msg('Scotland', { id: 'rights.place.scotland' });
      case 'gb-wls':
        return msg('Wales', { id: 'rights.place.wales' });
      case 'se-vgr':
        return msg('Sweden (Västra Götaland)', { id: 'rights.place.sweden' });
      default:
        return id;
    }
  }

  protected get offered(): string[] {
    const wanted = (this.jurisdictions ?? '').split(/\s+/).filter((id) => shippedJurisdictions.includes(id));
    return wanted.length ? wanted : [...shippedJurisdictions];
  }

  protected async loadRuleset(): Promise<void> {
    const signal = this.beginLoad();
    this.error = undefined;
    this.ruleset = undefined;
    const id = this.chosenJurisdiction;
    if (!this.src && !id) return;
    this.loading = true;
    try {
      let data: unknown;
      if (this.src) {
        data = (await loadData(this.src, { format: 'json', timeout: this.validTimeout, signal })).data;
      } else {
        data = await loadShippedRuleset(id!);
        if (!data) throw new SanctuaryDataError({ code: 'config', field: 'jurisdiction', source: id, message: `No ruleset "${id}": use one of ${shippedJurisdictions.join(', ')}.` });
        await this.addVisitorLanguage(data as Ruleset); // still "Loading…": no English flash
      }
      if (signal.aborted) return;
      if (this.src) {
        // A partner's ruleset: its shape, references and texts, not every path through the
        // questions (that walk froze a phone for seconds: England has 157,448 paths); partners
        // walk theirs with `npx sanctuary-widgets check-ruleset`. Shipped rulesets are checked,
        // every path and every language, by the tests, so the validator (~2 kB) is a chunk
        // that only pages with a partner ruleset download.
        const { validateRuleset } = await import('./validate.js');
        const report = validateRuleset(data, new Date(), { walkPaths: false });
        if (signal.aborted) return;
        if (report.errors.length) {
          this.reportError({ code: 'schema', source: this.src, message: `The ruleset has ${report.errors.length} error(s): ${report.errors.slice(0, 3).join(' ')}` });
          return;
        }
      }
      this.ruleset = data as Ruleset;
      this.rulesetLoaded();
      // The visitor may have changed language while the rules were loading.
      if (!this.src) void this.addVisitorLanguage(this.ruleset).then((added) => added && this.requestUpdate());
    } catch (error) {
      if (signal.aborted) return;
      this.reportError(toErrorDetail(error, { code: 'schema', source: this.src ?? id }));
    } finally {
      if (!signal.aborted) this.loading = false;
    }
  }


  protected t(value: Translatable | undefined): string {
    return resolveText(value, this.contentLanguage, this.contentFallbacks).text;
  }

  /** The heading of the ruleset's `freeForEveryone` list: it says "free" only when all of it is. */
  protected everyoneHeading(ruleset: Ruleset): string {
    return ruleset.freeForEveryoneHeading === 'offered'
      ? msg('Care everyone can get, whoever you are', { id: 'rights.offeredToEveryone' })
      : msg('Free for everyone, whoever you are', { id: 'rights.freeForEveryone' });
  }

  protected kindLabel(kind: OutcomeKind): string {
    switch (kind) {
      case 'free-for-everyone':
        return msg('Free for everyone', { id: 'rights.kind.freeForEveryone' });
      case 'free':
        return msg('Free for you', { id: 'rights.kind.free' });
      case 'charged-later':
        return msg('You may get a bill afterwards, but care will not be refused or delayed', { id: 'rights.kind.chargedLater' });
      case 'charged-in-advance':
        return msg('You may be asked to pay before treatment', { id: 'rights.kind.chargedInAdvance' });
      case 'fee':
        return msg('A small fixed fee', { id: 'rights.kind.fee' });
      default:
        return msg('It depends', { id: 'rights.kind.depends' });
    }
  }

  protected sectionTitle(id: SectionId): string {
    switch (id) {
      case 'ifRefused':
        return msg('If you are refused or treated unfairly', { id: 'rights.section.ifRefused' });
      case 'evidence':
        return msg('What you may be asked to show', { id: 'rights.section.evidence' });
      case 'dataSharing':
        return msg('What can be shared with the immigration authorities', { id: 'rights.section.dataSharing' });
      case 'confidentiality':
        return msg('Confidentiality', { id: 'rights.section.confidentiality' });
      default:
        return msg('Where to get help', { id: 'rights.section.help' });
    }
  }

  protected get levels() {
    const top = Number.isInteger(this.headingLevel) ? Math.min(5, Math.max(2, this.headingLevel)) : 2;
    return { top: unsafeStatic(`h${top}`), sub: unsafeStatic(`h${top + 1}`) };
  }

  /** One outcome; `announce` makes it a live region (the checker's result, not the guidance's many cases). */
  protected renderOutcome(careLabel: string | undefined, outcome: Outcome, sub: ReturnType<typeof unsafeStatic>, announce = false): TemplateResult {
    return html`<div class="outcome ${outcome.kind}" role=${announce ? 'status' : nothing}>
      ${careLabel ? staticHtml`<${sub} class="outcome-care">${careLabel}</${sub}>` : nothing}
      <p class="outcome-kind"><strong>${this.kindLabel(outcome.kind)}</strong></p>
      <p>${this.t(outcome.reason)}</p>
      ${outcome.fees?.length
        ? html`<ul class="fees">
            ${outcome.fees.map(
              (fee) => html`<li>${intl('NumberFormat', this.formatLocale, { style: 'currency', currency: fee.currency, maximumFractionDigits: 0 }).format(fee.amount)}: ${this.t(fee.for)}</li>`,
            )}
          </ul>`
        : nothing}
      ${outcome.dependsOn ? html`<p><strong>${msg('It depends on:', { id: 'rights.dependsOn' })}</strong> ${this.t(outcome.dependsOn)}</p>` : nothing}
      ${outcome.decidedBy ? html`<p><strong>${msg('Who decides:', { id: 'rights.decidedBy' })}</strong> ${this.t(outcome.decidedBy)}</p>` : nothing}
      ${this.renderUncertain(outcome.uncertain)} ${this.renderSources(outcome.sources)}
    </div>`;
  }

  protected renderUncertain(text: Translatable | undefined): TemplateResult | typeof nothing {
    if (text === undefined) return nothing;
    return html`<p class="uncertain"><strong>${msg('Not certain:', { id: 'rights.uncertain' })}</strong> ${this.t(text)}</p>`;
  }

  protected renderStatements(statements: Statement[]): TemplateResult {
    return html`<ul class="statements">
      ${statements.map(
        (s) => html`<li>
          <p>${this.t(s.text)}</p>
          ${s.phone ? html`<p><a href="tel:${s.phone.replace(/[^\d+]/g, '')}">${s.phone}</a></p>` : nothing}
          ${s.url ? html`<p><a href=${s.url} rel="noopener noreferrer">${s.url}</a></p>` : nothing} ${this.renderUncertain(s.uncertain)}
          ${this.renderSources(s.sources)}
        </li>`,
      )}
    </ul>`;
  }

  protected renderSources(ids: string[]): TemplateResult {
    const sources = this.ruleset!.sources;
    return html`<details class="sources">
      <summary>${msg('Sources', { id: 'rights.sources' })}</summary>
      <ul>
        ${ids.map((id) => {
          const source = sources[id];
          if (!source) return nothing;
          return html`<li>
            <a href=${source.url} rel="noopener noreferrer">${this.t(source.title)}</a>${source.section ? html`, ${source.section}` : nothing}
            ${source.date && !Number.isNaN(Date.parse(source.date)) ? html`(${this.formatDate(source.date)})` : nothing}
          </li>`;
        })}
      </ul>
    </details>`;
  }

  protected formatDate(iso: string): string {
    const [year, month = 1, day = 1] = iso.split('-').map(Number);
    return intl('DateTimeFormat', this.formatLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
  }
}
