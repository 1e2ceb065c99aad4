import { execFile, spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { Client as PgClient } from 'pg';
import { registerSearchAttributes } from '../../temporal/src/search-attributes';
import { freePortIn, waitForPort } from './free-port';
import type { RunningTemporal } from './temporal-dev-server';

/**
 * The production engine on this machine: the Temporal server of docker-compose's release (built by
 * scripts/temporal-server.mjs into `.tools/temporal-server-<version>/`) persisting to a Postgres, its two databases
 * set up by its own schema tool. Only `npm run bench -- --engine=postgres` starts it (docs/production.md).
 */
export interface TemporalPostgresServerOptions {
  /** Folder for the server's config files and log. */
  dir: string;
  /** The Postgres the server persists to: its databases `temporal` and `temporal_visibility` go there. */
  databaseUrl: string;
  /** Frontend gRPC port on loopback, at most 32767 (the other services take free ports below it too). */
  port: number;
  namespace: string;
  /** Folder of the built server, sql tool and schema; default TEMPORAL_SERVER_DIR, which the bootstrap sets. */
  serverDir?: string;
  /** History shards: fixed for the life of a cluster. 4, like docker-compose's auto-setup. */
  historyShards?: number;
  log?: (line: string) => void;
}

const SERVICES = ['frontend', 'history', 'matching', 'worker'] as const;
/** The server keeps its services' ports in `cluster_membership.rpc_port`, a SMALLINT. */
export const TEMPORAL_SERVER_PORTS = { min: 20_000, max: 32_767 } as const;
/** The namespace registry's refresh: a new namespace or search attribute is usable after it has run. */
const NAMESPACE_REFRESH_MS = 1_000;

/** Sets up the schema, writes the config, starts the server and resolves once the namespace answers. */
export async function startTemporalPostgresServer(options: TemporalPostgresServerOptions): Promise<RunningTemporal> {
  const log = options.log ?? (() => undefined);
  if (options.port > TEMPORAL_SERVER_PORTS.max) {
    throw new Error(`the Temporal server's port must be at most ${TEMPORAL_SERVER_PORTS.max}, got ${options.port}`);
  }
  const bin = serverBinaries(options.serverDir ?? process.env.TEMPORAL_SERVER_DIR);
  const db = new URL(options.databaseUrl);
  const pg = {
    host: db.hostname,
    port: Number(db.port || 5432),
    user: decodeURIComponent(db.username),
    password: decodeURIComponent(db.password),
  };
  const stores = { default: 'temporal', visibility: 'temporal_visibility' } as const;
  for (const [store, database] of Object.entries(stores)) {
    await setUpSchema(bin, pg, database, join(bin.schemaDir, store === 'default' ? 'temporal' : 'visibility'));
  }
  log(`Temporal schema set up in ${stores.default} and ${stores.visibility} (${bin.sqlTool})`);

  mkdirSync(options.dir, { recursive: true });
  const dynamicConfig = join(options.dir, 'dynamicconfig.yaml');
  // JSON is YAML: both files are written as JSON, so no YAML library is needed.
  writeFileSync(
    dynamicConfig,
    JSON.stringify({
      'system.namespaceCacheRefreshInterval': [{ value: `${NAMESPACE_REFRESH_MS / 1000}s`, constraints: {} }],
      'limit.maxIDLength': [{ value: 255, constraints: {} }],
    }),
  );
  const ports = Object.fromEntries(
    await Promise.all(
      SERVICES.map(async (s) => [
        s,
        { grpc: s === 'frontend' ? options.port : await lowPort(), gossip: await lowPort() },
      ]),
    ),
  ) as Record<(typeof SERVICES)[number], { grpc: number; gossip: number }>;
  const datastore = (database: string, maxConns: number): object => ({
    sql: {
      pluginName: 'postgres12',
      databaseName: database,
      connectAddr: `${pg.host}:${pg.port}`,
      connectProtocol: 'tcp',
      user: pg.user,
      password: pg.password,
      maxConns,
      maxIdleConns: maxConns,
      maxConnLifetime: '1h',
    },
  });
  const config = {
    log: { stdout: true, level: 'warn' },
    persistence: {
      defaultStore: 'default',
      visibilityStore: 'visibility',
      numHistoryShards: options.historyShards ?? 4,
      datastores: { default: datastore(stores.default, 20), visibility: datastore(stores.visibility, 5) },
    },
    global: { membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' } },
    services: Object.fromEntries(
      SERVICES.map((s) => [
        s,
        { rpc: { grpcPort: ports[s].grpc, membershipPort: ports[s].gossip, bindOnLocalHost: true } },
      ]),
    ),
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: 'active',
      currentClusterName: 'active',
      clusterInformation: {
        active: {
          enabled: true,
          initialFailoverVersion: 1,
          rpcName: 'frontend',
          rpcAddress: `127.0.0.1:${options.port}`,
        },
      },
    },
    dcRedirectionPolicy: { policy: 'noop' },
    dynamicConfigClient: { filepath: dynamicConfig, pollInterval: '10s' },
  };
  mkdirSync(join(options.dir, 'config'), { recursive: true });
  writeFileSync(join(options.dir, 'config', 'huijian.yaml'), JSON.stringify(config, null, 2), { mode: 0o600 });

  const logFile = join(options.dir, 'server.log');
  const args = ['--root', options.dir, '--config', 'config', '--env', 'huijian', '--allow-no-auth', 'start'];
  // Own process group, like the dev server: the bench stops it after its clients.
  const out = openSync(logFile, 'a');
  const child = spawn(bin.server, args, { stdio: ['ignore', out, out], detached: true });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const killOnExit = (): void => void child.kill('SIGTERM');
  process.once('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));

  const address = `127.0.0.1:${options.port}`;
  try {
    await Promise.race([
      ready(address, options.namespace),
      exited.then(() => {
        throw new Error(`the server exited (exit ${child.exitCode ?? child.signalCode}); see ${logFile}`);
      }),
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(
      `Temporal server (${bin.server}) on Postgres failed to start on ${address}: ` +
        `${error instanceof Error ? error.message : String(error)}`,
    );
  }
  log(`Temporal server on Postgres ready on ${address} (log: ${logFile})`);
  return {
    address,
    pid: child.pid ?? -1,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

const lowPort = (): Promise<number> => freePortIn(TEMPORAL_SERVER_PORTS.min, TEMPORAL_SERVER_PORTS.max);

interface ServerBinaries {
  server: string;
  sqlTool: string;
  schemaDir: string;
}

function serverBinaries(dir: string | undefined): ServerBinaries {
  const missing =
    'The Temporal server for --engine=postgres is not built: `node scripts/temporal-server.mjs` builds it into ' +
    '.tools/ and prints its folder (`npm run bench -- --engine=postgres` does this itself); set TEMPORAL_SERVER_DIR to it.';
  if (!dir) throw new Error(missing);
  const bin = {
    server: join(dir, 'server'),
    sqlTool: join(dir, 'sql'),
    schemaDir: join(dir, 'schema', 'postgresql', 'v12'),
  };
  try {
    accessSync(bin.server, constants.X_OK);
    accessSync(bin.sqlTool, constants.X_OK);
    accessSync(bin.schemaDir);
  } catch {
    throw new Error(`${missing} (looked in ${dir})`);
  }
  return bin;
}

type PgAddress = { host: string; port: number; user: string; password: string };

/** create-database when missing, then setup-schema -v 0.0 and update-schema from the release's versioned folder. */
async function setUpSchema(bin: ServerBinaries, pg: PgAddress, database: string, schema: string): Promise<void> {
  const admin = new PgClient({ ...pg, database: 'postgres' });
  await admin.connect();
  const exists = await admin
    .query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    .then((r) => (r.rowCount ?? 0) > 0)
    .finally(() => admin.end());
  const tool = async (...command: string[]): Promise<void> => {
    const args = ['--plugin', 'postgres12', '--ep', pg.host, '--port', String(pg.port), '--user', pg.user];
    // The password through the environment (SQL_PASSWORD), not on a command line that `ps` shows.
    await promisify(execFile)(bin.sqlTool, [...args, '--db', database, ...command], {
      env: { ...process.env, SQL_PASSWORD: pg.password },
    }).catch((error: { stderr?: string; message: string }) => {
      throw new Error(
        `temporal sql tool ${command[0]} on ${database} failed: ${(error.stderr ?? error.message).trim()}`,
      );
    });
  };
  if (!exists) await tool('create-database');
  await tool('setup-schema', '-v', '0.0');
  await tool('update-schema', '-d', join(schema, 'versioned'));
}

/** Frontend up, namespace registered and known, the workflows' search attributes added. */
async function ready(address: string, namespace: string): Promise<void> {
  const [host, port] = address.split(':');
  await waitForPort(host, Number(port), 120_000, 'Temporal frontend');
  const connection = await retry(() => Connection.connect({ address, connectTimeout: 5_000 }), 60_000);
  try {
    await retry(
      () =>
        connection.workflowService
          .registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('1 day') })
          .catch((error: { code?: number }) => {
            if (error.code !== 6) throw error; // ALREADY_EXISTS: a restart on the same databases
          }),
      60_000,
    );
    await retry(() => connection.workflowService.describeNamespace({ namespace }), 30_000);
    await retry(() => registerSearchAttributes(connection, namespace), 30_000);
    // A new namespace and new search attributes are used once the registry has refreshed (2 runs to be sure).
    await new Promise((r) => setTimeout(r, 2 * NAMESPACE_REFRESH_MS));
    await retry(() => connection.workflowService.listWorkflowExecutions({ namespace, pageSize: 1 }), 30_000);
  } finally {
    await connection.close();
  }
}

async function retry<T>(attempt: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
