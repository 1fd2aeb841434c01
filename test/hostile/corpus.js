/**
 * The hostile-input corpus: values no widget may run, trust or choke on, and the datasets made from
 * them — every data field of every widget gets every value of its kind, one record per value, next
 * to valid records. Plain JavaScript: the test server (web-test-runner.config.js) serves these
 * datasets at /test-api/hostile/<name>, and the tests in test/hostile/ import the same lists.
 *
 * A script that runs sets `window.__pwned`; the tests check it never is.
 */

/** Text that a careless widget would run, or that could hide or disguise what a record says. */
export const hostileTexts = {
  'script tag': '<script>window.__pwned = "script"</script>',
  'event handler': '<img src=x onerror="window.__pwned = \'onerror\'">',
  'attribute breakout': '"><svg onload="window.__pwned = \'svg\'">',
  'template syntax': '${window.__pwned = "template"} {{constructor.constructor("window.__pwned = 1")()}}',
  'right-to-left override': '\u202Eexe.txt\u202C Practice',
  'zero-width and controls': 'Zero\u200Bwidth\u0007bell',
  'prototype key': '__proto__',
  'very long': 'W'.repeat(20_000),
};

/** Addresses that must never become a link or an image source. */
export const hostileUrls = {
  javascript: 'javascript:window.__pwned = "url"',
  'javascript, mixed case and spaces': '  JaVaScRiPt:window.__pwned = "url2"',
  'data: HTML': 'data:text/html,<script>window.__pwned = "data"</script>',
  vbscript: 'vbscript:msgbox(1)',
  'not a URL': 'http://',
};

/** Values of the wrong type for a text field. */
export const wrongTypes = { number: 42, boolean: true, array: ['a'], object: { nested: { deep: 1 } }, null: null };

/** Coordinates that are not a place on Earth (or not numbers at all). */
export const badCoordinates = {
  'latitude out of range': [-0.02, 200],
  'longitude out of range': [540, 51.45],
  'strings': ['abc', 'def'],
  'one number': [51.45],
  'empty': [],
  'null': null,
  'NaN as text': ['NaN', 'NaN'],
};

/** Every value that is not a plain, valid text. */
const everyBadValue = () => ({ ...hostileTexts, ...hostileUrls, ...Object.fromEntries(Object.entries(wrongTypes).map(([k, v]) => [`wrong type: ${k}`, v])) });

// ---------------------------------------------------------------- timeline

const goodEvent = (i) => ({ id: `good-${i}`, date: '2021', title: `Good event ${i}`, category: 'council', place: 'Lewisham' });
export const timelineFields = ['id', 'date', 'title', 'description', 'category', 'place', 'link', 'image'];

/** A timeline with one event per (field, bad value), three good events and a duplicate id. */
export function hostileTimeline() {
  const events = [goodEvent(1), goodEvent(2)];
  let n = 0;
  for (const field of timelineFields) {
    for (const [name, value] of Object.entries(everyBadValue())) {
      const event = { ...goodEvent(`x${n++}`), title: `${field}: ${name}` };
      if (field === 'image') event.image = { src: value, alt: 'An image' };
      else event[field] = value;
      events.push(event);
    }
  }
  events.push({ ...goodEvent(3) }, { ...goodEvent(3), title: 'Same id as good-3' });
  return { events };
}

/** The same timeline as CSV, with a BOM, semicolons and CRLF line ends (a European spreadsheet's export). */
export function hostileTimelineCsv() {
  const quote = (v) => `"${String(v ?? '').replace(/"/g, '""')}"`;
  const fields = ['id', 'date', 'title', 'description', 'category', 'place', 'link'];
  const rows = hostileTimeline().events.map((e) => fields.map((f) => quote(typeof e[f] === 'object' ? JSON.stringify(e[f]) : e[f])).join(';'));
  return `\uFEFF${fields.join(';')}\r\n${rows.join('\r\n')}\r\n"multi","2022","A title with a\r\nline break inside quotes";;;;\r\n`;
}

// ---------------------------------------------------------------- map

