import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/timeline.js';
import type { TimelineEventInput } from '../src/timeline/events.js';

/*
 * Data paths are relative to iframe.html (so a Storybook published under a sub-path still finds
 * them); main.ts serves demo/data and test/fixtures at the same paths as in the repository.
 */
const DEMO = 'demo/data/lewisham-greenwich.json';
const FIXTURES = 'test/fixtures/timeline';

type Handler = (event: Event) => void;

interface TimelineArgs {
  src?: string;
  format?: 'auto' | 'json' | 'csv';
  order?: 'oldest' | 'newest';
  'heading-level'?: number;
  label?: string;
  category?: string;
  place?: string;
  'hide-filters'?: boolean;
  timeout?: number;
  style?: string;
  events?: TimelineEventInput[];
  /** In the manifest (the widget reads it), but set through the toolbar's Language menu instead. */
  lang?: string;
  /** The default slot (listed from the manifest): fallback content or inline JSON, see the stories. */
  '(default)'?: never;
  /** Actions, from the manifest's @event tags (Storybook names them on + camel case). */
  onSanctuaryDataLoad?: Handler;
  onSanctuaryFilterChange?: Handler;
  onSanctuaryError?: Handler;
  onSanctuaryLocaleChange?: Handler;
}

/**
 * One element per set of attributes: `keyed` makes a fresh element whenever a control changes an
 * attribute, as a page would write it. (Removing some attributes from a live element breaks it:
 * see the report; Controls must not trip over that.)
 */
function renderTimeline(args: TimelineArgs, content: TemplateResult | typeof nothing = nothing): TemplateResult {
  const attributes = [args.src, args.format, args.order, args['heading-level'], args.label, args.category, args.place, args['hide-filters'], args.timeout, args.style];
  return html`${keyed(
    JSON.stringify(attributes),
    html`<sanctuary-timeline
      src=${ifDefined(args.src || undefined)}
      format=${ifDefined(args.format && args.format !== 'auto' ? args.format : undefined)}
      order=${ifDefined(args.order && args.order !== 'oldest' ? args.order : undefined)}
      heading-level=${ifDefined(args['heading-level'] && args['heading-level'] !== 2 ? args['heading-level'] : undefined)}
      label=${ifDefined(args.label || undefined)}
      category=${ifDefined(args.category || undefined)}
      place=${ifDefined(args.place || undefined)}
      ?hide-filters=${!!args['hide-filters']}
      timeout=${ifDefined(args.timeout ?? undefined)}
      style=${ifDefined(args.style || undefined)}
      .events=${args.events}
      @sanctuary-data-load=${args.onSanctuaryDataLoad}
      @sanctuary-filter-change=${args.onSanctuaryFilterChange}
      @sanctuary-error=${args.onSanctuaryError}
      @sanctuary-locale-change=${args.onSanctuaryLocaleChange}
      >${content}</sanctuary-timeline
    >`,
  )}`;
}

const categories = ['', 'council', 'health', 'nhs', 'housing', 'education', 'community', 'culture', 'support'];

