#!/usr/bin/env node
// Provisions what the browser suites and the page benchmark drive: Debian's Chromium (`/usr/bin/chromium`, through
// playwright-core, no browser download) and a Chinese font (fonts-noto-cjk) so that screenshots show the text.
// Run by the bootstrap before `npm test` and `npm run bench`, never by a test: an apt run inside a suite raced other
// apt runs for the dpkg lock and failed every page test. Plain Node ESM on purpose, like install-s3-server.mjs.
// Usable as a module (`ensureBrowser()`) or directly (`node scripts/install-browser.mjs`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where libs/runtime/src/chromium.ts launches it from. */
export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_PACKAGE = 'chromium';
const FONT_PACKAGE = 'fonts-noto-cjk';
/** Another apt run (a colleague's, unattended upgrades) may hold the lock for a while: wait rather than fail. */
const APT = ['-o', 'DPkg::Lock::Timeout=300'];

/**
 * Installs Chromium and the CJK font when missing. Cheap once they are there (a stat and one dpkg query).
 * Never throws: when it cannot install, it says why and how to do it by hand, and the browser suites then fail
 * with the launcher's own message; the other suites do not need a browser.
 *
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {boolean} whether both are in place
 */
export function ensureBrowser(options = {}) {
  const log = options.log ?? ((line) => process.stderr.write(`[install-browser] ${line}\n`));
  const browser = existsSync(CHROMIUM) || provision(CHROMIUM_PACKAGE, 'the browser suites cannot run', log);
  if (browser && !existsSync(CHROMIUM)) {
    log(`apt-get installed ${CHROMIUM_PACKAGE}, but ${CHROMIUM} is still missing; the browser suites cannot run.`);
    return false;
  }
  const font = installed(FONT_PACKAGE) || provision(FONT_PACKAGE, 'screenshots will show boxes for Chinese', log);
  return browser && font;
}

/** dpkg's word for it; without dpkg (not Debian), any Chinese font fontconfig knows counts. */
function installed(pkg) {
  const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  if (!query.error) return query.status === 0 && query.stdout.includes('install ok installed');
  const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return !fonts.error && fonts.stdout.trim() !== '';
}

function provision(pkg, consequence, log) {
  const byHand = `Install it by hand (\`apt-get install ${pkg}\` as root) and run again.`;
  if (spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).error) {
    log(`${pkg} is missing and there is no apt-get here, so ${consequence}. ${byHand}`);
    return false;
  }
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    log(`${pkg} is missing and installing it needs root, so ${consequence}. ${byHand}`);
    return false;
  }
  // A fresh machine (or container) has no package lists yet; refresh them only then, not on every run.
  if (spawnSync('apt-cache', ['show', '--no-all-versions', pkg], { stdio: 'ignore' }).status !== 0) {
    log(`apt does not know ${pkg} yet: apt-get update …`);
    const update = spawnSync('apt-get', [...APT, 'update'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (update.status !== 0) {
      log(`apt-get update failed (exit ${update.status ?? update.signal}), so ${consequence}. ${byHand}`);
      return false;
    }
  }
  log(`Installing ${pkg} (apt-get install) …`);
  const started = Date.now();
  const install = spawnSync('apt-get', [...APT, 'install', '-y', '--no-install-recommends', pkg], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (install.status !== 0) {
    log(`apt-get install ${pkg} failed (exit ${install.status ?? install.signal}), so ${consequence}. ${byHand}`);
    return false;
  }
  log(`Installed ${pkg} in ${Math.round((Date.now() - started) / 1000)} s.`);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(ensureBrowser() ? 0 : 1);
