import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium for the browser tests and the page benchmark (playwright-core drives it; no browser download).
 * `scripts/install-browser.mjs` provisions it, with a Chinese font, before `npm test` and `npm run bench` (it must
 * name the same path; a unit test checks it). Not exported from the package index: only test and bench code loads
 * playwright-core, a dev dependency, so `npm start` needs no browser.
 */
export const CHROMIUM = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing. \`npm test\` and \`npm run bench\` install it first (scripts/install-browser.mjs, ` +
        'apt-get as root); their output says why it could not. Run `node scripts/install-browser.mjs` or ' +
        '`apt-get install chromium fonts-noto-cjk`, then run again.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
