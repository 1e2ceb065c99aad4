import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sweepAbandonedRuns } from './abandoned-runs';

describe('sweepAbandonedRuns', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'huijian-sweep-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it("stops the servers of a run whose process is gone and removes its folder, leaving live runs' alone", async () => {
    const dead = join(dataDir, 'test-999999999');
    const live = join(dataDir, `test-${process.pid}`);
    const bench = join(dataDir, 'bench-999999999');
    for (const folder of [dead, live, bench]) mkdirSync(folder);
    // A server left behind: a process whose command line names the abandoned folder, as Postgres's -D does.
    const leftover = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', `${dead}/postgres`], {
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => leftover.once('exit', resolve));

    expect(sweepAbandonedRuns(dataDir, 'test')).toEqual([dead]);
    await exited;
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(bench)).toBe(true);
  });
});
