import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';
import { startTemporalPostgresServer } from './temporal-postgres-server';
import { startTemporalDevServer } from './temporal-dev-server';

/**
 * Which Temporal the runtime starts: the dev server (SQLite, one process; `npm start`, tests, the bench by default) or
 * the server of docker-compose's release persisting to the runtime's Postgres (`npm run bench -- --engine=postgres`).
 */
export type TemporalEngine = 'dev' | 'postgres';

export interface RuntimeOptions {
  /** Folder holding the Postgres cluster and the Temporal SQLite file. */
  dataDir: string;
  /** Use this Postgres instead of starting one. */
  databaseUrl?: string;
  /** Use this Temporal frontend instead of starting a dev server. */
  temporalAddress?: string;
  postgresPort: number;
  temporalPort: number;
  temporalUiPort?: number;
  /** Default 'dev'. */
  temporalEngine?: TemporalEngine;
  namespace: string;
  database: string;
  /** Test runs: Postgres without fsync. */
  fast?: boolean;
  log?: (line: string) => void;
}

export interface Runtime {
  databaseUrl: string;
  temporalAddress: string;
  temporalUiUrl?: string;
  /** The processes this runtime started (for the bench's CPU accounting). */
  pids: { postgres?: number; temporal?: number };
  /** Stops what this runtime started (never an external dependency), Temporal first, then Postgres. */
  stop(): Promise<void>;
}

/** Starts whatever of Postgres and Temporal is not given from outside, in one project-local data folder. */
export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const log = options.log ?? (() => undefined);
  const stops: (() => Promise<void>)[] = [];
  const pids: Runtime['pids'] = {};
  try {
    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({
        clusterDir: join(options.dataDir, 'postgres'),
        port: options.postgresPort,
        database: options.database,
        fast: options.fast,
      });
      stops.unshift(pg.stop);
      databaseUrl = pg.url;
      pids.postgres = pg.pid;
      log(`Embedded Postgres ready on 127.0.0.1:${options.postgresPort} (${pg.clusterDir})`);
    }
    let temporalAddress = options.temporalAddress;
    let temporalUiUrl: string | undefined;
    if (!temporalAddress && options.temporalEngine === 'postgres') {
      const temporal = await startTemporalPostgresServer({
        dir: join(options.dataDir, 'temporal-server'),
        databaseUrl,
        port: options.temporalPort,
        namespace: options.namespace,
        log,
      });
      stops.unshift(temporal.stop);
      temporalAddress = temporal.address;
      pids.temporal = temporal.pid;
    } else if (!temporalAddress) {
      const temporal = await startTemporalDevServer({
        dbFile: join(options.dataDir, 'temporal.sqlite'),
        port: options.temporalPort,
        uiPort: options.temporalUiPort,
        namespace: options.namespace,
        log,
      });
      stops.unshift(temporal.stop);
      temporalAddress = temporal.address;
      temporalUiUrl = temporal.uiUrl;
      pids.temporal = temporal.pid;
      log(`Temporal dev server ready on ${temporal.address}`);
    }
    return {
      databaseUrl,
      temporalAddress,
      temporalUiUrl,
      pids,
      stop: async () => {
        for (const stop of stops) await stop().catch((e: unknown) => log(`stop failed: ${String(e)}`));
      },
    };
  } catch (error) {
    for (const stop of stops) await stop().catch(() => undefined);
    throw error;
  }
}
