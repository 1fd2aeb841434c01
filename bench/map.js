#!/usr/bin/env node
/**
 * Map benchmark: first display and zoom time of <sanctuary-safe-surgery-map> against plain Leaflet
 * 1.9 + leaflet.markercluster, for 1,000 / 10,000 / 100,000 generated practices, in the same run
 * and browser. Needs a build (npm run build: the widget page loads cdn/safe-surgery-map.js).
 *
 *   node bench/map.js [--rounds=3] [--sizes=1000,10000,100000]     prints a markdown table
 *   import { runMapBenchmark, formatMapReport } from './map.js';      (bench/run.js)
 *
 * Both pages: no tiles, an 800 × 600 map fitted to the data's bounds, no animation. Every
 * measurement gets a fresh page (a new browser context); widget and baseline alternate. Timing is
 * done in the page (performance.now()), from handing over the parsed data to the markers being on
 * screen (next frame rendered); map creation is included on both sides, and so is the widget's
 * validation and list. Leaflet's code is loaded before the clock starts on both sides (the widget's
 * lazy Leaflet chunk is imported while preparing). Zoom = setZoom(current + 2) until redrawn.
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import { generatePractices } from '../scripts/generate-practices.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SEED = 42;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// ---- A small static server: the demo server does not serve Leaflet from node_modules ----

const served = ['/bench/', '/cdn/', '/node_modules/leaflet/', '/node_modules/leaflet.markercluster/'];
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.map': 'application/json' };

function startServer() {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path));
    const inRepo = file.slice(root.length); // checked after normalising, so /bench/..%2f… is refused
    try {
      if (!file.startsWith(root + '/') || !served.some((prefix) => inRepo.startsWith(prefix)) || !(await stat(file)).isFile()) throw new Error('not served');
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('Not found');
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

// ---- One measurement: a fresh page, data loaded, then first display, then zoom ----

async function measure(browser, { origin, side, dataUrl, warmUrl, timeoutMs }) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 1200 } });
  let timer;
  try {
    const page = await context.newPage();
    const failed = new Promise((_, reject) => page.on('pageerror', (error) => reject(new Error(`${side} page: ${error.message}`))));
    failed.catch(() => {});
    await page.goto(`${origin}/bench/${side === 'widget' ? 'map.html' : 'map-baseline.html'}`);
    await page.waitForFunction(() => window.benchReady === true);
    await Promise.race([page.evaluate(([url, warm]) => window.mapBench.prepare(url, warm), [dataUrl, warmUrl]), failed]);
    const first = page.evaluate(() => window.mapBench.first());
    first.catch(() => {}); // rejects when the context is closed after a timeout
    const timeout = new Promise((done) => (timer = setTimeout(() => done(null), timeoutMs)));
    const firstResult = await Promise.race([first, timeout, failed]);
    if (!firstResult) return { timedOut: true };
    const zoomResult = await Promise.race([page.evaluate(() => window.mapBench.zoom()), failed]);
    return { first: firstResult, zoom: zoomResult };
  } finally {
    clearTimeout(timer);
    await context.close();
  }
}

/**
 * Runs the benchmark with an already-launched Chromium (playwright-core Browser).
 * @returns rows `{ size, widgetFirstMs, baselineFirstMs, firstRatio, widgetZoomMs, baselineZoomMs,
 *   zoomRatio, ... }`: medians in ms. A side whose first display passed `timeoutMs` in any round has
 *   `<side>TimedOut: true` and a null first-display time (its later rounds are skipped); a zoom time
 *   is null when no round of that side finished. Ratios are widget / baseline, null when either is.
 */
export async function runMapBenchmark({ browser, rounds = 3, sizes = [1000, 10000, 100000], timeoutMs = 120_000, log = (line) => console.error(line) }) {
  const entry = join(root, 'cdn/safe-surgery-map.js');
  if (!existsSync(entry)) throw new Error('cdn/safe-surgery-map.js is missing: run npm run build first.');
  const chunk = readdirSync(join(root, 'cdn/chunks')).find((f) => /^safe-surgery-map-practice-map-.*\.js$/.test(f));
  if (!chunk) log('map bench: the lazy Leaflet chunk was not found in cdn/chunks; the widget will load it on the clock.');
  const warmUrl = chunk ? `/cdn/chunks/${chunk}` : undefined;
  mkdirSync(join(root, 'bench/results'), { recursive: true });

  const { server, origin } = await startServer();
  const rows = [];
  try {
    for (const size of sizes) {
      // generate-practices.js imports node:fs, so the data is made here and fetched by the page.
      const name = `bench/results/map-practices-${size}.json`;
      writeFileSync(join(root, name), JSON.stringify(generatePractices(size, SEED)));
      const sides = { widget: { first: [], zoom: [], timedOut: false }, baseline: { first: [], zoom: [], timedOut: false } };
      try {
        for (let round = 0; round < rounds; round++) {
          for (const side of ['widget', 'baseline']) {
            const runs = sides[side];
            if (runs.timedOut) continue; // once past the time limit, do not wait for it again
            const result = await measure(browser, { origin, side, dataUrl: `/${name}`, warmUrl: side === 'widget' ? warmUrl : undefined, timeoutMs });
            if (result.timedOut) {
              runs.timedOut = true;
              log(`map bench: ${size} ${side} round ${round + 1}: first display > ${timeoutMs / 1000} s (timed out)`);
              continue;
            }
            const { first, zoom } = result;
            if (!(first.markers > 0 && zoom.markers > 0 && zoom.to === zoom.from + 2)) throw new Error(`${side} at ${size}: unexpected state ${JSON.stringify(result)}`);
            runs.first.push(first.ms);
            runs.zoom.push(zoom.ms);
            log(`map bench: ${size} ${side} round ${round + 1}: first ${first.ms.toFixed(0)} ms (${first.markers} markers at zoom ${first.zoom}, map ${first.box}), zoom ${zoom.from}→${zoom.to} ${zoom.ms.toFixed(0)} ms (${zoom.markers} markers)`);
          }
        }
      } finally {
        rmSync(join(root, name), { force: true }); // 83 MB at 100,000
      }
      // A side that timed out once has no first-display median ("> limit"); its zoom median is
      // over the rounds that finished, if any.
      const first = (side) => (sides[side].timedOut ? null : median(sides[side].first));
      const zoom = (side) => (sides[side].zoom.length ? median(sides[side].zoom) : null);
      const row = {
        size,
        widgetFirstMs: first('widget'),
        baselineFirstMs: first('baseline'),
        widgetZoomMs: zoom('widget'),
        baselineZoomMs: zoom('baseline'),
        widgetTimedOut: sides.widget.timedOut,
        baselineTimedOut: sides.baseline.timedOut,
        runs: { widgetFirst: sides.widget.first, baselineFirst: sides.baseline.first, widgetZoom: sides.widget.zoom, baselineZoom: sides.baseline.zoom },
      };
      const ratio = (a, b) => (a === null || b === null ? null : a / b);
      row.firstRatio = ratio(row.widgetFirstMs, row.baselineFirstMs);
      row.zoomRatio = ratio(row.widgetZoomMs, row.baselineZoomMs);
      rows.push(row);
    }
  } finally {
    server.close();
  }
  return rows;
}

