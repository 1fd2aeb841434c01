import { locales as guidanceLocales } from '../generated/locales/guidance/index.js';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { html as staticHtml, type unsafeStatic } from 'lit/static-html.js';
import { msg, str } from '../core/localize.js';
import { sharedStyles } from '../core/styles.js';
import { rulesFor } from './engine.js';
import { SECTION_IDS, type Condition, type Outcome, type Statement } from './ruleset.js';
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
  static override properties: PropertyDeclarations = {
    openAll: { state: true },
    query: { state: true },
  };

  // Its own messages (search, when/otherwise…) as well as the checker's shared rights messages.
  protected static override localeMessages = guidanceLocales;
  static override styles = [sharedStyles, checkerStyles, guidanceStyles];

  private openAll = false;
  private query = '';
  /** Whether a `#…` address for one of our sections has been honoured since the rules loaded. */
  private hashRevealed = false;
  private readonly onHashChange = () => this.revealSectionInAddress();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated?.(changed);
    if (!this.hashRevealed && this.ruleset && !this.loading) {
      this.hashRevealed = true;
      this.revealSectionInAddress();
    }
  }

  /** Section links put `#<element id>-<section>` in the address; the target is in our shadow root, which the browser cannot scroll to by itself. */
  private get anchorPrefix(): string {
    return this.id || 'sanctuary-guidance';
  }

  private revealSectionInAddress(): void {
    const target = decodeURIComponent(location.hash.slice(1));
    if (!target.startsWith(`${this.anchorPrefix}-`)) return;
    const heading = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(target)}"]`);
    if (!heading) return;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }

  /** A section heading with its own link, so an adviser can send someone straight to it. */
  private sectionHeading(section: string, title: string, level: ReturnType<typeof unsafeStatic>): TemplateResult {
    const id = `${this.anchorPrefix}-${section}`;
    return staticHtml`<${level} id=${id} tabindex="-1" class="section-heading">${title}
      <a class="section-link no-print" href=${`#${id}`} aria-label=${msg(str`Link to this section: ${title}`, { id: 'guidance.sectionLink' })}>#</a></${level}>`;
  }

  /** Every group of people the rules exempt, once each (they repeat under each kind of care). */
  private exemptGroups(): Array<{ when: string; outcome: Outcome }> {
    const ruleset = this.ruleset!;
    const careQuestion = ruleset.questions.find((q) => q.id === ruleset.careQuestion)!;
    const seen = new Set<string>();
    const groups: Array<{ when: string; outcome: Outcome }> = [];
    for (const option of careQuestion.options) {
      for (const rule of rulesFor(ruleset, option.id) ?? []) {
        if (!rule.if || rule.outcome.kind !== 'free') continue;
        const when = this.describe(rule.if);
        const key = `${when}\u0000${this.t(rule.outcome.reason)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        groups.push({ when, outcome: rule.outcome });
      }
    }
    return groups;
  }

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
    return html`<section part="base" lang=${this.locale} dir=${this.direction} aria-label=${label}>${this.renderLanguagePicker()}${this.renderBody()}</section>`;
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
    const sections = SECTION_IDS
      .map((id) => ({ id, statements: (ruleset.sections[id] ?? []).filter((st) => this.statementMatches(st)) }))
      .filter((section) => section.statements.length > 0);
    const exempt = this.exemptGroups().filter((g) => this.matchesSearch(g.when, outcomeText(g.outcome)));
    const found = free.length + exempt.length + cares.reduce((n, c) => n + c.cases.length, 0) + sections.reduce((n, x) => n + x.statements.length, 0);
    const searching = this.query.trim() !== '';
    return html`${chooser}
      ${staticHtml`<${top} class="question-heading">${msg(str`What is free and what may be charged: ${this.t(ruleset.name)}`, { id: 'guidance.title' })}</${top}>`}
      <p class="reviewed">${msg(str`These rules were last checked on ${this.formatDate(ruleset.lastReviewed)}. Each statement links to its law or guidance. This is information, not legal advice.`, { id: 'guidance.reviewed' })}</p>
      <div class="field chooser no-print" role="search" aria-labelledby="search-label">
        <label id="search-label" for="search">${msg('Search the guidance', { id: 'guidance.search' })}</label>
        <input id="search" type="search" .value=${this.query} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
      </div>
      <p class="count" role="status">${searching ? msg(str`${this.formatNumber(found)} matching statements`, { id: 'guidance.found' }) : ''}</p>
      ${free.length
        ? html`${this.sectionHeading('free', this.everyoneHeading(ruleset), sub)} ${this.renderStatements(free)}`
        : nothing}
      ${exempt.length
        ? html`${this.sectionHeading('exempt', msg('People who are not charged', { id: 'guidance.exempt' }), sub)}
            <ul class="cases">
              ${exempt.map(
                (group) => html`<li>
                  <p class="case-when"><strong>${msg('When:', { id: 'guidance.when' })}</strong> ${group.when}</p>
                  ${this.renderOutcome(undefined, group.outcome, sub)}
                </li>`,
              )}
            </ul>`
        : nothing}
      ${cares.length
        ? html`${this.sectionHeading('care', msg('By kind of care', { id: 'guidance.byCare' }), sub)}
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
      ${sections.map(({ id, statements }) => html`${this.sectionHeading(id, this.sectionTitle(id), sub)} ${this.renderStatements(statements)}`)}`;
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
