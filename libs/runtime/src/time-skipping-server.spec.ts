import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './project-paths';
import {
  provisionedTestServerPath,
  resolveTimeSkippingServerPath,
  TEST_SERVER_PATH_ENV,
  TEST_SERVER_VERSION,
} from './time-skipping-server';

describe('time-skipping server location', () => {
  const saved = process.env[TEST_SERVER_PATH_ENV];
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ts-server-spec-'));
  });
  afterEach(() => {
    if (saved === undefined) delete process.env[TEST_SERVER_PATH_ENV];
    else process.env[TEST_SERVER_PATH_ENV] = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('pins the same version as scripts/install-test-server.mjs', () => {
    const script = readFileSync(join(projectRoot(), 'scripts', 'install-test-server.mjs'), 'utf8');
    expect(script).toMatch(
      new RegExp(`export const TEST_SERVER_VERSION = '${TEST_SERVER_VERSION.replace(/\./g, '\\.')}';`),
    );
  });

  it('looks for the launcher under .tools/temporal-test-server/<version>/', () => {
    expect(provisionedTestServerPath()).toBe(
      join(projectRoot(), '.tools', 'temporal-test-server', TEST_SERVER_VERSION, 'temporal-test-server'),
    );
  });

  it('TEMPORAL_TEST_SERVER_PATH wins when it is executable', async () => {
    const exe = join(dir, 'my-test-server');
    writeFileSync(exe, '#!/bin/sh\n');
    chmodSync(exe, 0o755);
    process.env[TEST_SERVER_PATH_ENV] = exe;
    await expect(resolveTimeSkippingServerPath()).resolves.toBe(exe);
  });

  it('TEMPORAL_TEST_SERVER_PATH pointing at a non-executable is an error, not a silent fallback', async () => {
    const notExe = join(dir, 'plain-file');
    writeFileSync(notExe, '');
    chmodSync(notExe, 0o644);
    process.env[TEST_SERVER_PATH_ENV] = notExe;
    await expect(resolveTimeSkippingServerPath()).rejects.toThrow(
      `${TEST_SERVER_PATH_ENV}=${notExe} is not an executable`,
    );
    process.env[TEST_SERVER_PATH_ENV] = join(dir, 'missing');
    await expect(resolveTimeSkippingServerPath()).rejects.toThrow('is not an executable');
  });
});
