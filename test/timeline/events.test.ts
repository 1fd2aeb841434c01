import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { groupByYear, parseDate, parseTimeline, placeKey, safeUrl, sortEvents, validateEvent } from '../../src/timeline/events.js';
import { parseCsv } from '../../src/core/csv.js';
import { SanctuaryDataError } from '../../src/core/errors.js';
import { fixtureUrl } from '../helpers.js';

const base = 'https://council.example/timeline/';
const json = { format: 'json' as const, source: 'test.json', baseUrl: base };

describe('parseDate', () => {
  it('accepts years, months and real days; rejects everything else', () => {
    expect(parseDate('2021')).to.deep.equal({ year: 2021, month: undefined, day: undefined, iso: '2021' });
    expect(parseDate(2021)?.iso).to.equal('2021');
    expect(parseDate('2021-03')?.month).to.equal(3);
    expect(parseDate('2024-02-29')?.day).to.equal(29);
    for (const bad of ['2021-13', '2021-02-30', '21', '15/03/2021', 'NaN', '', null, 2021.5, {}]) {
      expect(parseDate(bad), String(bad)).to.equal(undefined);
    }
  });
});

describe('safeUrl', () => {
  it('allows http and https, resolving relative addresses; refuses other schemes', () => {
    expect(safeUrl('https://example.org/a', base)).to.equal('https://example.org/a');
    expect(safeUrl('more.html', base)).to.equal('https://council.example/timeline/more.html');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '', 42]) {
      expect(safeUrl(bad, base), String(bad)).to.equal(undefined);
    }
  });
});

describe('parseTimeline', () => {
  it('reads a bare list and an {events} object alike', () => {
    const event = { date: '2018', title: 'A' };
    expect(parseTimeline([event], json).events).to.have.length(1);
    expect(parseTimeline({ events: [event] }, json).events).to.have.length(1);
  });

  it('throws a schema error when there is no list', () => {
    for (const data of [{ items: [] }, 'text', null, 42]) {
      expect(() => parseTimeline(data, json)).to.throw(SanctuaryDataError).with.property('detail').that.includes({ code: 'schema' });
    }
  });

  it('skips each invalid record with its 1-based position and a reason, and keeps the rest', async () => {
    const hostile = await (await fetch(fixtureUrl('timeline/hostile.json'))).json();
    const { events, problems } = parseTimeline(hostile, json);
    expect(events.map((e) => e.row)).to.deep.equal([1, 5, 14]);
    expect(problems.map((p) => p.row)).to.deep.equal([2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(problems.every((p) => p.code === 'invalid-item')).to.equal(true);
    expect(problems[0].message).to.match(/^Event 2: "link"/);
    expect(problems.find((p) => p.row === 7)!.message).to.contain('"date"');
  });

  it('numbers CSV rows as the spreadsheet does, reads title:xx columns, and skips blank rows silently', async () => {
    const text = await (await fetch(fixtureUrl('timeline/events.csv'))).text();
    const { events, problems } = parseTimeline(parseCsv(text), { ...json, format: 'csv' });
    expect(events.map((e) => e.row)).to.deep.equal([2, 5]);
    expect(events[0].title).to.deep.equal({ vi: 'Hội đồng đồng ý', '': 'Council agrees' });
    expect(problems).to.have.length(1);
    expect(problems[0].message).to.match(/^Row 4: "date"/);
  });

  it('skips a repeated id', () => {
    const { events, problems } = parseTimeline([{ id: 'x', date: '2018', title: 'A' }, { id: 'x', date: '2019', title: 'B' }], json);
    expect(events).to.have.length(1);
    expect(problems[0]).to.include({ row: 2, field: 'id' });
  });

  it('refuses more than 10,000 events', () => {
    const many = Array.from({ length: 10_001 }, () => ({ date: '2020', title: 'x' }));
    expect(() => parseTimeline(many, json)).to.throw(SanctuaryDataError);
  });

  it('limits text lengths', () => {
    expect(validateEvent({ date: '2020', title: 'x'.repeat(301) }, 1, base)).to.be.a('string');
    expect(validateEvent({ date: '2020', title: { en: 'ok', vi: 'x'.repeat(301) } }, 1, base)).to.be.a('string');
    expect(validateEvent({ date: '2020', title: 'x'.repeat(300) }, 1, base)).to.be.an('object');
  });
});

describe('sorting, grouping and place keys', () => {
  const { events } = parseTimeline(
    [
      { date: '2021-03', title: 'B' },
      { date: '2020', title: 'A' },
      { date: '2021', title: 'C' },
      { date: '2021-03-02', title: 'D' },
    ],
    json,
  );

  it('sorts oldest first with partial dates before full ones, or newest first', () => {
    expect(sortEvents(events, 'oldest').map((e) => e.title)).to.deep.equal(['A', 'C', 'B', 'D']);
    expect(sortEvents(events, 'newest').map((e) => e.title)).to.deep.equal(['D', 'B', 'C', 'A']);
  });

  it('groups consecutive events by year', () => {
    const groups = groupByYear(sortEvents(events, 'oldest'));
    expect(groups.map((g) => [g.year, g.events.length])).to.deep.equal([
      [2020, 1],
      [2021, 3],
    ]);
  });

  it('keys places by their English or first text', () => {
    expect(placeKey(' Lewisham ')).to.equal('Lewisham');
    expect(placeKey({ vi: 'Lewisham (vi)', en: 'Lewisham' })).to.equal('Lewisham');
    expect(placeKey({ ru: 'Льюишем' })).to.equal('Льюишем');
  });
});

describe('the published JSON Schema', () => {
  let validator: Validator;
  before(async () => {
    const schema = await (await fetch('/schemas/timeline.schema.json')).json();
    validator = new Validator(schema, '2020-12', false);
  });

  it('accepts the demo data and the test fixtures', async () => {
    for (const path of ['/demo/data/lewisham-greenwich.json', '/test/fixtures/timeline/events.json']) {
      const data = await (await fetch(path)).json();
      const result = validator.validate(data);
      expect(result.valid, `${path}: ${JSON.stringify(result.errors.slice(0, 3))}`).to.equal(true);
    }
  });

  it('agrees with the runtime validator on every record of the hostile fixture', async () => {
    const hostile: unknown[] = await (await fetch(fixtureUrl('timeline/hostile.json'))).json();
    hostile.forEach((record, index) => {
      const bySchema = validator.validate([record]).valid;
      const byRuntime = typeof validateEvent(record, index + 1, base) !== 'string';
      // The schema cannot know that 30 February does not exist; the runtime can.
      if ((record as { date?: string } | null)?.date === '2021-02-30') return;
      expect(bySchema, `record ${index + 1}: ${JSON.stringify(record)}`).to.equal(byRuntime);
    });
  });
});
