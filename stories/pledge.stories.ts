import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/pledge-form.js';

/*
 * Storybook has no pledge receiver, so the stories take each pledge themselves: they cancel
 * `sanctuary-pledge-submit` and hand the form a promise (`waitUntil`) that settles after a moment,
 * the way a host page sends pledges to its own CRM. Nothing leaves the story: the pledge is only
 * logged in the Actions panel. The count comes from a fixture file (`{"count": 1234}`). Run
 * `npm start` for the form against the real reference receiver.
 */
const COUNT = 'test/fixtures/pledge/count.json';

type Handler = (event: Event) => void;

interface PledgeArgs {
  endpoint?: string;
  'count-url'?: string;
  goal?: number;
  'min-count'?: number;
  fields?: string;
  mode?: 'person' | 'organisation';
  'require-email'?: boolean;
  queue?: boolean;
  'min-seconds'?: number;
  /** Whether the story's stand-in for a host page accepts the pledge. */
  hostAccepts?: boolean;
  lang?: string;
  consent?: never;
  privacy?: never;
  onSanctuaryPledgeSubmit?: Handler;
  onSanctuaryPledgeSent?: Handler;
  onSanctuaryError?: Handler;
  onSanctuaryLocaleChange?: Handler;
}

/** The story plays the host page: it takes the pledge, logs it, and accepts (or refuses) it after half a second. */
const takeOver =
  (accepts: boolean, log?: Handler): Handler =>
  (event) => {
    event.preventDefault();
    log?.(event);
    const detail = (event as CustomEvent<{ waitUntil(p: Promise<unknown>): void }>).detail;
    detail.waitUntil(new Promise((resolve, reject) => setTimeout(() => (accepts ? resolve(undefined) : reject(new Error('refused by the story'))), 500)));
  };

function renderPledge(args: PledgeArgs, text: TemplateResult = html`<p>I pledge to welcome people seeking sanctuary in our community.</p>`): TemplateResult {
  const attributes = [args.endpoint, args['count-url'], args.goal, args['min-count'], args.fields, args.mode, args['require-email'], args.queue, args['min-seconds']];
  return html`${keyed(
    JSON.stringify(attributes),
    html`<sanctuary-pledge-form
      endpoint=${ifDefined(args.endpoint || undefined)}
      count-url=${ifDefined(args['count-url'] || undefined)}
      goal=${ifDefined(args.goal || undefined)}
      min-count=${ifDefined(args['min-count'] || undefined)}
      fields=${ifDefined(args.fields ?? undefined)}
      mode=${ifDefined(args.mode || undefined)}
      ?require-email=${args['require-email']}
      ?queue=${args.queue}
      min-seconds=${ifDefined(args['min-seconds'] ?? undefined)}
      @sanctuary-pledge-submit=${args.queue ? args.onSanctuaryPledgeSubmit : takeOver(args.hostAccepts !== false, args.onSanctuaryPledgeSubmit)}
      @sanctuary-pledge-sent=${args.onSanctuaryPledgeSent}
      @sanctuary-error=${args.onSanctuaryError}
      @sanctuary-locale-change=${args.onSanctuaryLocaleChange}
      >${text}</sanctuary-pledge-form
    >`,
  )}`;
}

const meta = {
  title: 'Widgets/Pledge form',
  component: 'sanctuary-pledge-form',
  tags: ['autodocs'],
  render: (args) => renderPledge(args),
  args: { 'count-url': COUNT, 'min-seconds': 0, hostAccepts: true },
  argTypes: {
    mode: { control: 'inline-radio', options: ['person', 'organisation'] },
    fields: { control: 'text' },
    hostAccepts: { control: 'boolean', description: "Story only: whether the stand-in host page accepts the pledge (cancelled `sanctuary-pledge-submit`)." },
    lang: { control: false, description: 'Set through the toolbar\'s Language menu.' },
    consent: { control: false },
    privacy: { control: false },
  },
} satisfies Meta<PledgeArgs>;

export default meta;
type Story = StoryObj<PledgeArgs>;

/** A person's pledge: name or initials, optional email, area and message; the count steps toward the next goal. */
export const Person: Story = {};

/** `mode="organisation"`: organisation and role, listed publicly only with consent. */
export const Organisation: Story = { args: { mode: 'organisation' } };

/** `require-email`: email becomes required (submit empty to see every message). */
export const RequireEmail: Story = { args: { 'require-email': true } };

/** `goal="5000"`: a fixed goal instead of goals that step up. */
export const FixedGoal: Story = { args: { goal: 5000 } };

/** `min-count="2000"`: the counter stays hidden until 2,000 have signed (there are 1,234). */
export const CounterHiddenAtFirst: Story = { args: { 'min-count': 2000 } };

/** `fields=""`: name and consent only, the least a person has to give. */
export const NameOnly: Story = { args: { fields: '' } };

/** The host page refuses the pledge: everything typed stays, and the form says so. */
export const HostRefuses: Story = { args: { hostAccepts: false } };

/**
 * `queue` (event mode): pledges are kept on this device (IndexedDB) and sent when the endpoint can
 * be reached. The endpoint here does not exist, so pledges wait: sign two and see the count of
 * pledges waiting; it survives a reload of the story.
 */
export const EventMode: Story = { args: { queue: true, endpoint: 'no-receiver-in-storybook/pledges', mode: 'organisation' } };
