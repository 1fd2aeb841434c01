import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../core/localize.js';
import { sharedStyles } from '../core/styles.js';
import { resolveText, type Translatable } from '../core/translatable.js';
import { directionOf } from '../core/language.js';
import { lazyModule } from '../core/lazy.js';
import { evaluate, type Evaluation } from './engine.js';
import { SECTION_IDS, type Question } from './ruleset.js';
import { RightsElement } from './rights-element.js';
import { checkerStyles } from './sanctuary-rights-checker.styles.js';

type Step = { kind: 'place' } | { kind: 'question'; question: Question } | { kind: 'check' } | { kind: 'result' } | { kind: 'card' };

/**
 * A few questions, then what care is free for this person, what may be charged and what to do if
 * refused, every statement cited to its law or guidance. The answers stay in this element: nothing
 * is stored, put in the address bar or sent anywhere.
 *
 * @summary What healthcare is free for me, and what may be charged?
 * @tagname sanctuary-rights-checker
 *
 * @event sanctuary-step-change - The person moved to another step. Detail: `{step}`: `place`, `question`, `check`, `result` or `card` (never an answer).
 * @event sanctuary-result - A result was shown. Detail: `{jurisdiction, care, outcome}`: the kind of care asked about and the outcome's kind — nothing about the person.
 * @event sanctuary-exit - "Exit this page" was pressed; the answers are already wiped. Cancel it to stay (e.g. to handle the exit yourself).
 * @event sanctuary-error - The ruleset could not be loaded or is invalid. Detail: `{code, element, source, message}`.
 *
 * @slot help - The partner's own list of where to get help, shown with the result.
 *
 * @csspart base - The outer wrapper (carries `lang` and `dir`).
 * @csspart question - The current question.
 * @csspart result - The result.
 * @csspart card - The "show this at reception" card.
 * @csspart error - The message shown when the rules cannot be loaded.
 */
export class SanctuaryRightsChecker extends RightsElement {
  static override styles = [sharedStyles, checkerStyles];

  static override properties: PropertyDeclarations = {
    exitUrl: { attribute: 'exit-url' },
    answers: { state: true },
    changing: { state: true },
    showingCheck: { state: true },
    showingCard: { state: true },
    cardSave: { state: true },
    validationMessage: { state: true },
  };

  /**
   * Where "Exit this page" goes: a neutral page the partner chooses (default: the BBC weather
   * page, as GOV.UK's exit button does). The answers are wiped first.
   */
  exitUrl = 'https://www.bbc.co.uk/weather';

  private answers: Record<string, string> = {};
  /** A question the person asked to change from "check your answers". */
  private changing?: string;
  private showingCheck = false;
  private showingCard = false;
  /** What the card's status line says: the picture was saved, or could not be made (its code did not download). */
  private cardSave: 'idle' | 'saved' | 'failed' = 'idle';
  private validationMessage = false;

  protected override rulesetLoaded(): void {
    this.answers = {};
  }

  private lastStep?: string;

  /** Tell the host page where the person is — the step only, never an answer. */
  protected override updated(): void {
    if (!this.ruleset && !this.localeReady) return;
    const step = this.step.kind;
    if (step === this.lastStep) return;
    this.lastStep = step;
    this.dispatchEvent(new CustomEvent('sanctuary-step-change', { detail: { step }, bubbles: true, composed: true }));
    if (step === 'result') {
      const { care, outcome } = this.evaluation!;
      this.dispatchEvent(new CustomEvent('sanctuary-result', { detail: { jurisdiction: this.ruleset!.id, care, outcome: outcome?.kind }, bubbles: true, composed: true }));
    }
  }

  /** Wipe the answers, then leave for a neutral page (replacing this page in the history). */
  private exit(): void {
    this.answers = {};
    this.changing = undefined;
    this.showingCheck = false;
    this.showingCard = false;
    const event = new CustomEvent('sanctuary-exit', { bubbles: true, composed: true, cancelable: true });
    if (this.dispatchEvent(event)) location.replace(this.exitUrl);
  }

