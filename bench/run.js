#!/usr/bin/env node
/**
 * npm run bench: sizes and render timings, printed as a table. Timings are ratios against a
 * baseline measured in the same run on the same machine (absolute milliseconds are noisy here).
 * Needs a build (npm run build). Writes bench/results/report.md too.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.js';
import { startDemoServer } from '../scripts/serve-demo.js';
import { formatMapReport, runMapBenchmark } from './map.js';
import { formatPledgeReport, runPledgeLoad } from './pledge-load.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const EVENTS = 1000;
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

mkdirSync('bench/results', { recursive: true });

/** Bundle one entry, minified, to measure it: `external` modules are not counted. */
async function bundleSize(entry, external = []) {
  const output = await build({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    build: {
      write: false,
      sourcemap: false,
      // As the CDN build: library mode (no preload helper), minified.
      lib: { entry, formats: ['es'] },
      rolldownOptions: { external, output: { minify: true } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk' && c.isEntry);
  return gzip(Buffer.from(chunks[0].code));
}

// ---- Sizes ----
const cdnTimeline = gzip(readFileSync('cdn/timeline.js'));
const cdnAll = gzip(readFileSync('cdn/all.js'));
const cdnChecker = gzip(readFileSync('cdn/rights-checker.js'));
const cdnGuidance = gzip(readFileSync('cdn/charging-guidance.js'));
const cdnPledge = gzip(readFileSync('cdn/pledge-form.js'));
const rulesetSizes = readdirSync('cdn/chunks')
  .filter((f) => /^rights-checker-(gb|se)-[a-z]+-.*\.js$/.test(f))
  .map((f) => [f.replace(/^rights-checker-/, '').replace(/-[^-]+\.js$/, ''), gzip(readFileSync(`cdn/chunks/${f}`))]);
const cdnMap = gzip(readFileSync('cdn/safe-surgery-map.js'));
const mapChunk = readdirSync('cdn/chunks').find((f) => /^safe-surgery-map-practice-map-.*\.js$/.test(f));
const mapLeafletChunk = gzip(readFileSync(`cdn/chunks/${mapChunk}`));
const chunk = (pattern) => readdirSync('cdn/chunks').find((f) => pattern.test(f));
const csvChunk = readdirSync('cdn/chunks').find((f) => /^timeline-csv-.*\.js$/.test(f));
const viChunk = gzip(readFileSync(`cdn/chunks/${chunk(/^timeline-locale-core-vi-.*\.js$/)}`)) + gzip(readFileSync(`cdn/chunks/${chunk(/^timeline-locale-timeline-vi-.*\.js$/)}`));
const csvSize = gzip(readFileSync(`cdn/chunks/${csvChunk}`));
const litExternal = [/^lit($|\/)/, /^@lit\//, /^lit-html/, /^lit-element/, /^@lit\/reactive-element/];
const esmTimeline = await bundleSize('dist/timeline.js', litExternal);
const litAlone = await bundleSize('bench/baseline.ts');

// The baseline list, built with the same Vite config and the same (production) Lit.
await build({
  configFile: 'vite.config.ts',
  logLevel: 'silent',
  build: {
    outDir: 'bench/results',
    emptyOutDir: false,
    sourcemap: false,
    rolldownOptions: { input: { baseline: 'bench/baseline.ts' }, output: { entryFileNames: '[name].js' } },
  },
});

// ---- Render timings ----
const { server, origin } = await startDemoServer({ port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
let timings;
let mapRows;
const MAP_ROUNDS = Number(process.env.BENCH_MAP_ROUNDS ?? 3);
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/render.html`);
  await page.waitForFunction(() => window.benchReady === true);
  timings = await page.evaluate(([count, rounds]) => window.runRenderBenchmark(count, rounds), [EVENTS, ROUNDS]);
  await page.close();
  mapRows = await runMapBenchmark({ browser, rounds: MAP_ROUNDS });
} finally {
  await browser.close();
  server.close();
}
const timelineMs = median(timings.timeline);
const plainMs = median(timings.plain);

const rows = [
  ['Timeline CDN bundle (cdn/timeline.js, Lit included)', kB(cdnTimeline)],
  ['  + its Vietnamese translations (2 chunks: shared + timeline), only for vi', kB(viChunk)],
  ['  + CSV parser chunk, loaded only for CSV data', kB(csvSize)],
  ['Map CDN bundle (cdn/safe-surgery-map.js, Lit included)', kB(cdnMap)],
  ['  + Leaflet, its CSS and supercluster, loaded when the map is in view', kB(mapLeafletChunk)],
  ['  = map total with Leaflet (budget 75 kB)', kB(cdnMap + mapLeafletChunk)],
  ['Rights checker CDN bundle, without a ruleset (budget 20 kB)', kB(cdnChecker)],
  ...rulesetSizes.map(([id, size]) => [`  + ruleset ${id}, loaded only for that jurisdiction`, kB(size)]),
  ['Charging guidance CDN bundle, without a ruleset', kB(cdnGuidance)],
  ['Pledge form CDN bundle (cdn/pledge-form.js, Lit included; budget 12 kB)', kB(cdnPledge)],
  ['All-widgets CDN bundle (cdn/all.js)', kB(cdnAll)],
  ['Timeline ESM (dist/timeline.js and its modules, Lit external)', kB(esmTimeline)],
  ['Reference: a plain Lit element with Lit (same build)', kB(litAlone)],
  [`Render ${EVENTS} events: timeline, median of ${ROUNDS}`, `${timelineMs.toFixed(1)} ms`],
  [`Render ${EVENTS} events: plain Lit list (baseline), median of ${ROUNDS}`, `${plainMs.toFixed(1)} ms`],
  ['Render ratio, timeline / plain Lit list', `${(timelineMs / plainMs).toFixed(2)}×`],
];
const width = Math.max(...rows.map((r) => r[0].length));
const table = rows.map(([name, value]) => `| ${name.padEnd(width)} | ${value.padStart(9)} |`).join('\n');
const header = `| ${'What (gzip -9 sizes)'.padEnd(width)} | ${'Value'.padStart(9)} |\n|${'-'.repeat(width + 2)}|${'-'.repeat(11)}|`;
const pledgeLoad = formatPledgeReport(await runPledgeLoad());
const report = `# sanctuary-widgets benchmark\n\n${new Date().toISOString()}, Chromium headless, ${ROUNDS} rounds.\n\n${header}\n${table}\n\n## Safe Surgery map\n\n${formatMapReport(mapRows, { rounds: MAP_ROUNDS })}\n\n## Pledge receiver\n\n${pledgeLoad}\n`;
writeFileSync('bench/results/report.md', report);
console.log(report);
