/**
 * Tools are provisioned by the bootstrap (scripts/), never inside a test: an apt run in a suite raced other apt
 * runs for the dpkg lock and failed every page test. These checks keep it so.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CHROMIUM } from '../libs/runtime/src/chromium';

const root = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|mts|mjs|js)$/.test(name) ? [path] : [];
  });
}

describe('provisioning', () => {
  it('launches the Chromium that scripts/install-browser.mjs provisions', () => {
    const script = readFileSync(join(root, 'scripts', 'install-browser.mjs'), 'utf8');
    expect(script).toContain(`export const CHROMIUM = '${CHROMIUM}';`);
  });

  it('installs nothing from tests, apps, libs, workflows or benchmarks: only the bootstrap scripts run apt-get', () => {
    const self = relative(root, __filename);
    const installing = ['test', 'apps', 'libs', 'workflows', 'bench']
      .flatMap((dir) => sources(join(root, dir)))
      .filter((file) => relative(root, file) !== self)
      .filter((file) =>
        /execFileSync\(\s*'apt-get'|spawnSync\(\s*'apt-get'|'apt-get',\s*\[/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => relative(root, file));
    expect(installing).toEqual([]);
  });

  it('provisions the browser in the bootstrap of npm test and npm run bench', () => {
    const bootstrap = readFileSync(join(root, 'scripts', 'bootstrap.mjs'), 'utf8');
    for (const command of ['test', 'bench']) {
      const branch = bootstrap.slice(bootstrap.indexOf(`case '${command}':`)).split('break;')[0];
      expect(`${command}: ${branch.includes('ensureBrowser(')}`).toBe(`${command}: true`);
    }
  });
});