  private renderExit(): TemplateResult {
    return html`<div class="exit"><button class="button exit-button" type="button" @click=${this.exit}>${msg('Exit this page', { id: 'rights.exit' })}</button></div>`;
  }

  // ---- Where the person is ----

  private get evaluation(): Evaluation | undefined {
    return this.ruleset ? evaluate(this.ruleset, this.answers) : undefined;
  }

  private get step(): Step {
    if (!this.ruleset) return { kind: 'place' };
    if (this.showingCard) return { kind: 'card' };
    const evaluation = this.evaluation!;
    if (this.changing) {
      const question = this.ruleset.questions.find((q) => q.id === this.changing);
      if (question) return { kind: 'question', question };
    }
    if (evaluation.next) return { kind: 'question', question: evaluation.next };
    return this.showingCheck ? { kind: 'check' } : { kind: 'result' };
  }

  // ---- Handlers ----

  private choosePlace(event: Event): void {
    event.preventDefault();
    const value = (this.renderRoot.querySelector<HTMLInputElement>('input[name="place"]:checked') ?? undefined)?.value;
    if (!value) {
      this.validationMessage = true;
      void this.focusError();
      return;
    }
    this.validationMessage = false;
    this.chosenJurisdiction = value;
    void this.loadRuleset().then(() => this.focusHeading());
  }

  private answer(event: Event, question: Question): void {
    event.preventDefault();
    const value = this.renderRoot.querySelector<HTMLInputElement>(`input[name="${question.id}"]:checked`)?.value;
    if (!value) {
      this.validationMessage = true;
      void this.focusError();
      return;
    }
    this.validationMessage = false;
    const previous = this.answers[question.id];
    let answers = { ...this.answers, [question.id]: value };
    if (previous !== undefined && previous !== value) {
      // A changed answer can change which questions matter: forget the answers that came after it.
      const order = (this.evaluation?.asked ?? []).map((a) => a.question.id);
      for (const later of order.slice(order.indexOf(question.id) + 1)) delete answers[later];
      answers = { ...answers };
    }
    this.answers = answers;
    // After answering, go on to the next question, or show the whole list to check.
    this.showingCheck = true;
    this.changing = undefined;
    void this.focusHeading();
  }

  private back(): void {
    this.validationMessage = false;
    if (this.changing) {
      const order = (this.evaluation?.asked ?? []).map((a) => a.question.id);
      const index = order.indexOf(this.changing);
      this.changing = index > 0 ? order[index - 1] : this.changing;
      if (index <= 0 && !this.jurisdiction && !this.src) {
        this.changing = undefined;
        this.ruleset = undefined;
        this.chosenJurisdiction = undefined;
      }
    } else if (this.step.kind === 'result') {
      this.showingCheck = true;
    } else {
      // Back to the previous question, with its answer still chosen.
      const asked = this.evaluation?.asked ?? [];
      const last = asked[asked.length - 1];
      if (last) this.changing = last.question.id;
      else if (!this.jurisdiction && !this.src) {
        this.ruleset = undefined;
        this.chosenJurisdiction = undefined;
      }
    }
    void this.focusHeading();
  }

  private change(questionId: string): void {
    this.changing = questionId;
    void this.focusHeading();
  }

  private confirm(): void {
    this.showingCheck = false;
    void this.focusHeading();
  }

