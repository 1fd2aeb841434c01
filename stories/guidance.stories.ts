import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/charging-guidance.js';

/*
 * The shipped rulesets are bundled with the widget: these stories fetch nothing. Links in the
 * rulesets' sources are links only: nothing is requested until the visitor follows one.
 */

type Handler = (event: Event) => void;

const JURISDICTIONS = ['gb-eng', 'gb-sct', 'gb-wls', 'se-vgr'] as const;

interface ChargingGuidanceArgs {
  jurisdiction?: string;
  jurisdictions?: string;
  src?: string;
  'heading-level'?: number;
  style?: string;
  /** In the manifest (the widget reads it), but set through the toolbar's Language menu instead. */
  lang?: string;
  /** Actions, from the manifest's @event tags (Storybook names them on + camel case). */
  onSanctuaryError?: Handler;
  onSanctuaryLocaleChange?: Handler;
}

/**
 * One element per set of attributes: `keyed` makes a fresh element whenever a control changes an
 * attribute, as a page would write it.
 */
function renderGuidance(args: ChargingGuidanceArgs): TemplateResult {
  const attributes = [args.jurisdiction, args.jurisdictions, args.src, args['heading-level'], args.style];
  return html`${keyed(
    JSON.stringify(attributes),
    html`<sanctuary-charging-guidance
      jurisdiction=${ifDefined(args.jurisdiction || undefined)}
      jurisdictions=${ifDefined(args.jurisdictions || undefined)}
      src=${ifDefined(args.src || undefined)}
      heading-level=${ifDefined(args['heading-level'] && args['heading-level'] !== 2 ? args['heading-level'] : undefined)}
      style=${ifDefined(args.style || undefined)}
      @sanctuary-error=${args.onSanctuaryError}
      @sanctuary-locale-change=${args.onSanctuaryLocaleChange}
    ></sanctuary-charging-guidance>`,
  )}`;
}

const meta = {
  title: 'Widgets/Charging guidance',
  component: 'sanctuary-charging-guidance',
  tags: ['autodocs'],
  render: (args) => renderGuidance(args),
  args: { jurisdiction: 'gb-eng' },
  argTypes: {
    jurisdiction: {
      control: 'select',
      options: ['', ...JURISDICTIONS],
      labels: { '': '(choose on the page)', 'gb-eng': 'gb-eng (England)', 'gb-sct': 'gb-sct (Scotland)', 'gb-wls': 'gb-wls (Wales)', 'se-vgr': 'se-vgr (Sweden, Västra Götaland)' },
    },
    jurisdictions: { control: 'text' },
    src: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 2, max: 5, step: 1 } },
    // Set by the toolbar's Language menu (on a wrapper, as a page would): no control here.
    lang: {
      control: false,
      description: "The widget's language; by default the nearest ancestor's `lang`, then `<html lang>`. Here: the toolbar's Language menu sets it on a wrapper.",
    },
    style: {
      control: 'text',
      description: 'Inline style on the element, e.g. the CSS custom properties of the shared theme.',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
  },
} satisfies Meta<ChargingGuidanceArgs>;

export default meta;
type Story = StoryObj<ChargingGuidanceArgs>;

/** `jurisdiction="gb-eng"`: what is free and what may be charged in England, every case cited. */
export const England: Story = {};

/** `jurisdiction="gb-sct"`: the rules in Scotland. */
export const Scotland: Story = { args: { jurisdiction: 'gb-sct' } };

/** `jurisdiction="gb-wls"`: the rules in Wales. */
export const Wales: Story = { args: { jurisdiction: 'gb-wls' } };

/** `jurisdiction="se-vgr"`: the rules in Västra Götaland, Sweden. */
export const SwedenVGR: Story = { name: 'Sweden (Västra Götaland)', args: { jurisdiction: 'se-vgr' } };

/** No `jurisdiction`: a "Rules for" menu lets the reader choose. */
export const ChooseJurisdiction: Story = { args: { jurisdiction: undefined } };
