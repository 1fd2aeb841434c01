import { locales as pledgeLocales } from '../generated/locales/pledge/index.js';
import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { SanctuaryElement } from '../core/base-element.js';
import { loadData } from '../core/data.js';
import { toErrorDetail } from '../core/errors.js';
import { msg, plural, str } from '../core/localize.js';
import { sharedStyles } from '../core/styles.js';
import { lazyModule } from '../core/lazy.js';
import { resolveText } from '../core/translatable.js';
import { PLEDGE_FIELDS, PLEDGE_LIMITS, newIdempotencyKey, nextGoal, validatePledge, type Pledge, type PledgeErrorCode, type PledgeErrors, type PledgeField } from './pledge.js';
import type { QueuedPledge } from './queue.js';
import { backoffMs, sendPledge, type SendOutcome } from './send.js';
import { pledgeStyles } from './sanctuary-pledge-form.styles.js';

type OptionalField = 'email' | 'area' | 'message';
type Phase = 'form' | 'sending' | 'waiting' | 'rejected' | 'done';

export interface PledgeSubmitDetail {
  pledge: Pledge;
  /** Call with the host's own sending promise: the form shows "Sending…", then thanks, or keeps everything and shows an error if it rejects. */
  waitUntil(promise: Promise<unknown>): void;
}

export interface PledgeSentDetail {
  /** The pledge's number, when the receiver gave one. */
  number?: number;
  count?: number;
  /** True when the pledge was kept on the device to be sent later (event mode). */
  queued: boolean;
}

/**
 * Sign a pledge and see the count grow, with nothing lost on a bad network: everything typed is
 * kept and retried with backoff; in event mode (`queue`) pledges wait on the device (IndexedDB)
 * until there is a signal. Validation follows the GOV.UK pattern. No cookies, no third parties.
 *
 * @tagname sanctuary-pledge-form
 * @summary A pledge form with a live count that loses nothing on a bad network.
 *
 * @event sanctuary-pledge-submit - Cancelable, before sending. Detail: `{pledge, waitUntil(promise)}`. Cancel it to send the pledge yourself (e.g. to your CRM).
 * @event sanctuary-pledge-sent - A pledge was acknowledged, or kept on the device in event mode. Detail: `{number?, count?, queued}`.
 * @event sanctuary-error - The count could not be loaded, or the form is not set up. Detail: `{code, element, source, status?, message}`.
 * @event sanctuary-locale-change - The widget switched language. Detail: `{locale, requested}`.
 *
 * @slot - The pledge text. In several languages: one element per language with its `lang` (`<p lang="en">…</p><p lang="ar" dir="rtl">…</p>`); the widget shows the one in the visitor's language (or English, or the first).
 * @slot consent - Replaces the consent label (say who keeps the pledge and why).
 * @slot privacy - Replaces the short privacy note under the form.
 *
 * @csspart base - The outer wrapper (carries `lang` and `dir`).
 * @csspart counter - The count and progress bar.
 * @csspart form - The form.
 * @csspart status - The sending, waiting and thank-you messages.
 * @csspart queue - The count of pledges waiting on this device (event mode).
 *
 * @cssproperty --sanctuary-color-accent - Buttons, links and the progress bar (default #005ea5).
 * @cssproperty --sanctuary-color-error - Error messages and borders (default #d4351c).
 */
export class SanctuaryPledgeForm extends SanctuaryElement {
  protected static override localeMessages = pledgeLocales;
  static override styles = [sharedStyles, pledgeStyles];

  static override properties: PropertyDeclarations = {
    endpoint: {},
    countUrl: { attribute: 'count-url' },
    goal: { type: Number },
    minCount: { type: Number, attribute: 'min-count' },
    fields: {},
    mode: {},
    requireEmail: { type: Boolean, attribute: 'require-email' },
    queue: { type: Boolean },
    shareUrl: { attribute: 'share-url' },
    shareText: { attribute: 'share-text' },
    minSeconds: { type: Number, attribute: 'min-seconds' },
    values: { state: true },
    errors: { state: true },
    phase: { state: true },
    count: { state: true },
    thanksNumber: { state: true },
    waiting: { state: true },
    refused: { state: true },
    copied: { state: true },
  };