  private startAgain(): void {
    this.answers = {};
    this.changing = undefined;
    this.showingCheck = false;
    this.showingCard = false;
    if (!this.jurisdiction && !this.src) {
      this.ruleset = undefined;
      this.chosenJurisdiction = undefined;
    }
    void this.focusHeading();
  }

  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }

  private async focusError(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  // ---- Text ----

  /** Text in the staff's language (for the reception card). */
  private staffText(value: Translatable | undefined): string {
    return resolveText(value, this.ruleset!.staffLanguage, [this.ruleset!.staffLanguage, 'en']).text;
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    const label = msg('Check what healthcare is free for you', { id: 'rights.label' });
    return html`<section part="base" lang=${this.locale} dir=${this.direction} aria-label=${label}>${this.renderLanguagePicker()}${this.renderBody()}</section>`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    if (this.error) return this.renderError();
    if (!this.localeReady || this.loading) {
      return html`<p class="loading" role="status">${this.localeReady ? msg('Loading…', { id: 'rights.loading' }) : ''}</p>`;
    }
    const step = this.step;
    const body =
      step.kind === 'place'
        ? this.renderPlace()
        : step.kind === 'question'
          ? this.renderQuestion(step.question)
          : step.kind === 'check'
            ? this.renderCheck()
            : step.kind === 'card'
              ? this.renderCard()
              : this.renderResult();
    return html`${this.renderExit()}${body}`;
  }

  private renderErrorSummary(): TemplateResult | typeof nothing {
    if (!this.validationMessage) return nothing;
    return html`<div class="error-summary" role="alert" tabindex="-1">
      <p>${msg('Choose one of the answers to continue. "I don\'t know" is an answer too.', { id: 'rights.chooseOne' })}</p>
    </div>`;
  }

  private renderPrivacy(): TemplateResult {
    return html`<p class="privacy">${msg('Your answers stay on this page. They are not saved or sent anywhere.', { id: 'rights.privacy' })}</p>`;
  }

  private renderPlace(): TemplateResult {
    const { top } = this.levels;
    return html`${this.renderErrorSummary()}
      <form part="question" @submit=${this.choosePlace} novalidate>
        <fieldset>
          <legend>${staticHtml`<${top} class="question-heading" data-step-heading tabindex="-1">${msg('Where are you?', { id: 'rights.place.question' })}</${top}>`}</legend>
          ${this.offered.map(
            (id) => html`<div class="choice">
              <input type="radio" name="place" id="place-${id}" value=${id} .checked=${live(this.chosenJurisdiction === id)} />
              <label for="place-${id}">${this.placeName(id)}</label>
            </div>`,
          )}
        </fieldset>
        <button class="button" type="submit">${msg('Continue', { id: 'rights.continue' })}</button>
      </form>
      ${this.renderPrivacy()}`;
  }

  private renderQuestion(question: Question): TemplateResult {
    const { top, sub } = this.levels;
    const ruleset = this.ruleset!;
    const asked = this.evaluation!.asked;
    const number = this.changing ? asked.findIndex((a) => a.question.id === question.id) + 1 : asked.length + 1;
    const current = this.answers[question.id];
    const isCare = question.id === ruleset.careQuestion;
    return html`${this.renderErrorSummary()}
      <p class="progress">${msg(str`Question ${this.formatNumber(number)}`, { id: 'rights.progress' })} · ${this.t(ruleset.name)}</p>
      <form part="question" @submit=${(e: Event) => this.answer(e, question)} novalidate>
        <fieldset aria-describedby=${question.hint ? `hint-${question.id}` : nothing}>
          <legend>${staticHtml`<${top} class="question-heading" data-step-heading tabindex="-1">${this.t(question.text)}</${top}>`}</legend>
          ${question.hint ? html`<p class="hint" id="hint-${question.id}">${this.t(question.hint)}</p>` : nothing}
          ${question.options.map(
            (option) => html`<div class="choice">
              <input type="radio" name=${question.id} id="${question.id}-${option.id}" value=${option.id} .checked=${live(current === option.id)} />
              <label for="${question.id}-${option.id}">${this.t(option.label)}</label>
            </div>`,
          )}
        </fieldset>
        <div class="actions">
          <button class="button" type="submit">${msg('Continue', { id: 'rights.continue' })}</button>
          <button class="button secondary" type="button" @click=${this.back}>${msg('Back', { id: 'rights.back' })}</button>
        </div>
      </form>
      ${isCare && number === 1
        ? html`<div class="free-first">
            ${staticHtml`<${sub}>${this.everyoneHeading(ruleset)}</${sub}>`}
            ${this.renderStatements(ruleset.freeForEveryone)}
          </div>`
        : nothing}
      ${this.renderPrivacy()}`;
  }

  private renderCheck(): TemplateResult {
    const { top } = this.levels;
    const asked = this.evaluation!.asked;
    return html`${staticHtml`<${top} class="question-heading" data-step-heading tabindex="-1">${msg('Check your answers', { id: 'rights.check' })}</${top}>`}
      <dl class="summary-list">
        ${asked.map(({ question, answer }) => {
          const option = question.options.find((o) => o.id === answer);
          return html`<div class="summary-row">
            <dt>${this.t(question.text)}</dt>
            <dd>${this.t(option?.label)}</dd>
            <dd>
              <button class="link-button" type="button" @click=${() => this.change(question.id)}>
                ${msg('Change', { id: 'rights.change' })}<span class="visually-hidden"> ${this.t(question.text)}</span>
              </button>
            </dd>
          </div>`;
        })}
      </dl>
      <div class="actions">
        <button class="button" type="button" @click=${this.confirm}>${msg('See what applies to you', { id: 'rights.seeResult' })}</button>
      </div>
      ${this.renderPrivacy()}`;
  }

  private renderResult(): TemplateResult {
    const { top, sub } = this.levels;
    const ruleset = this.ruleset!;
    const evaluation = this.evaluation!;
    const careQuestion = ruleset.questions.find((q) => q.id === ruleset.careQuestion)!;
    const care = careQuestion.options.find((o) => o.id === evaluation.care);
    const outcome = evaluation.outcome;
    return html`<div part="result" class="result">
      ${staticHtml`<${top} class="question-heading" data-step-heading tabindex="-1">${msg('What applies to you', { id: 'rights.result' })}</${top}>`}
      <p class="reviewed">
        ${msg(str`${this.t(ruleset.name)}. These rules were last checked on ${this.formatDate(ruleset.lastReviewed)}. This is information, not legal advice.`, { id: 'rights.reviewed' })}
      </p>
      ${outcome && care ? this.renderOutcome(this.t(care.label), outcome, sub, true) : nothing}
      ${staticHtml`<${sub}>${this.everyoneHeading(ruleset)}</${sub}>`}
      ${this.renderStatements(ruleset.freeForEveryone)}
      ${SECTION_IDS.map((id) => {
        const statements = ruleset.sections[id];
        const partnerHelp = id === 'help';
        if (!statements?.length && !partnerHelp) return nothing;
        return html`${staticHtml`<${sub}>${this.sectionTitle(id)}</${sub}>`}
          ${partnerHelp ? html`<slot name="help"></slot>` : nothing} ${statements?.length ? this.renderStatements(statements) : nothing}`;
      })}
      <div class="actions no-print">
        <button class="button" type="button" @click=${() => {
          this.showingCard = true;
          this.cardSave = 'idle';
          void loadCardImage().catch(() => {}); // fetched now, so "Save as a picture" is instant; tried again on click
          void this.focusHeading();
        }}>${msg('Show this at reception', { id: 'rights.card.open' })}</button>
        <button class="button secondary" type="button" @click=${this.back}>${msg('Check or change your answers', { id: 'rights.changeAnswers' })}</button>
        <button class="button secondary" type="button" @click=${this.startAgain}>${msg('Start again', { id: 'rights.startAgain' })}</button>
      </div>
      ${this.renderPrivacy()}
    </div>`;
  }

  /** The card's content: the statements only — never the person's answers — in their language and then the staff's (once if they are the same). */
  private cardColumns(): Array<{ lang: string; strong: string | undefined; items: string[] }> {
    const ruleset = this.ruleset!;
    const outcome = this.evaluation?.outcome;
    const staff = ruleset.staffLanguage;
    const visitorLanguage = resolveText(ruleset.name, this.contentLanguage, this.contentFallbacks).lang ?? staff;
    const column = (text: (value: Translatable | undefined) => string, lang: string) => ({
      lang,
      strong: outcome ? text(outcome.reason) : undefined,
      items: ruleset.freeForEveryone.map((s) => text(s.text)),
    });
    const staffColumn = column((v) => this.staffText(v), staff);
    return visitorLanguage.split('-')[0] === staff.split('-')[0] ? [staffColumn] : [column((v) => this.t(v), visitorLanguage), staffColumn];
  }

  private renderCard(): TemplateResult {
    const { top } = this.levels;
    const ruleset = this.ruleset!;
    return html`<div part="card" class="card">
      ${staticHtml`<${top} class="question-heading" data-step-heading tabindex="-1">${msg('For reception staff', { id: 'rights.card.title' })}</${top}>`}
      <p class="no-print">${msg('Show this screen at reception, print it, or save it as a picture. It shows only the rules, not your answers.', { id: 'rights.card.explain' })}</p>
      <div class="card-columns">
        ${this.cardColumns().map(
          (column) => html`<div class="card-column" lang=${column.lang} dir="auto">
            ${column.strong ? html`<p><strong>${column.strong}</strong></p>` : nothing}
            <ul>
              ${column.items.map((item) => html`<li>${item}</li>`)}
            </ul>
          </div>`,
        )}
      </div>
      <p class="reviewed">${this.t(ruleset.name)} · ${this.formatDate(ruleset.lastReviewed)}</p>
      <div class="actions no-print">
        <button class="button" type="button" @click=${() => window.print()}>${msg('Print', { id: 'rights.card.print' })}</button>
        <button class="button secondary" type="button" @click=${this.saveCardImage}>${msg('Save as a picture', { id: 'rights.card.save' })}</button>
        <button class="button secondary" type="button" @click=${() => {
          this.showingCard = false;
          void this.focusHeading();
        }}>${msg('Back to your result', { id: 'rights.card.back' })}</button>
      </div>
      <p class=${this.cardSave === 'failed' ? 'alert' : 'visually-hidden'} role="status">${this.cardSave === 'saved'
        ? msg('The picture has been saved.', { id: 'rights.card.saved' })
        : this.cardSave === 'failed'
          ? this.errorMessage({ code: 'network' })
          : ''}</p>
    </div>`;
  }

  /** The reception card as a PNG (drawn on this device; see card-image.ts). */
  async cardImage(): Promise<Blob> {
    const ruleset = this.ruleset!;
    const { drawCardImage } = await loadCardImage();
    return drawCardImage({
      title: { text: this.localize(() => msg('For reception staff', { id: 'rights.card.title' })), lang: this.locale, dir: this.direction },
      blocks: this.cardColumns().map((column) => ({
        lang: column.lang,
        dir: directionOf(column.lang),
        lines: [...(column.strong ? [{ text: column.strong, strong: true }] : []), ...column.items.map((text) => ({ text, bullet: true }))],
      })),
      footer: `${this.t(ruleset.name)} · ${this.formatDate(ruleset.lastReviewed)}`,
    });
  }

  private readonly saveCardImage = async () => {
    this.cardSave = 'idle';
    let image: Blob;
    try {
      image = await this.cardImage();
    } catch (error) {
      this.cardSave = 'failed';
      console.warn('<sanctuary-rights-checker>: the picture could not be made.', error);
      return;
    }
    const url = URL.createObjectURL(image);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${this.ruleset!.id}-reception-card.png`;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this.cardSave = 'saved';
  };
}

/** The card drawing code (~0.8 kB) is a chunk of its own: most visitors never save the picture. */
const loadCardImage = lazyModule(() => import('./card-image.js'));

declare global {
  interface HTMLElementTagNameMap {
    'sanctuary-rights-checker': SanctuaryRightsChecker;
  }
}
