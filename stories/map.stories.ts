import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/safe-surgery-map.js';

/*
 * Data paths are relative to iframe.html (so a Storybook published under a sub-path still finds
 * them); main.ts serves demo/data and test/fixtures at the same paths as in the repository.
 */
const DEMO = 'demo/data/practices.geojson';
const AREAS = 'demo/data/se-london-areas.json';
const FIXTURES = 'test/fixtures/map';

/*
 * Privacy: no story may make a request to a third party by default. Every story keeps `no-tiles`
 * (pins on a plain background, so no tile server sees a request: Storybook also runs offline
 * here), and every story searches with the `local` geocoder (the area table and the practices' own
 * postcodes, on the device). `postcodes.io` and `nominatim` are never used here.
 */

type Handler = (event: Event) => void;

interface MapArgs {
  src?: string;
  format?: 'auto' | 'geojson' | 'csv' | 'oruk';
  areas?: string;
  geocoder?: string;
  view?: 'map' | 'list';
  'tile-url'?: string;
  attribution?: string;
  'attribution-url'?: string;
  'no-tiles'?: boolean;
  directions?: 'osm' | 'google' | 'apple' | 'none';
  units?: 'auto' | 'km' | 'mi';
  'heading-level'?: number;
  label?: string;
  'safe-only'?: boolean;
  'page-size'?: number;
  timeout?: number;
  style?: string;
  practices?: unknown;
  /** Only in ManyPractices: how many practices its generator makes. */
  count?: number;
  /** In the manifest (the widget reads it), but set through the toolbar's Language menu instead. */
  lang?: string;
  /** The default slot (listed from the manifest): fallback content or inline JSON. */
  '(default)'?: never;
  /** Actions, from the manifest's @event tags (Storybook names them on + camel case). */
  onSanctuaryPracticeSelect?: Handler;
  onSanctuarySearch?: Handler;
  onSanctuaryFilterChange?: Handler;
  onSanctuaryDataLoad?: Handler;
  onSanctuaryError?: Handler;
  onSanctuaryLocaleChange?: Handler;
}

/**
 * One element per set of attributes: `keyed` makes a fresh element whenever a control changes an
 * attribute, as a page would write it. (Removing some attributes from a live element is not what
 * these stories show; Controls must not trip over it.) The `practices` property is set on the
 * element as a framework would, and the widget reloads when it changes.
 */
function renderMap(args: MapArgs, content: TemplateResult | typeof nothing = nothing): TemplateResult {
  const attributes = [
    args.src, args.format, args.areas, args.geocoder, args.view, args['tile-url'], args.attribution, args['attribution-url'], args['no-tiles'],
    args.directions, args.units, args['heading-level'], args.label, args['safe-only'], args['page-size'], args.timeout, args.style,
  ];
  return html`${keyed(
    JSON.stringify(attributes),
    html`<sanctuary-safe-surgery-map
      src=${ifDefined(args.src || undefined)}
      format=${ifDefined(args.format && args.format !== 'auto' ? args.format : undefined)}
      areas=${ifDefined(args.areas || undefined)}
      geocoder=${ifDefined(args.geocoder && args.geocoder !== 'local' ? args.geocoder : undefined)}
      view=${ifDefined(args.view && args.view !== 'map' ? args.view : undefined)}
      tile-url=${ifDefined(args['tile-url'] || undefined)}
      attribution=${ifDefined(args.attribution || undefined)}
      attribution-url=${ifDefined(args['attribution-url'] || undefined)}
      ?no-tiles=${!!args['no-tiles']}
      directions=${ifDefined(args.directions && args.directions !== 'osm' ? args.directions : undefined)}
      units=${ifDefined(args.units && args.units !== 'auto' ? args.units : undefined)}
      heading-level=${ifDefined(args['heading-level'] && args['heading-level'] !== 3 ? args['heading-level'] : undefined)}
      label=${ifDefined(args.label || undefined)}
      ?safe-only=${!!args['safe-only']}
      page-size=${ifDefined(args['page-size'] && args['page-size'] !== 20 ? args['page-size'] : undefined)}
      timeout=${ifDefined(args.timeout ?? undefined)}
      style=${ifDefined(args.style || undefined)}
      .practices=${args.practices}
      @sanctuary-practice-select=${args.onSanctuaryPracticeSelect}
      @sanctuary-search=${args.onSanctuarySearch}
      @sanctuary-filter-change=${args.onSanctuaryFilterChange}
      @sanctuary-data-load=${args.onSanctuaryDataLoad}
      @sanctuary-error=${args.onSanctuaryError}
      @sanctuary-locale-change=${args.onSanctuaryLocaleChange}
      >${content}</sanctuary-safe-surgery-map
    >`,
  )}`;
}

