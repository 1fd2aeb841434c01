import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/rights-checker.js';

/*
 * Data paths are relative to iframe.html (so a Storybook published under a sub-path still finds
 * them); main.ts serves test/fixtures at the same path as in the repository. The shipped rulesets
 * are bundled with the widget, so only `src` stories fetch anything.
 */
const FIXTURES = 'test/fixtures/timeline';

/*
 * Privacy: no story may make a request to a third party. "Exit this page" would replace the page
 * with `exit-url` (the BBC weather page by default): every story cancels `sanctuary-exit`, so the
 * story iframe stays where it is and the Actions panel still logs the event. Links in the rulesets'
 * sources are links only: nothing is requested until the visitor follows one.
 */

type Handler = (event: Event) => void;

const JURISDICTIONS = ['gb-eng', 'gb-sct', 'gb-wls', 'se-vgr'] as const;

interface RightsCheckerArgs {
  jurisdiction?: string;
  jurisdictions?: string;
  src?: string;
  'heading-level'?: number;
  'exit-url'?: string;
  style?: string;
  /** In the manifest (the widget reads it), but set through the toolbar's Language menu instead. */
  lang?: string;
  /** The `help` slot (listed from the manifest): the partner's own list of where to get help, see WithPartnerHelp. */
  help?: never;
  /** Actions, from the manifest's @event tags (Storybook names them on + camel case). */
  onSanctuaryStepChange?: Handler;
  onSanctuaryResult?: Handler;
  onSanctuaryExit?: Handler;
  onSanctuaryError?: Handler;
  onSanctuaryLocaleChange?: Handler;
}

/**
 * "Exit this page" in a story: cancel the navigation (the iframe must not load `exit-url`, a third
 * party by default), then log the event as the action would.
 */
const stayOnPage =
  (log?: Handler): Handler =>
  (event) => {
    event.preventDefault();
    log?.(event);
  };

/**
 * One element per set of attributes: `keyed` makes a fresh element whenever a control changes an
 * attribute, as a page would write it (and the person's answers, which live only in the element,
 * start again with it).
 */
function renderChecker(args: RightsCheckerArgs, content: TemplateResult | typeof nothing = nothing): TemplateResult {
  const attributes = [args.jurisdiction, args.jurisdictions, args.src, args['heading-level'], args['exit-url'], args.style];
  return html`${keyed(
    JSON.stringify(attributes),
    html`<sanctuary-rights-checker
      jurisdiction=${ifDefined(args.jurisdiction || undefined)}
      jurisdictions=${ifDefined(args.jurisdictions || undefined)}
      src=${ifDefined(args.src || undefined)}
      heading-level=${ifDefined(args['heading-level'] && args['heading-level'] !== 2 ? args['heading-level'] : undefined)}
      exit-url=${ifDefined(args['exit-url'] || undefined)}
      style=${ifDefined(args.style || undefined)}
      @sanctuary-step-change=${args.onSanctuaryStepChange}
      @sanctuary-result=${args.onSanctuaryResult}
      @sanctuary-exit=${stayOnPage(args.onSanctuaryExit)}
      @sanctuary-error=${args.onSanctuaryError}
      @sanctuary-locale-change=${args.onSanctuaryLocaleChange}
      >${content}</sanctuary-rights-checker
    >`,
  )}`;
}

const meta = {
  title: 'Widgets/Rights checker',
  component: 'sanctuary-rights-checker',
  tags: ['autodocs'],
  render: (args) => renderChecker(args),
  args: { jurisdiction: 'gb-eng' },
  argTypes: {
    jurisdiction: {
      control: 'select',
      options: ['', ...JURISDICTIONS],
      labels: { '': '(ask where)', 'gb-eng': 'gb-eng (England)', 'gb-sct': 'gb-sct (Scotland)', 'gb-wls': 'gb-wls (Wales)', 'se-vgr': 'se-vgr (Sweden, Västra Götaland)' },
    },
    jurisdictions: {
      control: 'text',
      description: `Jurisdictions offered by the first question, space-separated (used only without \`jurisdiction\` and \`src\`; default: every shipped ruleset: \`${JURISDICTIONS.join(' ')}\`).`,
    },
    src: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 2, max: 5, step: 1 } },
    'exit-url': {
      control: 'text',
      description:
        'Where "Exit this page" goes (default: the BBC weather page). The stories cancel `sanctuary-exit`, so pressing it here wipes the answers and logs the action, but never leaves the story.',
    },
    // Set by the toolbar's Language menu (on a wrapper, as a page would): no control here.
    lang: {
      control: false,
      description: "The widget's language; by default the nearest ancestor's `lang`, then `<html lang>`. Here: the toolbar's Language menu sets it on a wrapper.",
    },
    help: { control: false },
    style: {
      control: 'text',
      description: 'Inline style on the element, e.g. the CSS custom properties of the shared theme.',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
  },
} satisfies Meta<RightsCheckerArgs>;

export default meta;
type Story = StoryObj<RightsCheckerArgs>;

/** No `jurisdiction`: the first question is where the person is (every shipped ruleset is offered). */
export const AskWhere: Story = { args: { jurisdiction: undefined } };

/** `jurisdiction="gb-eng"`: the NHS charging rules in England. */
export const England: Story = {};

/** `jurisdiction="gb-sct"`: the rules in Scotland. */
export const Scotland: Story = { args: { jurisdiction: 'gb-sct' } };

/** `jurisdiction="gb-wls"`: the rules in Wales. */
export const Wales: Story = { args: { jurisdiction: 'gb-wls' } };

/** `jurisdiction="se-vgr"`: the rules in Västra Götaland, Sweden (the reception card is in Swedish). */
export const SwedenVGR: Story = { name: 'Sweden (Västra Götaland)', args: { jurisdiction: 'se-vgr' } };

/** `jurisdictions="gb-eng gb-sct gb-wls"`: the first question offers only the UK nations. */
export const OnlyUkNations: Story = { args: { jurisdiction: undefined, jurisdictions: 'gb-eng gb-sct gb-wls' } };

/**
 * The `help` slot: a partner's own list of where to get help, shown with the result under "Where
 * to get help" (answer the questions to see it). The drop-in below is fictional, made up for this
 * story: its phone number is in Ofcom's range for drama.
 */
export const WithPartnerHelp: Story = {
  render: (args) =>
    renderChecker(
      args,
      html`<div slot="help">
        <p><strong>Example only — a fictional service, made up for this story.</strong></p>
        <p>
          Exampleton Migrant Health Drop-in (fictional): Tuesdays 10:00–13:00 at the Exampleton Community Centre, 1 Example Street. Free, confidential,
          interpreters on request, no appointment or ID needed. Phone <a href="tel:+442079460123">020 7946 0123</a>.
        </p>
      </div>`,
    ),
};

/** `heading-level="3"`: the widget's headings are `<h3>`, its sub-headings `<h4>`, under a page's own `<h2>`. */
export const HeadingLevel3: Story = { args: { 'heading-level': 3 } };

/**
 * `src` points at a file that is not a ruleset (the timeline fixture `events.json`): the ruleset is
 * checked before use, so the error message shows and `sanctuary-error` fires.
 */
export const BrokenRuleset: Story = { args: { jurisdiction: undefined, src: `${FIXTURES}/events.json` } };

/** `jurisdiction="atlantis"`: no such ruleset, so the configuration error shows and `sanctuary-error` fires. */
export const UnknownJurisdiction: Story = {
  args: { jurisdiction: 'atlantis' },
  argTypes: { jurisdiction: { control: 'text' } },
};
