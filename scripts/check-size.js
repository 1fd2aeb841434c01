#!/usr/bin/env node
/**
 * Sizes of what a visitor downloads (gzip -9), against the budgets of issue 7 and against a
 * ratchet (size-ceilings.json). CI fails when a bundle within its budget goes over it, or when
 * any bundle grows more than 1% past its recorded ceiling (which holds the two CDN bundles still
 * over budget where they are). Run after `npm run build`.
 *
 *   node scripts/check-size.js            print the table; exit 1 if anything is over its ceiling
 *   node scripts/check-size.js --update   record today's sizes as the ceilings (after a cut, or
 *                                         a growth you have decided to accept: say why in the commit)
 *   node scripts/check-size.js --markdown the table only, for the README and the benchmark report
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const gzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const chunk = (prefix) => {
  const file = readdirSync('cdn/chunks').find((f) => f.startsWith(prefix) && f.endsWith('.js'));
  if (!file) throw new Error(`no chunk cdn/chunks/${prefix}*`);
  return gzip(join('cdn/chunks', file));
};

/**
 * What an ESM user's bundler downloads on first load from `sanctuary-widgets/<entry>`: the entry
 * bundled and minified with its static imports, packages (Lit, Leaflet, d3-dsv) left to the
 * user's own bundle, lazy chunks (locales, rulesets, the map) not counted. esbuild comes with
 * @web/dev-server-esbuild.
 */
async function esmSize(entry) {
  const { build } = await import('esbuild');
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, splitting: true, format: 'esm', outdir: 'out', write: false, metafile: true, packages: 'external', logLevel: 'silent' });
  const outputs = result.metafile.outputs;
  const byPath = new Map(result.outputFiles.map((f) => [f.path.slice(f.path.lastIndexOf('/out/') + 1), f.contents]));
  const main = Object.keys(outputs).find((path) => outputs[path].entryPoint === entry);
  const files = new Set([main]);
  for (const path of files) for (const imported of outputs[path].imports) if (imported.kind === 'import-statement' && !imported.external) files.add(imported.path);
  return gzipSync(Buffer.concat([...files].map((path) => byPath.get(path))), { level: 9 }).length;
}

/** Every measured row: [name, bytes, budget bytes or null, note]. */
export async function measureSizes() {
  const leaflet = chunk('safe-surgery-map-practice-map-');
  return [
    // [name, measured bytes, budget bytes or null, what it is]
    ['timeline (CDN)', gzip('cdn/timeline.js'), 12_000, 'cdn/timeline.js, Lit included'],
    ['timeline (ESM)', await esmSize('dist/timeline.js'), 12_000, 'Lit excluded (your bundle has it once for all widgets)'],
    ['rights checker (CDN)', gzip('cdn/rights-checker.js'), 20_000, 'without a ruleset'],
    ['rights checker (ESM)', await esmSize('dist/rights-checker.js'), 20_000, 'without a ruleset'],
    ['charging guidance (CDN)', gzip('cdn/charging-guidance.js'), null, 'without a ruleset'],
    ['pledge form (CDN)', gzip('cdn/pledge-form.js'), 12_000, ''],
    ['pledge form (ESM)', await esmSize('dist/pledge-form.js'), 12_000, ''],
    ['map (CDN) + Leaflet chunk', gzip('cdn/safe-surgery-map.js') + leaflet, 75_000, `${gzip('cdn/safe-surgery-map.js')} + ${leaflet} (Leaflet, its CSS, supercluster: loaded when the map scrolls into view)`],
    ['map (ESM)', await esmSize('dist/safe-surgery-map.js'), 75_000, 'Leaflet excluded'],
    ['every widget (CDN all.js)', gzip('cdn/all.js'), null, ''],
    ['ruleset England, English', chunk('rights-checker-ruleset-gb-eng-index-'), null, 'loaded with the checker'],
    ['+ one more language (England, Arabic)', chunk('rights-checker-ruleset-gb-eng-ar-'), null, 'only for that language'],
    ['ruleset Sweden, English + Swedish', chunk('rights-checker-ruleset-se-vgr-index-'), null, ''],
  ];

}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
/** The markdown table of `rows`, with each budget's verdict. */
export function sizeTable(rows) {
  return [
  '| What (gzip -9) | Size | Budget (issue 7) | |',
  '|---|---|---|---|',
  ...rows.map(([name, size, budget, note]) => `| ${name} | ${kB(size)} | ${budget ? `${kB(budget)} ${size <= budget ? '✅' : '❌ over'}` : '—'} | ${note} |`),
].join('\n');
}

/** A row within its budget (by its recorded ceiling) that has now gone over it. */
const breaksBudget = ([name, size, budget], ceilings) => budget && size > budget && (ceilings[name] === undefined || ceilings[name] <= budget);

/**
 * Why CI fails, one line per row: over its budget (issue 7) when its recorded ceiling was within
 * it, or grown more than 1% past its ceiling. Rows still over budget are held at their ceiling.
 */
export function sizeFailures(rows, ceilings) {
  const failures = [];
  for (const [name, size, budget] of rows) {
    const ceiling = ceilings[name];
    if (breaksBudget([name, size, budget], ceilings)) failures.push(`- ${name}: ${kB(size)}, over its budget of ${kB(budget)}`);
    else if (ceiling !== undefined && size > ceiling * 1.01) failures.push(`- ${name}: ${kB(size)}, grew past its ceiling of ${kB(ceiling)} (size-ceilings.json)`);
  }
  return failures;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await measureSizes();
  const table = sizeTable(rows);
  const ceilingsPath = 'size-ceilings.json';
  const ceilings = existsSync(ceilingsPath) ? JSON.parse(readFileSync(ceilingsPath, 'utf8')).ceilings : {};
  if (process.argv.includes('--markdown')) {
    console.log(table);
  } else if (process.argv.includes('--update')) {
    const givingUpBudget = rows.filter((row) => breaksBudget(row, ceilings));
    if (givingUpBudget.length) {
      console.error(`Not recorded: ${givingUpBudget.map(([name]) => name).join(', ')} would go over budget. Cut it back first.`);
      process.exit(1);
    }
    writeFileSync(ceilingsPath, `${JSON.stringify({ about: 'Written by `node scripts/check-size.js --update`. CI fails when a size grows past its budget (issue 7) or more than 1% past its ceiling here.', ceilings: Object.fromEntries(rows.map(([name, size]) => [name, size])) }, null, 2)}\n`);
    console.log(table);
    console.log(`\nCeilings recorded in ${ceilingsPath}.`);
  } else {
    console.log(table);
    const failures = sizeFailures(rows, ceilings);
    const missing = rows.filter(([name]) => ceilings[name] === undefined);
    if (missing.length) console.warn(`\nNo ceiling yet for: ${missing.map(([n]) => n).join(', ')} (run --update).`);
    if (failures.length) {
      console.error(`\n${failures.join('\n')}\nCut it back. A growth past a ceiling that is worth it: run \`node scripts/check-size.js --update\` and say why in the commit (a budget cannot be given up that way).`);
      process.exit(1);
    }
    const over = rows.filter(([, size, budget]) => budget && size > budget);
    if (over.length) console.log(`\nOver the issue-7 budget, held at their ceilings: ${over.map(([name]) => name).join(', ')} (see README "Sizes").`);
    }
}