/** The rows as a markdown table, with the issue's two targets checked underneath. */
export function formatMapReport(rows, { rounds = 3, timeoutMs = 120_000 } = {}) {
  const limit = `> ${timeoutMs / 1000} s`;
  const ms = (value, missing = limit) => (value === null ? missing : value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`);
  const ratio = (r, widget, baseline) => {
    if (r !== null) return `${r.toFixed(2)}×`;
    if (widget !== null && baseline === null) return `< ${(widget / timeoutMs).toFixed(2)}×`; // baseline took longer than the limit
    return 'n/a';
  };
  const header = ['Practices', 'Widget first display', 'Baseline first display', 'Ratio', 'Widget zoom', 'Baseline zoom', 'Ratio'];
  const lines = rows.map((r) => [
    r.size.toLocaleString('en'),
    ms(r.widgetFirstMs),
    ms(r.baselineFirstMs),
    ratio(r.firstRatio, r.widgetFirstMs, r.baselineFirstMs),
    ms(r.widgetZoomMs, 'not measured'),
    ms(r.baselineZoomMs, 'not measured'),
    ratio(r.zoomRatio, r.widgetZoomMs, r.baselineZoomMs),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const table = [row(header), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...lines.map(row)].join('\n');

  const notes = [];
  const at10k = rows.find((r) => r.size === 10000);
  if (at10k && at10k.widgetFirstMs !== null) {
    const bound = at10k.baselineFirstMs === null ? timeoutMs / 3 : at10k.baselineFirstMs / 3;
    const met = at10k.widgetFirstMs <= bound;
    notes.push(`- 10,000 practices, first display ≤ 1/3 of the baseline (≤ ${bound.toFixed(0)} ms): ${met ? 'met' : `missed by ${(at10k.widgetFirstMs - bound).toFixed(0)} ms`} (widget ${at10k.widgetFirstMs.toFixed(0)} ms, ratio ${ratio(at10k.firstRatio, at10k.widgetFirstMs, at10k.baselineFirstMs)}).`);
  }
  const at100k = rows.find((r) => r.size === 100000);
  if (at100k) {
    const value = at100k.widgetFirstMs;
    const met = value !== null && value < 1500;
    notes.push(`- 100,000 practices, first display < 1.5 s: ${met ? 'met' : value === null ? 'missed (timed out)' : `missed by ${(value - 1500).toFixed(0)} ms`} (widget ${ms(value)}).`);
  }
  const about = `Medians of ${rounds} rounds, a fresh page each; Chromium headless, no tiles, 800 × 600 map. Ratio = widget / baseline (plain Leaflet 1.9 + leaflet.markercluster). First display: data handed to the page → markers on screen. Zoom: setZoom(+2), no animation → markers redrawn.`;
  return `${about}\n\n${table}\n${notes.length ? `\nTargets:\n${notes.join('\n')}\n` : ''}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const rounds = Number(option('rounds') ?? 3);
  const sizes = option('sizes') ? option('sizes').split(',').map(Number) : undefined;
  const { chromium } = await import('playwright-core');
  const { chromiumArgs, chromiumPath } = await import('../scripts/chromium.js');
  const started = performance.now();
  const loadBefore = loadavg()[0];
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  let rows;
  try {
    rows = await runMapBenchmark({ browser, rounds, sizes });
  } finally {
    await browser.close();
  }
  // Other work on the machine skews these timings: say how busy it was.
  const load = `load average (1 min) ${loadBefore.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end, on ${availableParallelism()} cores`;
  const report = `# Map benchmark\n\n${new Date().toISOString()}, ${load}, ${((performance.now() - started) / 1000).toFixed(0)} s.\n\n${formatMapReport(rows, { rounds })}`;
  writeFileSync(join(root, 'bench/results/map-report.md'), report);
  console.log(report);
  console.error(`map bench: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
