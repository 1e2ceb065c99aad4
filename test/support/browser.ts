import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
/** Screenshots of the browser suites, to look at (README: open them at phone and desk width). */
export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

/** Debian's chromium, installed on the spot when missing (we run as root); a failed install fails the suite loudly. */
function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit' });
  } catch (error) {
    throw new Error(`${CHROMIUM} is missing and "apt-get install -y chromium" failed: ${String(error)}`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is still missing after "apt-get install -y chromium"`);
}

/** A Chinese font for readable screenshots (the assertions read the DOM and do not depend on it). */
function ensureChineseFont(): void {
  const has = () => execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '';
  try {
    if (!has())
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'fonts-wqy-microhei'], { stdio: 'inherit' });
  } catch (error) {
    console.warn(`No Chinese font could be installed; screenshots will show boxes for Chinese text: ${String(error)}`);
  }
}

/** A headless Chromium for a browser suite (provisioned first when missing). */
export async function launchChromium(): Promise<Browser> {
  ensureChromium();
  ensureChineseFont();
  mkdirSync(ARTIFACTS, { recursive: true });
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
