/**
 * The one place that says how this project starts Chromium: Debian's /usr/bin/chromium (or
 * CHROME_PATH, e.g. a developer's own Chrome), never a downloaded browser. Used by the unit
 * tests, end-to-end tests, screenshots and the benchmark.
 */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox', // CI runs as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  // Every name but localhost fails to resolve: a widget that calls a third party fails its test.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];
