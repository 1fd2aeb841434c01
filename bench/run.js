#!/usr/bin/env node
/**
 * npm run bench: one report — sizes, render timings, the map against markercluster, the pledge
 * receiver under load, Lighthouse on each demo page — printed and written to bench/results/report.md. Timings are ratios against a
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
import { formatLighthouseReport, runLighthouse } from './lighthouse.js';
import { measureSizes, sizeTable } from '../scripts/check-size.js';

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

// ---- Sizes: the same table CI checks (scripts/check-size.js), plus the lazy chunks ----
const sizeRows = await measureSizes();
const chunk = (pattern) => readdirSync('cdn/chunks').find((f) => pattern.test(f));
const viChunk = gzip(readFileSync(`cdn/chunks/${chunk(/^timeline-locale-timeline-vi-.*\.js$/)}`));
const csvSize = gzip(readFileSync(`cdn/chunks/${chunk(/^timeline-csv-.*\.js$/)}`));
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
let lighthouseRows;
const MAP_ROUNDS = Number(process.env.BENCH_MAP_ROUNDS ?? 3);
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/render.html`);
  await page.waitForFunction(() => window.benchReady === true);
  timings = await page.evaluate(([count, rounds]) => window.runRenderBenchmark(count, rounds), [EVENTS, ROUNDS]);
  await page.close();
  mapRows = await runMapBenchmark({ browser, rounds: MAP_ROUNDS });
  lighthouseRows = await runLighthouse({ origin });
} finally {
  await browser.close();
  server.close();
}
const timelineMs = median(timings.timeline);
const plainMs = median(timings.plain);

const rows = [
  ['Timeline: its Vietnamese translations (one chunk, shared messages included), only for vi', kB(viChunk)],
  ['Timeline: CSV parser chunk, loaded only for CSV data', kB(csvSize)],
  ['Reference: a plain Lit element with Lit (same build)', kB(litAlone)],
  [`Render ${EVENTS} events: timeline, median of ${ROUNDS}`, `${timelineMs.toFixed(1)} ms`],
  [`Render ${EVENTS} events: plain Lit list (baseline), median of ${ROUNDS}`, `${plainMs.toFixed(1)} ms`],
  ['Render ratio, timeline / plain Lit list', `${(timelineMs / plainMs).toFixed(2)}×`],
];
const width = Math.max(...rows.map((r) => r[0].length));
const table = rows.map(([name, value]) => `| ${name.padEnd(width)} | ${value.padStart(9)} |`).join('\n');
const header = `| ${'What (gzip -9 sizes)'.padEnd(width)} | ${'Value'.padStart(9)} |\n|${'-'.repeat(width + 2)}|${'-'.repeat(11)}|`;
const pledgeLoad = formatPledgeReport(await runPledgeLoad());
const report = `# sanctuary-widgets benchmark\n\n${new Date().toISOString()}, Chromium headless, ${ROUNDS} rounds.\n\n## Sizes (gzip -9; CI fails when one grows: scripts/check-size.js)\n\n${sizeTable(sizeRows)}\n\n## Lazy chunks and render time\n\n${header}\n${table}\n\n## Lighthouse (mobile, simulated slow 4G; target 100 each)\n\n${formatLighthouseReport(lighthouseRows)}\n\n## Safe Surgery map\n\n${formatMapReport(mapRows, { rounds: MAP_ROUNDS })}\n\n## Pledge receiver\n\n${pledgeLoad}\n`;
writeFileSync('bench/results/report.md', report);
console.log(report);
