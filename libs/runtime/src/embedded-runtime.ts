import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';
import { startTemporalDevServer } from './temporal-dev-server';

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
  /** Stops what this runtime started (never an external dependency), Temporal first, then Postgres. */
  stop(): Promise<void>;
}

/** Starts whatever of Postgres and Temporal is not given from outside, in one project-local data folder. */
export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const log = options.log ?? (() => undefined);
  const stops: (() => Promise<void>)[] = [];
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
      log(`Embedded Postgres ready on 127.0.0.1:${options.postgresPort} (${pg.clusterDir})`);
    }
    let temporalAddress = options.temporalAddress;
    let temporalUiUrl: string | undefined;
    if (!temporalAddress) {
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
      log(`Temporal dev server ready on ${temporal.address}`);
    }
    return {
      databaseUrl,
      temporalAddress,
      temporalUiUrl,
      stop: async () => {
        for (const stop of stops) await stop().catch((e: unknown) => log(`stop failed: ${String(e)}`));
      },
    };
  } catch (error) {
    for (const stop of stops) await stop().catch(() => undefined);
    throw error;
  }
}
