import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { postgresReachableDir } from './project-paths';

/**
 * Test and benchmark runs keep their Postgres and Temporal in a folder named `<kind>-<pid>` under the data folder
 * and remove both when they end. A run killed outright (SIGKILL, a closed terminal) cannot, and its servers would
 * hold memory and ports until the machine restarts. The next run of the same kind stops them and removes the folder:
 * a folder whose owning process is gone is abandoned by definition. Returns the folders it removed.
 */
export function sweepAbandonedRuns(dataDir: string, kind: 'test' | 'bench'): string[] {
  if (!existsSync(dataDir)) return [];
  const swept: string[] = [];
  for (const name of readdirSync(dataDir)) {
    const match = new RegExp(`^${kind}-(\\d+)$`).exec(name);
    if (!match || isAlive(Number(match[1]))) continue;
    const folder = join(dataDir, name);
    const clusterDir = postgresReachableDir(join(folder, 'postgres'));
    for (const pid of processesUsing([folder, clusterDir])) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(folder, { recursive: true, force: true });
    if (clusterDir !== join(folder, 'postgres')) rmSync(clusterDir, { recursive: true, force: true });
    swept.push(folder);
  }
  return swept;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive but someone else's
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Processes whose command line names one of the folders (Linux /proc; nothing elsewhere). */
function processesUsing(folders: string[]): number[] {
  if (!existsSync('/proc')) return [];
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(join('/proc', entry, 'cmdline'), 'utf8').replaceAll('\0', ' ');
    } catch {
      continue;
    }
    if (folders.some((f) => cmdline.includes(`${f}/`) || cmdline.includes(`${f} `))) pids.push(Number(entry));
  }
  return pids;
}
