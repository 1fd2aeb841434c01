import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '../core/localize.js';
import { sharedStyles } from '../core/styles.js';
import { rulesFor } from './engine.js';
import type { Condition, Outcome, SectionId, Statement } from './ruleset.js';
import { RightsElement } from './rights-element.js';
import { checkerStyles, guidanceStyles } from './sanctuary-rights-checker.styles.js';

/**
 * The same rules as the rights checker, as browsable guidance for NHS trusts' staff and for
 * patients: what is free for everyone, then for each kind of care every case with its outcome,
 * reason and sources, then what to do if refused and what may be shared.
 *
 * @summary Charging rules as browsable, cited guidance.
 * @tagname sanctuary-charging-guidance
 *
 * @event sanctuary-error - The ruleset could not be loaded or is invalid.
 *
 * @csspart base - The outer wrapper (carries `lang` and `dir`).
 * @csspart care - One kind of care (a disclosure).
 * @csspart error - The message shown when the rules cannot be loaded.
 */
export class SanctuaryChargingGuidance extends RightsElement {
  static override styles = [sharedStyles, checkerStyles, guidanceStyles];

  @state() private openAll = false;
  @state() private query = '';

  /** Whether any of these texts contains the search words (all of them, any case). */
  private matchesSearch(...texts: Array<string | undefined>): boolean {
    const words = this.query.toLocaleLowerCase(this.locale).split(/\s+/).filter(Boolean);
    if (!words.length) return true;
    const haystack = texts.filter(Boolean).join(' ').toLocaleLowerCase(this.locale);
    return words.every((word) => haystack.includes(word));
  }

  private statementMatches(statement: Statement): boolean {
    return this.matchesSearch(this.t(statement.text), statement.uncertain ? this.t(statement.uncertain) : undefined);
  }

  private describe(condition: Condition): string {
    const questions = this.ruleset!.questions;
    if ('answer' in condition) {
      const question = questions.find((q) => q.id === condition.answer);
      const wanted = 'is' in condition ? [condition.is] : condition.in;
      const labels = wanted.map((id) => this.t(question?.options.find((o) => o.id === id)?.label)).join(msg(' or ', { id: 'guidance.or', desc: 'Between two answers: "Yes or I don\'t know". Keep the spaces.' }));
      return `${this.t(question?.text)} — ${labels}`;
    }
    if ('all' in condition) return condition.all.map((c) => this.describe(c)).join(msg('; and ', { id: 'guidance.and', desc: 'Between two conditions. Keep the spaces.' }));
    if ('any' in condition) return condition.any.map((c) => this.describe(c)).join(msg('; or ', { id: 'guidance.anyOr', desc: 'Between two conditions. Keep the spaces.' }));
    return msg(str`Not: ${this.describe(condition.not)}`, { id: 'guidance.not' });
  }

