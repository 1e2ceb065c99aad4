import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the folder holding package.json, found from this file in src/ or dist/. */
export function projectRoot(): string {
  let dir = __dirname;
  for (;;) {
    try {
      statSync(join(dir, 'package.json'));
      if (statSync(join(dir, 'nest-cli.json')).isFile()) return dir;
    } catch {
      // keep climbing
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`huijian: cannot find the project root above ${__dirname}`);
    dir = parent;
  }
}

/** Project-local folder for provisioned tools (Temporal CLI, Java test server); gitignored. */
export function toolsDir(): string {
  return join(projectRoot(), '.tools');
}

/** The data folder for the embedded runtime: `HUIJIAN_DATA_DIR` or `<project>/.data`. */
export function dataDir(): string {
  return resolve(process.env.HUIJIAN_DATA_DIR ?? join(projectRoot(), '.data'));
}

/**
 * Postgres refuses to run as root, so it runs as the `postgres` user, which must be able to traverse every parent
 * of its data folder. When the project sits under a private folder (e.g. /root), the cluster goes under /var/tmp
 * instead, in a folder named after the project path so that it still survives restarts.
 */
export function postgresReachableDir(wanted: string): string {
  if (process.getuid?.() !== 0 || everyParentTraversable(wanted)) return wanted;
  const tag = createHash('sha256').update(wanted).digest('hex').slice(0, 12);
  return join('/var/tmp', `huijian-pg-${tag}`);
}

function everyParentTraversable(path: string): boolean {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    try {
      const { mode } = statSync(dir);
      if ((mode & 0o001) === 0) return false;
    } catch {
      // not created yet: it will be created by us with default (0755) permissions
    }
    if (dirname(dir) === dir) return true;
  }
}