const meta = {
  title: 'Widgets/Safe Surgery map',
  component: 'sanctuary-safe-surgery-map',
  tags: ['autodocs'],
  render: (args) => renderMap(args),
  args: { src: DEMO, areas: AREAS, 'no-tiles': true },
  argTypes: {
    src: { control: 'text' },
    format: { control: 'inline-radio', options: ['auto', 'geojson', 'csv', 'oruk'] },
    areas: { control: 'text' },
    geocoder: {
      control: 'text',
      description:
        'Where searches are looked up. The stories keep `local` (nothing leaves the page): `postcodes.io`, `nominatim` or a URL template would send what the visitor types to a third party.',
    },
    view: { control: 'inline-radio', options: ['map', 'list'] },
    'tile-url': {
      control: 'text',
      description: 'Map tiles URL template (default: OpenStreetMap). Used only without `no-tiles`; the stories keep `no-tiles` on, so no tile server is asked.',
    },
    attribution: { control: 'text' },
    'attribution-url': { control: 'text' },
    'no-tiles': { control: 'boolean' },
    directions: { control: 'inline-radio', options: ['osm', 'google', 'apple', 'none'] },
    units: { control: 'inline-radio', options: ['auto', 'km', 'mi'] },
    'heading-level': { control: { type: 'number', min: 2, max: 5, step: 1 } },
    label: { control: 'text' },
    'safe-only': { control: 'boolean' },
    'page-size': { control: { type: 'number', min: 1, max: 200, step: 1 } },
    timeout: { control: { type: 'number', min: 1, step: 1000 } },
    practices: { control: 'object' },
    // Only ManyPractices uses it (and shows it).
    count: { table: { disable: true }, control: false },
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
} satisfies Meta<MapArgs>;

export default meta;
type Story = StoryObj<MapArgs>;

/** South-east London practices from `demo/data/practices.geojson`, searchable on the device with `demo/data/se-london-areas.json`. */
export const Default: Story = {};

/** A council's CSV (`demo/data/practices.csv`): rows with only a postcode are placed at its area's centre, marked "Location approximate". */
export const FromCsv: Story = { args: { src: 'demo/data/practices.csv' } };

/** Open Referral UK / HSDS JSON (`demo/data/practices.oruk.json`): one practice per service location. */
export const FromOpenReferral: Story = { args: { src: 'demo/data/practices.oruk.json' } };

/** `view="list"`: no map at all, only the list, search and filters. */
export const ListOnly: Story = { args: { view: 'list' } };

/** `safe-only`: starts with only Safe Surgery members shown (the visitor can untick the filter). */
export const SafeSurgeriesOnly: Story = { args: { 'safe-only': true } };

/** `units="km"`: distances after a search (try "SE6" or "Catford") in kilometres, whatever the language. */
export const Kilometres: Story = { args: { units: 'km' } };

/** `directions="google"`: the card's Directions link goes to Google Maps (a link only: nothing is requested until the visitor follows it). */
export const GoogleDirections: Story = { args: { directions: 'google' } };

/** `heading-level="2"`: practice names are `<h2>` (the results heading stays `<h2>`, never `<h1>`). */
export const HeadingLevel: Story = { args: { 'heading-level': 2 } };

/** `label`: the accessible name of the widget's region (default "GP practices that will register you", translated). */
export const CustomLabel: Story = { args: { label: 'Lewisham and Greenwich GP practices that register anyone' } };

/** `page-size="5"`: five practices at a time, then "Show more practices". */
export const SmallPages: Story = { args: { 'page-size': 5 } };

const propertyPractices = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-0.0209, 51.4452] },
      properties: {
        id: 'prop-1',
        name: { en: 'Catford Property Practice', vi: 'Phòng khám Catford', ar: 'عيادة كاتفورد' },
        address: '1 Example Road, Catford',
        postcode: 'SE6 4AA',
        phone: '020 7946 0100',
        safe_surgery: true,
        safe_surgery_since: '2021-05',
        languages: ['en', 'vi', 'bn'],
        step_free: true,
        opening_hours: 'Mo-Fr 08:00-18:30',
        last_check: { date: '2025-03-12', asked_for_id: false, asked_for_proof_of_address: false, asked_immigration_status: false, paper_form: true, interpreter_offered: true },
      },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-0.0141, 51.4598] },
      properties: { id: 'prop-2', name: 'Lewisham Property Surgery', address: '2 Example Street, Lewisham', postcode: 'SE13 5JR', safe_surgery: false, languages: ['en', 'pl'] },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [0.0052, 51.4826] },
      properties: { id: 'prop-3', name: 'Greenwich Property Health Centre', address: '3 Example Lane, Greenwich', postcode: 'SE10 9QR', safe_surgery: true, step_free: false },
    },
  ],
};

