// The same tests in WebKit (the engine of every iPhone browser): Debian's WebKitGTK MiniBrowser,
// driven by WebKitWebDriver (package webkit2gtk-driver) over classic WebDriver. MiniBrowser needs a
// display: run under xvfb-run (`npm run test:webkit` does).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import config from './web-test-runner.config.js';

const miniBrowser = process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A free port for the driver. */
const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const driver = spawn(process.env.WEBKIT_WEBDRIVER ?? 'WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
process.on('exit', () => driver.kill());
await new Promise((resolve) => setTimeout(resolve, 1000)); // the driver listening

export default {
  ...config,
  // WebDriver sessions are slower to start and to act than puppeteer's.
  testsFinishTimeout: 600_000,
  browserStartTimeout: 120_000,
  testFramework: { config: { timeout: 30_000 } },
  browsers: [
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      automationProtocol: 'webdriver',
      // Classic WebDriver only: WebKitWebDriver refuses the BiDi capability webdriverio asks for by default.
      capabilities: { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true, 'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] } },
    }),
  ],
};