const meta = {
  title: 'Widgets/Timeline',
  component: 'sanctuary-timeline',
  tags: ['autodocs'],
  render: (args) => renderTimeline(args),
  args: { src: DEMO },
  argTypes: {
    src: { control: 'text' },
    format: { control: 'inline-radio', options: ['auto', 'json', 'csv'] },
    order: { control: 'inline-radio', options: ['oldest', 'newest'] },
    'heading-level': { control: { type: 'number', min: 2, max: 5, step: 1 } },
    label: { control: 'text' },
    category: { control: 'select', options: categories, labels: { '': '(all categories)' } },
    place: { control: 'select', options: ['', 'Lewisham', 'Greenwich', 'Lewisham and Greenwich'], labels: { '': '(all places)' } },
    'hide-filters': { control: 'boolean' },
    timeout: { control: { type: 'number', min: 1, step: 1000 } },
    events: { control: 'object' },
    // Set by the toolbar's Language menu (on a wrapper, as a page would): no control here.
    lang: {
      control: false,
      description: "The widget's language; by default the nearest ancestor's `lang`, then `<html lang>`. Here: the toolbar's Language menu sets it on a wrapper.",
    },
    '(default)': { control: false },
    style: {
      control: 'text',
      description: 'Inline style on the element, e.g. the CSS custom properties listed below.',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/** The Lewisham and Greenwich campaigns' timeline, from `demo/data/lewisham-greenwich.json`. */
export const Default: Story = {};

/** CSV with `title:vi` translation columns; the blank row and the impossible month are skipped (see the note). */
export const FromCsv: Story = { args: { src: `${FIXTURES}/events.csv` } };

/** No `src`: the events are read from a `<script type="application/json">` child. */
export const InlineJson: Story = {
  args: { src: undefined },
  render: (args) =>
    renderTimeline(
      args,
      html`<script type="application/json">
        ${JSON.stringify({
          events: [
            { date: '2019', title: { en: 'Borough of Sanctuary motion passed', vi: 'Nghị quyết Quận Nơi trú ẩn được thông qua', ar: 'تمرير اقتراح منطقة الملاذ' }, category: 'council', place: 'Lewisham' },
            { date: '2020-09', title: { en: 'Welcome café opens', sv: 'Välkomstkafé öppnar' }, category: 'community', place: 'Greenwich' },
            { date: '2022-01-20', title: 'GP registration cards in 12 languages', category: 'health', place: 'Lewisham' },
          ],
        })}
      </script>`,
    ),
};

const propertyEvents: TimelineEventInput[] = [
  { id: 'p1', date: '2018-11', title: { en: 'Councillors meet refugee families', uk: 'Депутати зустрічаються з родинами біженців' }, category: 'council', place: 'Lewisham' },
  { id: 'p2', date: '2021-05-04', title: { en: 'Hospital trust pauses upfront charging', ru: 'Больница приостанавливает предоплату' }, category: 'nhs', place: 'Greenwich' },
  { id: 'p3', date: 2023, title: 'English classes move to the library', category: 'education', place: { en: 'Lewisham', vi: 'Lewisham' } },
];

/** Events given directly as the `events` property (`.events=${[...]}` in Lit), as a framework would. Edit them in Controls. */
export const EventsProperty: Story = { args: { src: undefined, events: propertyEvents } };

/** `order="newest"`: newest first (the visitor can still change it). */
export const NewestFirst: Story = { args: { order: 'newest' } };

/** `heading-level="3"`: year headings are `<h3>`, event titles `<h4>`. */
export const HeadingLevel: Story = { args: { 'heading-level': 3 } };

/** `label`: the accessible name of the timeline region (default "Timeline", translated). */
export const CustomLabel: Story = { args: { label: 'Lewisham and Greenwich: our successes' } };

/** `category="health"`: shows only that category at first; the visitor can clear the filter. */
export const InitialFilters: Story = { args: { category: 'health' } };

/** `hide-filters`: no category, place or order controls. */
export const HideFilters: Story = { args: { 'hide-filters': true } };

/** A description longer than 280 characters starts collapsed behind "Show more" (fixture `events.json`, which also has an image). */
export const LongDescription: Story = { args: { src: `${FIXTURES}/events.json` } };

/** `src` points at a file that does not exist: the 404 message, in the visitor's language. */
export const NotFound: Story = { args: { src: 'demo/data/does-not-exist.json' } };

/** A JSON syntax error (`broken.json`): the data-mistake message. */
export const MalformedData: Story = { args: { src: `${FIXTURES}/broken.json` } };

/**
 * `hostile.json`: markup, `javascript:` links and bidi overrides in the data. The markup shows as
 * text, unsafe links and images are dropped and invalid records are skipped (see the note).
 */
export const HostileData: Story = { args: { src: `${FIXTURES}/hostile.json` } };

/** `timeout="1"`: the demo data cannot arrive in 1 ms, so the timeout message and "Try again" show. */
export const Timeout: Story = { args: { timeout: 1 } };

/** Colours and font from CSS custom properties, set here in the element's `style` attribute. */
export const Themed: Story = {
  args: {
    style: [
      '--sanctuary-color-accent: #6b2c91',
      '--sanctuary-color-text: #1d1d1b',
      '--sanctuary-color-muted: #4d4d4d',
      '--sanctuary-color-focus: #ffbf47',
      '--sanctuary-font-family: Georgia, serif',
      '--sanctuary-timeline-line-color: #cbb5db',
      '--sanctuary-timeline-dot-color: #d4351c',
    ].join('; '),
  },
};

/*
 * Loading fallback. A static Storybook has no slow URL to point at, so this story's `beforeEach`
 * makes one: a fetch of `NEVER_ANSWERS` stays pending (until the widget aborts it), and every
 * other fetch goes through untouched. The cleanup puts the real fetch back.
 */
const NEVER_ANSWERS = 'storybook/never-answers.json';

/** While `src` loads, the light-DOM fallback child (here a `<p>`) is shown through the slot. */
export const LoadingFallback: Story = {
  name: 'Loading (fallback content)',
  args: { src: NEVER_ANSWERS, timeout: 86_400_000 },
  render: (args) =>
    renderTimeline(args, html`<p>Our timeline is loading. <a href="demo/data/lewisham-greenwich.json">Read the events as data</a>.</p>`),
  beforeEach: () => {
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.endsWith(NEVER_ANSWERS)) return realFetch(input, init);
      return new Promise<Response>((_resolve, reject) => {
        const signal = init?.signal;
        signal?.addEventListener('abort', () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError')), { once: true });
      });
    };
    return () => {
      window.fetch = realFetch;
    };
  },
};
