import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

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

/** Debian's chromium, installed on the spot when missing (we run as root); a failed install fails the suite loudly. */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  try {
    aptInstall('chromium');
  } catch (error) {
    throw new Error(`${CHROMIUM} is missing and "apt-get install -y chromium" failed: ${String(error)}`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is still missing after "apt-get install -y chromium"`);
}

/** A Chinese font for readable screenshots (the assertions read the DOM and do not depend on it). */
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

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's serious and critical violations on the page as it is now. The script is evaluated through the
 * DevTools protocol, so the page's own Content-Security-Policy (which refuses injected scripts) stays in force.
 */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  )) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** How far the page is wider than its viewport (0: no sideways scroll). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
}