  protected override render(): TemplateResult {
    const label = msg('Charging guidance', { id: 'guidance.label' });
    return html`<section part="base" lang=${this.locale} dir=${this.direction} aria-label=${label}>${this.renderBody()}</section>`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    if (this.error) return this.renderError();
    if (!this.localeReady || this.loading) return html`<p class="loading" role="status">${this.localeReady ? msg('Loading…', { id: 'rights.loading' }) : ''}</p>`;
    const { top, sub } = this.levels;
    const ruleset = this.ruleset;
    const chooser = this.jurisdiction || this.src ? nothing : this.renderChooser();
    if (!ruleset) return html`${chooser}`;
    const careQuestion = ruleset.questions.find((q) => q.id === ruleset.careQuestion)!;
    const outcomeText = (o: Outcome) => [o.reason, o.dependsOn, o.decidedBy, o.uncertain].map((t) => (t === undefined ? '' : this.t(t))).join(' ');
    const free = ruleset.freeForEveryone.filter((s) => this.statementMatches(s));
    const cares = careQuestion.options
      .map((option) => ({
        option,
        cases: (rulesFor(ruleset, option.id) ?? []).filter((rule) =>
          this.matchesSearch(this.t(option.label), rule.if ? this.describe(rule.if) : '', outcomeText(rule.outcome)),
        ),
      }))
      .filter((care) => care.cases.length > 0);
    const sections = (['ifRefused', 'dataSharing', 'confidentiality', 'help'] as SectionId[])
      .map((id) => ({ id, statements: (ruleset.sections[id] ?? []).filter((st) => this.statementMatches(st)) }))
      .filter((section) => section.statements.length > 0);
    const found = free.length + cares.reduce((n, c) => n + c.cases.length, 0) + sections.reduce((n, x) => n + x.statements.length, 0);
    const searching = this.query.trim() !== '';
    return html`${chooser}
      ${staticHtml`<${top} class="question-heading">${msg(str`What is free and what may be charged: ${this.t(ruleset.name)}`, { id: 'guidance.title' })}</${top}>`}
      <p class="reviewed">${msg(str`These rules were last checked on ${this.formatDate(ruleset.lastReviewed)}. Each statement links to its law or guidance. This is information, not legal advice.`, { id: 'guidance.reviewed' })}</p>
      <div class="field chooser no-print" role="search">
        <label for="search">${msg('Search the guidance', { id: 'guidance.search' })}</label>
        <input id="search" type="search" .value=${this.query} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
      </div>
      <p class="count" role="status">${searching ? msg(str`${this.formatNumber(found)} matching statements`, { id: 'guidance.found' }) : ''}</p>
      ${free.length
        ? html`${staticHtml`<${sub}>${msg('Free for everyone, whoever you are', { id: 'rights.freeForEveryone' })}</${sub}>`} ${this.renderStatements(free)}`
        : nothing}
      ${cares.length
        ? html`${staticHtml`<${sub}>${msg('By kind of care', { id: 'guidance.byCare' })}</${sub}>`}
            <p class="no-print">
              <button class="link-button" type="button" @click=${() => (this.openAll = !this.openAll)}>
                ${this.openAll ? msg('Close all', { id: 'guidance.closeAll' }) : msg('Open all', { id: 'guidance.openAll' })}
              </button>
            </p>
            ${cares.map(
              ({ option, cases }) => html`<details part="care" class="care-rules" ?open=${this.openAll || searching}>
                <summary>${this.t(option.label)}</summary>
                <ol class="cases">
                  ${cases.map(
                    (rule) => html`<li>
                      <p class="case-when">
                        <strong>${rule.if ? msg('When:', { id: 'guidance.when' }) : msg('Otherwise:', { id: 'guidance.otherwise' })}</strong>
                        ${rule.if ? this.describe(rule.if) : nothing}
                      </p>
                      ${this.renderOutcome(undefined, rule.outcome, sub)}
                    </li>`,
                  )}
                </ol>
              </details>`,
            )}`
        : nothing}
      ${sections.map(({ id, statements }) => html`${staticHtml`<${sub}>${this.sectionTitle(id)}</${sub}>`} ${this.renderStatements(statements)}`)}`;
  }

  private renderChooser(): TemplateResult {
    return html`<div class="field chooser">
      <label for="jurisdiction">${msg('Rules for', { id: 'guidance.rulesFor' })}</label>
      <select id="jurisdiction" @change=${(e: Event) => {
        this.chosenJurisdiction = (e.target as HTMLSelectElement).value || undefined;
        void this.loadRuleset();
      }}>
        <option value="" ?selected=${!this.chosenJurisdiction}>${msg('Choose where', { id: 'guidance.choose' })}</option>
        ${this.offered.map((id) => html`<option value=${id} ?selected=${id === this.chosenJurisdiction}>${this.placeName(id)}</option>`)}
      </select>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sanctuary-charging-guidance': SanctuaryChargingGuidance;
  }
}
