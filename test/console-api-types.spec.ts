/**
 * The console's API types (apps/console/src/api/openapi.gen.ts) are what openapi-typescript makes of the contract
 * (docs/openapi.json; test/openapi.spec.ts keeps that equal to the code): a change to the API that is not followed by
 * `npm run openapi` fails here, and so does a hand edit of the generated file.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
const generator = join(root, 'scripts', 'console-api-types.mjs');
const generated = join(root, 'apps', 'console', 'src', 'api', 'openapi.gen.ts');
const check = (...args: string[]) =>
  spawnSync(process.execPath, [generator, '--check', ...args], { cwd: root, encoding: 'utf8' });

describe("the console's generated API types", () => {
  it('are what the checked-in contract gives', () => {
    const result = check();
    expect([result.status, result.stderr]).toEqual([0, '']);
  });

  it('are found stale once the contract changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-api-types-'));
    try {
      const contract = JSON.parse(readFileSync(join(root, 'docs', 'openapi.json'), 'utf8')) as {
        components: { schemas: Record<string, { properties: Record<string, unknown>; required?: string[] }> };
      };
      const me = contract.components.schemas.MeDto;
      me.properties.nickname = { type: 'string' };
      me.required = [...(me.required ?? []), 'nickname'];
      writeFileSync(join(dir, 'openapi.json'), JSON.stringify(contract));
      copyFileSync(generated, join(dir, 'openapi.gen.ts'));
      const result = check('--openapi', join(dir, 'openapi.json'), '--out', join(dir, 'openapi.gen.ts'));
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('npm run openapi');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
