import { expect } from '@open-wc/testing';
import { detectFormat, parsePractices, validatePractice } from '../../src/map/practices.js';
import { parseCsv } from '../../src/core/csv.js';
import { SanctuaryDataError } from '../../src/core/errors.js';
import { fixtureUrl } from '../helpers.js';

const context = { source: 'test', baseUrl: 'https://council.example/' };
const json = async (path: string) => (await fetch(path)).json();

describe('parsePractices: the three formats', () => {
  it('reads the demo GeoJSON: 40 practices with checks, languages and hours', async () => {
    const data = await json('/demo/data/practices.geojson');
    expect(detectFormat(data)).to.equal('geojson');
    const { practices, problems } = parsePractices(data, 'json', context);
    expect(problems).to.deep.equal([]);
    expect(practices).to.have.length(40);
    expect(practices.filter((p) => p.safeSurgery)).to.have.length(30);
    expect(practices.filter((p) => p.lastCheck)).to.have.length(28);
    expect(practices.every((p) => typeof p.lat === 'number' && p.languages.includes('en'))).to.equal(true);
  });

  it('reads the demo CSV, with rows that have only a postcode left for the area table', async () => {
    const rows = parseCsv(await (await fetch('/demo/data/practices.csv')).text());
    const { practices, problems } = parsePractices(rows, 'csv', context);
    expect(problems).to.deep.equal([]);
    expect(practices).to.have.length(40);
    expect(practices.filter((p) => p.lat === undefined).map((p) => p.id)).to.deep.equal(['p08', 'p21', 'p33', 'p39']);
    const p01 = practices.find((p) => p.id === 'p01')!;
    expect(p01.languages.length).to.be.greaterThan(1);
  });

  it('reads Open Referral UK: one practice per location, Safe Surgery from the taxonomy, lunch breaks kept', async () => {
    const data = await json('/demo/data/practices.oruk.json');
    expect(detectFormat(data)).to.equal('oruk');
    const { practices, problems } = parsePractices(data, 'json', context);
    expect(problems).to.deep.equal([]);
    expect(practices).to.have.length(40);
    expect(practices.filter((p) => p.safeSurgery)).to.have.length(30);
    // p06 closes for lunch: two ORUK schedules for the same days.
    expect(practices.find((p) => p.id === 'loc-p06')!.openingHours).to.match(/\d{2}:\d{2}-\d{2}:\d{2},\d{2}:\d{2}-\d{2}:\d{2}/);
  });

  it('throws a schema error for data in none of the formats', () => {
    for (const data of [{ features: [] }, [], 'text', null, { contents: 'x' }]) {
      expect(() => parsePractices(data, 'json', context), JSON.stringify(data)).to.throw(SanctuaryDataError);
    }
  });
});

describe('parsePractices: bad records', () => {
  it('skips each hostile or broken feature with its position and reason, and keeps the rest', async () => {
    const { practices, problems } = parsePractices(await json(fixtureUrl('map/hostile.geojson')), 'json', context);
    expect(practices.map((p) => p.id)).to.deep.equal(['h1', 'h9']);
    expect(problems.map((p) => p.row)).to.deep.equal([2, 3, 4, 5, 6, 7, 8]);
    expect(problems[0].message).to.match(/^Feature 2: "website"/);
    expect(problems.find((p) => p.row === 7)!.field).to.equal('id');
  });

  it('names the problem for each field', () => {
    const base = { id: 'x', name: 'A', lat: 51.4, lng: 0 };
    const reasons: Array<[Record<string, unknown>, RegExp]> = [
      [{ ...base, name: '' }, /"name" is missing/],
      [{ ...base, lat: Number.NaN }, /coordinates/],
      [{ ...base, lat: undefined, lng: undefined }, /neither coordinates nor a UK postcode/],
      [{ ...base, website: 'data:text/html,x' }, /"website"/],
      [{ ...base, phone: '<b>' }, /"phone"/],
      [{ ...base, safe_surgery: 'perhaps' }, /"safe_surgery"/],
      [{ ...base, last_check: { date: 'last week' } }, /"last_check.date"/],
      [{ ...base, last_check: { date: '2025-01-01', asked_for_id: 'sometimes' } }, /asked_for_id/],
      [{ ...base, languages: 'en' }, /"languages"/],
      [{ ...base, step_free: 'ramp' }, /"step_free"/],
      [{ ...base, opening_hours: 42 }, /"opening_hours"/],
    ];
    for (const [input, reason] of reasons) expect(validatePractice(input, 1, context.baseUrl), JSON.stringify(input)).to.match(reason);
  });

  it('accepts spreadsheet booleans and a postcode in place of coordinates', () => {
    const practice = validatePractice({ name: 'A', postcode: 'se6 4aa', safe_surgery: 'Yes', step_free: 'n' }, 3, context.baseUrl);
    expect(practice).to.include({ id: 'row-3', safeSurgery: true, stepFree: false, postcode: 'se6 4aa' });
  });
});

describe('the published practices JSON Schema', () => {
  it('accepts the demo data, and agrees with the parser on every hostile feature', async () => {
    const { Validator } = await import('@cfworker/json-schema');
    const validator = new Validator(await json('/schemas/practices.schema.json'), '2020-12', false);
    const demo = validator.validate(await json('/demo/data/practices.geojson'));
    expect(demo.valid, JSON.stringify(demo.errors.slice(0, 3))).to.equal(true);
    const hostile = await json(fixtureUrl('map/hostile.geojson'));
    const ids = new Set<string>();
    hostile.features.forEach((feature: { properties: { id: string } }, index: number) => {
      const bySchema = validator.validate({ type: 'FeatureCollection', features: [feature] }).valid;
      const { practices } = parsePractices({ type: 'FeatureCollection', features: [feature] }, 'geojson', context);
      // A repeated id is a whole-file rule the schema cannot state.
      if (ids.has(feature.properties.id)) return;
      ids.add(feature.properties.id);
      expect(bySchema, `feature ${index + 1}`).to.equal(practices.length === 1);
    });
  });
});