const goodPractice = (i, lng = -0.02 + i / 1000, lat = 51.45) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lng, lat] },
  properties: { id: `good-${i}`, name: `Good practice ${i}`, postcode: 'SE6 4AA', safe_surgery: true },
});
export const practiceFields = ['id', 'name', 'address', 'postcode', 'phone', 'website', 'notes', 'opening_hours', 'languages', 'safe_surgery_since', 'last_check'];

/** Practices with one record per (field, bad value), one per bad coordinate, and a duplicate id. */
export function hostilePractices() {
  const features = [goodPractice(1), goodPractice(2)];
  let n = 0;
  for (const field of practiceFields) {
    for (const [name, value] of Object.entries(everyBadValue())) {
      const feature = goodPractice(`x${n++}`);
      feature.properties.name = `${field}: ${name}`;
      feature.properties[field] = value;
      if (field === 'name') feature.properties.name = value;
      features.push(feature);
    }
  }
  for (const [name, coordinates] of Object.entries(badCoordinates)) {
    const feature = goodPractice(`c${n++}`);
    feature.properties.name = `coordinates: ${name}`;
    feature.geometry.coordinates = coordinates;
    features.push(feature);
  }
  features.push(goodPractice(3), { ...goodPractice(3), properties: { ...goodPractice(3).properties, name: 'Same id as good-3' } });
  return { type: 'FeatureCollection', features };
}

// ---------------------------------------------------------------- rights ruleset

/** A small valid ruleset whose texts and source links are hostile (a partner's own `src`). */
export function hostileRuleset() {
  const text = (value) => ({ en: value });
  return {
    format: 'sanctuary-ruleset/1',
    id: 'xx-hostile',
    name: text(hostileTexts['event handler']),
    lastReviewed: '2026-01-01',
    languages: ['en'],
    staffLanguage: 'en',
    sources: {
      bad: { title: text(hostileTexts['script tag']), url: hostileUrls.javascript, date: '2026-01-01' },
      data: { title: text(hostileTexts['attribute breakout']), url: hostileUrls['data: HTML'], date: '2026-01-01' },
    },
    questions: [{ id: 'care', text: text(hostileTexts['template syntax']), options: [{ id: 'gp', label: text(hostileTexts['right-to-left override']) }, { id: 'other', label: text('Other') }] }],
    freeForEveryone: [{ id: 'gp', text: text(hostileTexts['very long'].slice(0, 2000)), sources: ['bad'] }],
    care: [{ id: 'gp', rules: [{ outcome: { kind: 'free', reason: text(hostileTexts['event handler']), sources: ['bad', 'data'] } }] }, { id: 'other', rules: [{ outcome: { kind: 'depends', reason: text('Other'), sources: ['data'] } }] }],
    sections: { help: [{ id: 'h', text: text(hostileTexts['script tag']), sources: ['bad'] }] },
  };
}

// ---------------------------------------------------------------- pledge count

/** Answers from a count endpoint that the counter must not trust. */
export const hostileCounts = {
  'text count': { count: '<img src=x onerror="window.__pwned = \'count\'">' },
  'negative': { count: -5 },
  'huge': { count: 1e308 },
  'fraction': { count: 12.5 },
  'array': [1, 2, 3],
  'not JSON': '<html>Welcome to nginx</html>',
};

/** Everything the test server serves at /test-api/hostile/<name>: [content type, body]. */
export function hostileFile(name) {
  switch (name) {
    case 'timeline.json':
      return ['application/json', JSON.stringify(hostileTimeline())];
    case 'timeline.csv':
      return ['text/csv', hostileTimelineCsv()];
    case 'practices.geojson':
      return ['application/geo+json', JSON.stringify(hostilePractices())];
    case 'ruleset.json':
      return ['application/json', JSON.stringify(hostileRuleset())];
    case 'huge.json':
      // Over the 5 MB cap: refused with a message, not parsed.
      return ['application/json', `{"events":[${Array.from({ length: 60_000 }, (_, i) => JSON.stringify(goodEvent(i))).join(',')}]}`];
    default: {
      const count = /^count-(.+)\.json$/.exec(name);
      if (count && hostileCounts[decodeURIComponent(count[1])] !== undefined) {
        const value = hostileCounts[decodeURIComponent(count[1])];
        return ['application/json', typeof value === 'string' ? value : JSON.stringify(value)];
      }
      return undefined;
    }
  }
}