  /** Where pledges are POSTed as JSON (e.g. the reference receiver's `/pledges`). */
  endpoint?: string;
  /** URL returning `{"count": n}`. */
  countUrl?: string;
  /** A fixed goal for the progress bar; without it the goal steps up (100, 250, 500, 1,000, …). */
  goal?: number;
  /** The counter stays hidden below this many pledges. */
  minCount = 0;
  /** Which optional fields to show, space-separated: `email area message` (default all three). */
  fields = 'email area message';
  /** `person` (default) or `organisation` (organisation name and role, listed publicly only with consent). */
  mode: 'person' | 'organisation' = 'person';
  /** Make email required. */
  requireEmail = false;
  /** Event mode: pledges are kept on this device until they can be sent. */
  queue = false;
  /** The address shared by the share buttons (default: this page). */
  shareUrl?: string;
  /** The text shared with it (default: the page title). */
  shareText?: string;
  /** Seconds a person takes at least; a faster send waits that long (bots are faster). */
  minSeconds = 3;

  private values: Record<string, string | boolean> = {};
  private errors: PledgeErrors = {};
  private phase: Phase = 'form';
  private count?: number;
  private thanksNumber?: number;
  private waiting = 0;
  private refused = 0;
  private copied = false;

  private startedAt = 0;
  private pendingKey?: string;
  private pendingBody?: Record<string, unknown>;
  private attempt = 0;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private flushing = false;
  private flushAgain = false;
  private readonly onOnline = () => this.resume();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    if (this.queue) void this.flushQueue();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.retryTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('countUrl')) void this.loadCount();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Not on every update (each keystroke is one): when the language changes; slotchange does the rest.
    if ((changed as PropertyValues).has('contentLanguage')) this.showPledgeTextInLanguage();
  }

  /**
   * When the page gives the pledge text in several languages, show only the visitor's (same
   * fallbacks as data content: the page's language, the interface language, English, the first).
   */
  private showPledgeTextInLanguage = (): void => {
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('.pledge-text slot');
    const versions = slot?.assignedElements().filter((el) => el.hasAttribute('lang')) ?? [];
    if (versions.length < 2) return;
    const byLanguage = Object.fromEntries(versions.map((el, i) => [el.getAttribute('lang')!, String(i)]));
    const chosen = versions[Number(resolveText(byLanguage, this.contentLanguage, this.contentFallbacks).text)];
    for (const el of versions) el.toggleAttribute('hidden', el !== chosen);
  };

  // ---- Data ----

  private async loadCount(): Promise<void> {
    if (!this.countUrl) return;
    try {
      const { data } = await loadData(this.countUrl, { timeout: this.validTimeout, format: 'json' });
      // Only a whole, non-negative number is a count: not "12", 12.5, -5, 1e308 or [1, 2, 3].
      const count = (data as { count?: unknown } | null)?.count;
      if (typeof count === 'number' && Number.isSafeInteger(count) && count >= 0) this.count = count;
      else this.reportError({ code: 'schema', source: this.countUrl, field: 'count', message: `${this.countUrl} should answer {"count": <a whole number>}; the counter is not shown.` }, { blocking: false });
    } catch (error) {
      // The form works without its counter: say so in the console and the event, not on the page.
      this.reportError(toErrorDetail(error, { code: 'network', source: this.countUrl }), { blocking: false });
    }
  }

  private get shownFields(): Set<string> {
    return new Set(this.fields.split(/[\s,]+/).filter(Boolean));
  }

  /** The pledge as typed, with the spam signals the receiver checks. */
  private formBody(): Record<string, unknown> {
    const v = this.values;
    const body: Record<string, unknown> = { kind: this.mode === 'organisation' ? 'organisation' : 'person', name: v.name ?? '', consent: v.consent === true };
    const visible = this.visibleFields;
    for (const field of ['email', 'area', 'message'] as OptionalField[]) if (visible.includes(field)) body[field] = v[field] ?? '';
    if (this.mode === 'organisation') Object.assign(body, { organisation: v.organisation ?? '', role: v.role ?? '', listPublicly: v.listPublicly === true });
    if (v.contactMe === true) body.contactMe = true;
    return body;
  }

  // ---- Submitting ----

  private readonly submit = async (event: Event) => {
    event.preventDefault();
    if (this.phase === 'sending' || this.phase === 'waiting') return; // a double click sends once
    const body = this.formBody();
    this.pendingKey ??= newIdempotencyKey();
    const { pledge, errors } = validatePledge({ ...body, idempotencyKey: this.pendingKey }, { requireEmail: this.requireEmail });
    if (!pledge) return this.showErrors(errors);
    this.errors = {};
    const honeypot = (this.renderRoot.querySelector<HTMLInputElement>('input[name="website"]')?.value ?? '').trim();
    // A person is never this quick; wait out the rest so a real (if fast) person is not refused.
    const elapsed = Date.now() - (this.startedAt || Date.now());
    this.phase = 'sending';
    const wait = this.minSeconds * 1000 - elapsed;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    this.pendingBody = { ...pledge, website: honeypot, elapsedMs: Math.max(elapsed, this.minSeconds * 1000) };

    let hostPromise: Promise<unknown> | undefined;
    const proceed = this.dispatchEvent(
      new CustomEvent<PledgeSubmitDetail>('sanctuary-pledge-submit', {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: { pledge, waitUntil: (promise) => (hostPromise = promise) },
      }),
    );
    if (!proceed) {
      // The host page sends it (to its own CRM, say).
      try {
        await hostPromise;
        this.finish(undefined, undefined, false);
      } catch {
        this.phase = 'rejected';
      }
      return;
    }
    if (!this.endpoint) {
      this.phase = 'form';
      this.reportError({ code: 'config', source: 'endpoint', message: 'No endpoint is set, and no sanctuary-pledge-submit listener took the pledge.' });
      return;
    }
    if (this.queue) {
      try {
        const { enqueue } = await loadQueue();
        await enqueue({ key: this.pendingKey, endpoint: this.endpoint, body: this.pendingBody, queuedAt: Date.now() });
      } catch {
        // No outbox on this device (no IndexedDB, or its code could not be downloaded): send it
        // now instead; until it is sent it stays on this page and is retried.
        this.attempt = 0;
        await this.trySending();
        return;
      }
      this.waiting += 1;
      this.finish(undefined, undefined, true);
      void this.flushQueue();
      return;
    }
    this.attempt = 0;
    await this.trySending();
  };

  private async trySending(): Promise<void> {
    clearTimeout(this.retryTimer);
    if (!this.pendingBody || !this.endpoint) return;
    this.phase = 'sending';
    const outcome = await sendPledge(this.endpoint, this.pendingBody, this.validTimeout);
    this.handleOutcome(outcome);
  }

  private handleOutcome(outcome: SendOutcome): void {
    switch (outcome.kind) {
      case 'stored':
        return this.finish(outcome.number, outcome.count, false);
      case 'invalid':
        // Errors on fields this form does not show mean the receiver is set up differently.
        this.phase = Object.keys(outcome.errors).every((f) => this.visibleFields.includes(f as PledgeField)) ? 'form' : 'rejected';
        return this.showErrors(outcome.errors);
      case 'rejected':
        this.phase = 'rejected';
        return;
      default:
        this.phase = 'waiting';
        this.retryTimer = setTimeout(() => void this.trySending(), outcome.retryAfterMs ?? backoffMs(this.attempt++));
    }
  }

  /** The network is back, or the person pressed "Try again now". */
  private resume(): void {
    if (this.phase === 'waiting') void this.trySending();
    if (this.queue) void this.flushQueue();
  }

  private finish(number: number | undefined, count: number | undefined, wasQueued: boolean): void {
    this.phase = 'done';
    this.thanksNumber = number;
    if (count !== undefined) this.count = count;
    else if (this.count !== undefined && !wasQueued) this.count += 1;
    this.pendingKey = undefined;
    this.pendingBody = undefined;
    this.values = {};
    this.startedAt = 0;
    this.dispatchEvent(new CustomEvent<PledgeSentDetail>('sanctuary-pledge-sent', { bubbles: true, composed: true, detail: { number, count: this.count, queued: wasQueued } }));
    void this.focusSelector('[part="status"]');
  }

  /** Event mode: send what waits on this device, oldest first, until one fails. */
  private async flushQueue(): Promise<void> {
    if (!this.endpoint) return;
    if (this.flushing) {
      this.flushAgain = true; // a pledge was added while sending: go round once more
      return;
    }
    this.flushing = true;
    this.flushAgain = false;
    clearTimeout(this.retryTimer);
    try {
      const { dequeue, markRejected, queued } = await loadQueue();
      let items = await queued(this.endpoint);
      for (const item of items.filter((i) => i.rejected === undefined)) {
        const outcome = await sendPledge(item.endpoint, item.body, this.validTimeout);
        if (outcome.kind === 'retry') {
          this.retryTimer = setTimeout(() => void this.flushQueue(), outcome.retryAfterMs ?? backoffMs(this.attempt++));
          break;
        }
        this.attempt = 0;
        if (outcome.kind === 'stored') {
          await dequeue(item.key);
          if (outcome.count !== undefined) this.count = outcome.count;
        } else await markRejected(item as QueuedPledge, outcome.kind === 'rejected' ? outcome.status : 422);
      }
      items = await queued(this.endpoint);
      this.waiting = items.filter((i) => i.rejected === undefined).length;
      this.refused = items.length - this.waiting;
    } catch {
      // IndexedDB unavailable (private mode in an old browser), or the outbox code could not be
      // downloaded: nothing can wait on this device.
    } finally {
      this.flushing = false;
    }
    if (this.flushAgain) void this.flushQueue();
  }

  private showErrors(errors: PledgeErrors): void {
    this.errors = errors;
    void this.focusSelector('.error-summary');
  }

  private async focusSelector(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private readonly input = (event: Event) => {
    const target = event.target as HTMLInputElement;
    if (!target.name || target.name === 'website') return;
    this.startedAt ||= Date.now();
    this.values = { ...this.values, [target.name]: target.type === 'checkbox' ? target.checked : target.value };
  };

  private readonly another = () => {
    this.phase = 'form';
    this.thanksNumber = undefined;
    void this.focusSelector('input[name="name"]');
  };

  // ---- Text ----

  private fieldLabel(field: PledgeField): string {
    switch (field) {
      case 'name':
        return this.mode === 'organisation' ? msg('Your name', { id: 'pledge.label.contactName' }) : msg('Your name or initials', { id: 'pledge.label.name' });
      case 'organisation':
        return msg('Organisation', { id: 'pledge.label.organisation' });
      case 'role':
        return msg('Your role (optional)', { id: 'pledge.label.role' });
      case 'email':
        return this.requireEmail ? msg('Email address', { id: 'pledge.label.email' }) : msg('Email address (optional)', { id: 'pledge.label.emailOptional' });
      case 'area':
        return msg('Your area (optional)', { id: 'pledge.label.area' });
      case 'message':
        return msg('Message (optional)', { id: 'pledge.label.message' });
      default:
        return msg('I agree to my pledge being kept by the organisers of this pledge.', { id: 'pledge.label.consent' });
    }
  }

  private errorText(field: PledgeField, code: PledgeErrorCode): string {
    const max = this.formatNumber(PLEDGE_LIMITS[field as keyof typeof PLEDGE_LIMITS] ?? 0);
    if (code === 'too-long') return msg(str`${this.fieldLabel(field).replace(/\s*[(（][^()（）]*[)）]$/, '')} must be ${max} characters or fewer`, { id: 'pledge.error.tooLong' });
    switch (field) {
      case 'name':
        return code === 'required' ? msg('Enter your name or initials', { id: 'pledge.error.name' }) : msg('Enter your name using letters, numbers and punctuation only', { id: 'pledge.error.nameInvalid' });
      case 'organisation':
        return msg('Enter the name of your organisation', { id: 'pledge.error.organisation' });
      case 'email':
        if (code === 'required') return msg('Enter your email address', { id: 'pledge.error.email' });
        if (code === 'email-for-contact') return msg('Enter your email address so that we can contact you, or untick “You may contact me”', { id: 'pledge.error.emailForContact' });
        return msg('Enter an email address in the correct format, like name@example.com', { id: 'pledge.error.emailInvalid' });
      case 'consent':
        return msg('Tick the box to agree to your pledge being kept', { id: 'pledge.error.consent' });
      default:
        return msg('Check this answer', { id: 'pledge.error.check' });
    }
  }

  private countText(count: number): string {
    const n = this.formatNumber(count);
    return plural(this.formatLocale, count, {
      zero: () => msg(str`${n} pledges so far`, { id: 'pledge.count.zero' }),
      one: () => msg(str`${n} pledge so far`, { id: 'pledge.count.one' }),
      two: () => msg(str`${n} pledges so far`, { id: 'pledge.count.two' }),
      few: () => msg(str`${n} pledges so far`, { id: 'pledge.count.few' }),
      many: () => msg(str`${n} pledges so far`, { id: 'pledge.count.many' }),
      other: () => msg(str`${n} pledges so far`, { id: 'pledge.count.other' }),
    });
  }

  private waitingText(count: number): string {
    const n = this.formatNumber(count);
    return plural(this.formatLocale, count, {
      zero: () => msg(str`${n} pledges waiting on this device to be sent`, { id: 'pledge.queue.zero' }),
      one: () => msg(str`${n} pledge waiting on this device to be sent`, { id: 'pledge.queue.one' }),
      two: () => msg(str`${n} pledges waiting on this device to be sent`, { id: 'pledge.queue.two' }),
      few: () => msg(str`${n} pledges waiting on this device to be sent`, { id: 'pledge.queue.few' }),
      many: () => msg(str`${n} pledges waiting on this device to be sent`, { id: 'pledge.queue.many' }),
      other: () => msg(str`${n} pledges waiting on this device to be sent`, { id: 'pledge.queue.other' }),
    });
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    return html`<section part="base" lang=${this.locale} dir=${this.direction} aria-label=${msg('Pledge', { id: 'pledge.label' })}>
      ${this.renderLanguagePicker()}
      ${this.localeReady ? this.renderBody() : nothing}
    </section>`;
  }

  private renderBody(): TemplateResult {
    return html`<div class="pledge-text"><slot @slotchange=${this.showPledgeTextInLanguage}></slot></div>
      ${this.renderCounter()} ${this.error ? this.renderError() : nothing}
      <div part="status" class="status" tabindex="-1" role="status">${this.renderStatus()}</div>
      ${this.phase === 'done' ? this.renderThanks() : this.renderForm()} ${this.renderQueue()}
      <p class="privacy"><slot name="privacy">${msg('No cookies, no tracking. Your pledge goes only to the organisers of this pledge.', { id: 'pledge.privacy' })}</slot></p>`;
  }

  private renderCounter(): TemplateResult | typeof nothing {
    const count = this.count;
    if (count === undefined || count < this.minCount) return nothing;
    const goal = this.goal && this.goal > count ? this.goal : nextGoal(count);
    return html`<div part="counter" class="counter">
      <p class="count">${this.countText(count)}</p>
      <!-- A native progress bar: no inline style, which a strict CSP (style-src-attr) would block. -->
      <progress class="bar" max=${goal} .value=${count} aria-label=${msg(str`${this.formatNumber(count)} of ${this.formatNumber(goal)}`, { id: 'pledge.progress' })}></progress>
      <p class="goal">${msg(str`Next goal: ${this.formatNumber(goal)}`, { id: 'pledge.goal' })}</p>
    </div>`;
  }

  private renderStatus(): TemplateResult | string {
    switch (this.phase) {
      case 'sending':
        return msg('Sending your pledge…', { id: 'pledge.sending' });
      case 'waiting':
        return html`<p>${msg('Not sent yet: there is no connection to the pledge server. Your pledge is kept on this page and we will keep trying.', { id: 'pledge.waiting' })}</p>
          <button class="button secondary" type="button" @click=${() => this.resume()}>${msg('Try again now', { id: 'pledge.retryNow' })}</button>`;
      case 'rejected':
        return html`<p class="error-text">${msg('The pledge server did not accept this pledge. Your answers are still here; please tell the organisers.', { id: 'pledge.rejected' })}</p>`;
      case 'done': {
        if (this.queue && this.thanksNumber === undefined) return msg('Thank you. Your pledge is saved on this device and will be sent when there is a connection.', { id: 'pledge.thanksQueued' });
        return this.thanksNumber !== undefined
          ? msg(str`Thank you — you are pledge number ${this.formatNumber(this.thanksNumber)}.`, { id: 'pledge.thanksNumber' })
          : msg('Thank you — your pledge has been sent.', { id: 'pledge.thanks' });
      }
      default:
        return '';
    }
  }

  private renderThanks(): TemplateResult {
    const url = this.shareUrl || location.href.split('#')[0];
    const text = this.shareText || document.title;
    const canShare = typeof navigator.share === 'function';
    return html`<div class="share">
      ${canShare
        ? html`<button class="button" type="button" @click=${() => navigator.share({ title: text, text, url }).catch(() => {})}>${msg('Share', { id: 'pledge.share' })}</button>`
        : nothing}
      <button class="button secondary" type="button" @click=${async () => {
        await navigator.clipboard?.writeText(url).catch(() => {});
        this.copied = true;
      }}>${msg('Copy link', { id: 'pledge.copy' })}</button>
      <a class="button secondary" href=${`https://wa.me/?text=${encodeURIComponent(`${text} ${url}`)}`} target="_blank" rel="noopener noreferrer">${msg('Share on WhatsApp', { id: 'pledge.whatsapp' })}</a>
      <span class="copied" role="status">${this.copied ? msg('Link copied', { id: 'pledge.copied' }) : ''}</span>
    </div>
    <p><button class="link-button" type="button" @click=${this.another}>${msg('Sign another pledge', { id: 'pledge.another' })}</button></p>`;
  }

  private renderQueue(): TemplateResult | typeof nothing {
    if (!this.queue || (this.waiting === 0 && this.refused === 0)) return nothing;
    return html`<p part="queue" class="queue" role="status">
      ${this.waiting ? this.waitingText(this.waiting) : ''}
      ${this.refused ? msg(str`${this.formatNumber(this.refused)} not accepted by the server (kept on this device)`, { id: 'pledge.queueRefused' }) : ''}
    </p>`;
  }

  /** The fields on this form, in order. */
  private get visibleFields(): PledgeField[] {
    const shown = this.shownFields;
    return PLEDGE_FIELDS.filter(
      (f) => f === 'name' || f === 'consent' || (this.mode === 'organisation' && (f === 'organisation' || f === 'role')) || shown.has(f) || (f === 'email' && this.requireEmail),
    );
  }

  private renderForm(): TemplateResult {
    const fields = this.visibleFields;
    const problems = fields.filter((f) => this.errors[f]);
    const busy = this.phase === 'sending' || this.phase === 'waiting';
    return html`${problems.length
        ? html`<div class="error-summary" role="alert" tabindex="-1">
            <h2>${msg('There is a problem', { id: 'pledge.problem' })}</h2>
            <ul>
              ${problems.map(
                (f) => html`<li><a href="#${f}" @click=${(e: Event) => {
                  e.preventDefault();
                  this.renderRoot.querySelector<HTMLElement>(`#${f}`)?.focus();
                }}>${this.errorText(f, this.errors[f]!)}</a></li>`,
              )}
            </ul>
          </div>`
        : nothing}
      <form part="form" novalidate @submit=${this.submit} @input=${this.input} @change=${this.input}>
        ${fields.filter((f) => f !== 'consent').map((f) => this.renderField(f, busy))}
        ${this.mode === 'organisation' ? this.renderCheckbox('listPublicly', msg('You may name our organisation in public lists of supporters', { id: 'pledge.label.listPublicly' }), busy) : nothing}
        ${this.renderCheckbox('consent', html`<slot name="consent">${this.fieldLabel('consent')}</slot>`, busy)}
        ${this.renderCheckbox('contactMe', msg('You may contact me about this campaign (needs my email address)', { id: 'pledge.label.contactMe' }), busy)}
        <div class="hp" aria-hidden="true">
          <label for="website">Website</label>
          <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
        </div>
        <button class="button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>${msg('Sign the pledge', { id: 'pledge.submit' })}</button>
      </form>`;
  }

  /** The GOV.UK inline message above a field ("Error:" is read out, not shown). */
  private renderErrorMessage(field: PledgeField): TemplateResult | typeof nothing {
    const code = this.errors[field];
    if (!code) return nothing;
    return html`<p class="error-message" id="${field}-error"><span class="visually-hidden">${msg('Error:', { id: 'pledge.errorPrefix' })}</span> ${this.errorText(field, code)}</p>`;
  }

  private renderField(field: PledgeField, busy: boolean): TemplateResult {
    const error = this.errors[field];
    const hint =
      field === 'area'
        ? msg('The first part of your postcode (like SE13) or your ward', { id: 'pledge.hint.area' })
        : field === 'email' && !this.requireEmail
          ? msg('Only if you want to hear from the organisers', { id: 'pledge.hint.email' })
          : '';
    const describedBy = [hint ? `${field}-hint` : '', error ? `${field}-error` : ''].filter(Boolean).join(' ');
    const common = { id: field, value: String(this.values[field] ?? '') };
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for=${field}>${this.fieldLabel(field)}</label>
      ${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing}
      ${this.renderErrorMessage(field)}
      ${field === 'message'
        ? html`<textarea id=${common.id} name=${field} rows="4" .value=${live(common.value)} ?readonly=${busy} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing}></textarea>`
        : html`<input id=${common.id} name=${field} .value=${live(common.value)} ?readonly=${busy}
            type=${field === 'email' ? 'email' : 'text'}
            autocomplete=${field === 'email' ? 'email' : field === 'name' ? 'name' : field === 'organisation' ? 'organization' : field === 'role' ? 'organization-title' : 'off'}
            spellcheck=${field === 'email' ? 'false' : nothing}
            aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing} />`}
    </div>`;
  }

  private renderCheckbox(name: string, label: unknown, busy: boolean): TemplateResult {
    const error = name === 'consent' ? this.errors.consent : undefined;
    return html`<div class="field checkbox ${error ? 'has-error' : ''}">
      ${name === 'consent' ? this.renderErrorMessage('consent') : nothing}
      <input type="checkbox" id=${name} name=${name} .checked=${live(this.values[name] === true)} ?disabled=${busy} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${name}-error` : nothing} />
      <label for=${name}>${label}</label>
    </div>`;
  }
}

/**
 * Event mode's outbox (IndexedDB) is a chunk of its own: a form in event mode downloads it as it
 * connects (to send what waits), other forms never do.
 */
const loadQueue = lazyModule(() => import('./queue.js'));

declare global {
  interface HTMLElementTagNameMap {
    'sanctuary-pledge-form': SanctuaryPledgeForm;
  }
}
