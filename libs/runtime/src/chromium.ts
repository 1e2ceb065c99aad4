import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium for the browser tests and the page benchmark (playwright-core drives it; no browser download).
 * Not exported from the package index: only test and bench code loads playwright-core, a dev dependency.
 */
export const CHROMIUM = '/usr/bin/chromium';

function aptInstall(pkg: string): void {
  const install = () =>
    execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', 'install', '-y', '--no-install-recommends', pkg], {
      stdio: 'inherit',
    });
  try {
    install();
  } catch {
    // A fresh machine has no package lists yet.
    execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', 'update'], { stdio: 'inherit' });
    install();
  }
}

/** Installs chromium with apt-get when missing (we run as root); a failed install is a loud error. */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  try {
    aptInstall('chromium');
  } catch (error) {
    throw new Error(`${CHROMIUM} is missing and "apt-get install -y chromium" failed: ${String(error)}`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is still missing after "apt-get install -y chromium"`);
}

/** A Chinese font for readable screenshots (assertions read the DOM and do not depend on it). */
export function ensureChineseFont(): void {
  const has = () => execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '';
  try {
    if (!has()) aptInstall('fonts-wqy-microhei');
  } catch (error) {
    console.warn(`No Chinese font could be installed; screenshots will show boxes for Chinese text: ${String(error)}`);
  }
}

export function launchChromium(): Promise<Browser> {
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