/** Practices given directly as the `practices` property (`.practices=${{...}}` in Lit), as a framework would. Edit them in Controls. */
export const PracticesProperty: Story = { args: { src: undefined, practices: propertyPractices } };

/** `src` points at a file that does not exist: the 404 message, in the visitor's language. */
export const NotFound: Story = { args: { src: 'demo/data/does-not-exist.geojson' } };

/** A JSON syntax error (`broken.geojson`): the data-mistake message. */
export const MalformedData: Story = { args: { src: `${FIXTURES}/broken.geojson` } };

/**
 * `hostile.geojson`: markup, `javascript:` links, bad coordinates, a duplicate id and bidi
 * overrides in the data. The markup shows as text, unsafe links are dropped and invalid records
 * are skipped (see the note under the list).
 */
export const HostileData: Story = { args: { src: `${FIXTURES}/hostile.geojson` } };

/** `timeout="1"`: the data cannot arrive in 1 ms, so the timeout message and "Try again" show. */
export const Timeout: Story = { args: { timeout: 1 } };

/*
 * ManyPractices: a tiny seeded generator, inline (scripts/generate-practices.js imports node:fs and
 * node:url, so it cannot run in the browser). Same count, same practices.
 */
const CENTRES: Array<[lat: number, lng: number, spreadKm: number]> = [
  [51.4613, -0.0106, 9], // south-east London
  [51.5074, -0.1278, 12], // central London
  [52.4862, -1.8904, 8], // Birmingham
  [53.4808, -2.2426, 8], // Manchester
  [53.8008, -1.5491, 6], // Leeds
  [55.8642, -4.2518, 6], // Glasgow
  [51.4545, -2.5879, 5], // Bristol
  [51.4816, -3.1791, 5], // Cardiff
];
const HOURS = ['Mo-Fr 08:00-18:30', 'Mo-Fr 08:00-18:30; Sa 09:00-12:00', 'Mo-Fr 08:00-12:30,13:30-18:30'];
const LANGUAGES = ['ar', 'bn', 'pl', 'so', 'ti', 'uk', 'ur', 'vi'];

function generatePractices(count: number, seed = 42) {
  let state = seed >>> 0;
  // mulberry32: floats in [0, 1)
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  const features = [];
  for (let n = 1; n <= count; n++) {
    const [lat, lng, spreadKm] = CENTRES[Math.floor(random() * CENTRES.length)];
    const dLat = ((random() + random() + random() - 1.5) * spreadKm) / 111.2;
    const dLng = ((random() + random() + random() - 1.5) * spreadKm) / (111.2 * Math.cos((lat * Math.PI) / 180));
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round(lng + dLng), round(lat + dLat)] },
      properties: {
        id: `m${n}`,
        name: `Generated Practice ${n}`,
        address: `${1 + Math.floor(random() * 200)} Example Road`,
        safe_surgery: random() < 0.7,
        step_free: random() < 0.85,
        languages: random() < 0.5 ? ['en', LANGUAGES[Math.floor(random() * LANGUAGES.length)]] : ['en'],
        opening_hours: HOURS[Math.floor(random() * HOURS.length)],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

const generated = new Map<number, ReturnType<typeof generatePractices>>();
const manyPractices = (count: number) => {
  if (!generated.has(count)) generated.set(count, generatePractices(count));
  return generated.get(count)!;
};

/**
 * 10,000 invented practices over Great Britain, made in the story by a seeded generator and set as
 * the `practices` property (not as an arg, so Controls do not carry the whole collection): the
 * list pages, the map clusters.
 */
export const ManyPractices: Story = {
  args: { src: undefined, count: 10_000 },
  argTypes: {
    practices: { control: false },
    count: {
      control: { type: 'number', min: 0, max: 200_000, step: 1000 },
      description: 'How many practices the story generates (seeded: the same count gives the same practices).',
      table: { disable: false, category: 'story' },
    },
  },
  render: (args) => renderMap({ ...args, practices: manyPractices(args.count ?? 10_000) }),
};

/** Accent colour and map height from CSS custom properties, set here in the element's `style` attribute. */
export const Themed: Story = {
  args: {
    style: ['--sanctuary-color-accent: #6b2c91', '--sanctuary-map-height: 30rem', '--sanctuary-map-pin-color: #4d4d4d'].join('; '),
  },
};
