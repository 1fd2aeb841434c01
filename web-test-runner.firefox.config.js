// The same tests in Firefox ESR (Debian's firefox-esr), driven by puppeteer-core over WebDriver BiDi
// (Debian has no geckodriver; puppeteer-core downloads nothing). `npm run test:firefox`.
import { chromeLauncher } from '@web/test-runner-chrome';
import config from './web-test-runner.config.js';

export default {
  ...config,
  browsers: [
    chromeLauncher({
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true, protocol: 'webDriverBiDi' },
    }),
  ],
};
