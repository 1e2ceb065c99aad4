/**
 * The system under test, started the way `npm start` starts it but on free ports in a data folder of its own:
 * embedded Postgres (no fsync, like the tests) and a Temporal dev server (or, with --engine=postgres, the Temporal
 * server persisting to that Postgres), migrations, the demo organisation, and the
 * worker and API as child processes built from dist/. Plus a bench-only worker for the no-op workflow, a Temporal
 * client and a pg pool for seeding and raw-SQL baselines.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { DEFAULT_POLICY_SET, type ItemPolicy, resolvePolicy, type Severity } from '../libs/domain/src';
import { type DemoSeed, type DemoTokens, seedDemoOrganisation } from '../libs/organisation/src';
import { dataSourceOptions, runMigrations } from '../libs/persistence/src';
import {
  dataDir,
  freePort,
  freePortIn,
  projectRoot,
  type Runtime,
  startRuntime,
  stopChildProcess,
  sweepAbandonedRuns,
  TEMPORAL_SERVER_PORTS,
  type TemporalEngine,
} from '../libs/runtime/src';
import { WORKER_NODE_FLAGS } from '../apps/worker/src/node-flags';
import { installWorkerRuntime } from '../apps/worker/src/worker.factory';
import type { CalendarOverride } from '../libs/domain/src';
import { type ItemInput, workflowIds } from '../workflows/contracts';
import { HttpClient, runPool, sleep, waitFor, type Progress } from './support';

export const TIME_ZONE = 'Asia/Shanghai';
export const TASK_QUEUE = 'huijian-bench';
export const NOOP_TASK_QUEUE = 'huijian-bench-noop';

/** The demo organisation's ids the benchmarks act with. */
export interface DemoIds {
  regionId: string;
  leadUnitId: string;
  committeeUnitId: string;
  zhongjiangUnitId: string;
  leadPersonId: string;
}

/** A seeded bench region: its lead unit and its members (lead first). */
export interface BenchRegion {
  regionId: string;
  leadUnitId: string;
  units: string[];
}

export interface World {
  apiUrl: string;
  api: HttpClient;
  tokens: DemoTokens;
  demo: DemoIds;
  pg: Pool;
  databaseUrl: string;
  temporalAddress: string;
  temporal: Client;
  apiPid: () => number;
  workerPid: () => number;
  /** Every process of the system under test by role, for the CPU each phase costs. */
  processes: () => Record<'temporal' | 'postgres' | 'worker' | 'api', number | undefined>;
  /** The API's FILES_DIR (local-disk blob storage and uploads in flight). */
  filesDir: string;
  /** Bench regions seeded by SQL (benchmark 2 makes them; later benchmarks spread items over them). */
  regions: BenchRegion[];
  stop(): Promise<void>;
}

export interface WorldOptions {
  keepData: boolean;
  log: (line: string) => void;
  engine: TemporalEngine;
}

/** Starts everything; on failure stops what it started and rethrows. */
export async function startWorld(options: WorldOptions): Promise<World> {
  for (const swept of sweepAbandonedRuns(dataDir(), 'bench')) options.log(`removed ${swept}, left by a killed run`);
  const folder = join(dataDir(), `bench-${process.pid}`);
  rmSync(folder, { recursive: true, force: true });
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async (): Promise<void> => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
    if (!options.keepData) rmSync(folder, { recursive: true, force: true });
  };
  try {
    const engine = options.engine === 'postgres' ? 'the Temporal server on Postgres' : 'a Temporal dev server';
    options.log(`Starting embedded Postgres and ${engine} in ${folder} …`);
    const runtime: Runtime = await startRuntime({
      dataDir: folder,
      postgresPort: await freePort(),
      temporalPort:
        options.engine === 'postgres'
          ? await freePortIn(TEMPORAL_SERVER_PORTS.min, TEMPORAL_SERVER_PORTS.max)
          : await freePort(),
      namespace: 'default',
      database: 'huijian_bench',
      fast: true,
      temporalEngine: options.engine,
      log: options.log,
    });
    stops.push(runtime.stop);
    await runMigrations(runtime.databaseUrl);
    const ds = new DataSource(dataSourceOptions(runtime.databaseUrl, 1));
    await ds.initialize();
    const { tokens } = (await seedDemoOrganisation(ds)) as DemoSeed;
    await ds.destroy();

    const port = await freePort();
    const env = {
      ...process.env,
      DATABASE_URL: runtime.databaseUrl,
      TEMPORAL_ADDRESS: runtime.temporalAddress,
      TEMPORAL_TASK_QUEUE: TASK_QUEUE,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ORG_TIME_ZONE: TIME_ZONE,
      // The benchmarks hammer the API on purpose.
      RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '1000000',
      RATE_LIMIT_WRITES_PER_MINUTE: '10000000',
      FILES_DIR: join(folder, 'files'),
    };
    const children: Record<'worker' | 'api', ChildProcess> = {
      worker: forkApp('worker', env),
      api: forkApp('api', env),
    };
    for (const child of Object.values(children)) stops.push(() => stopChildProcess(child));
    const apiUrl = `http://127.0.0.1:${port}`;
    options.log('Waiting for the API and the worker (the worker bundles the workflows on start) …');
    const healthy = await waitFor(
      () =>
        fetch(`${apiUrl}/health`).then(
          (r) => (r.ok ? true : undefined),
          () => undefined,
        ),
      180_000,
      500,
    );
    if (!healthy) throw new Error(`the API did not report healthy on ${apiUrl}/health within 180 s`);

    installWorkerRuntime('warn');
    const connection = await Connection.connect({ address: runtime.temporalAddress });
    stops.push(() => connection.close());
    const temporal = new Client({ connection, namespace: 'default' });
    const pg = new Pool({ connectionString: runtime.databaseUrl, max: 40 });
    stops.push(() => pg.end());

    const noop = await startNoopWorker(runtime.temporalAddress);
    stops.push(noop.stop);
    const api = new HttpClient(apiUrl, 64);
    stops.push(async () => api.close());

    const demo = await demoIds(pg);
    await waitForWorker(temporal, demo, options.log);
    return {
      apiUrl,
      api,
      tokens,
      demo,
      pg,
      databaseUrl: runtime.databaseUrl,
      temporalAddress: runtime.temporalAddress,
      temporal,
      apiPid: () => children.api.pid as number,
      workerPid: () => children.worker.pid as number,
      processes: () => ({
        temporal: runtime.pids.temporal,
        postgres: runtime.pids.postgres,
        worker: children.worker.pid,
        api: children.api.pid,
      }),
      filesDir: join(folder, 'files'),
      regions: [],
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

function forkApp(app: 'worker' | 'api', env: NodeJS.ProcessEnv): ChildProcess {
  const main = join(projectRoot(), 'dist', 'apps', app, 'src', 'main.js');
  // Own process group, like the launcher's children; stopped in order by stop().
  return fork(main, [], {
    env,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    execArgv: app === 'worker' ? [...WORKER_NODE_FLAGS] : [],
  });
}

/** A worker in this process for the no-op workflow only, bundled from bench/ (never part of the product bundle). */
async function startNoopWorker(address: string): Promise<{ stop: () => Promise<void> }> {
  const connection = await NativeConnection.connect({ address });
  const worker = await Worker.create({
    connection,
    namespace: 'default',
    taskQueue: NOOP_TASK_QUEUE,
    workflowsPath: require.resolve('./noop.workflow'),
  });
  const running = worker.run();
  return {
    stop: async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
      await connection.close();
    },
  };
}

export async function demoIds(pg: Pool): Promise<DemoIds> {
  const one = async (sql: string, arg: string): Promise<string> => (await pg.query(sql, [arg])).rows[0].id;
  const region = (await pg.query(`SELECT id, lead_unit_id FROM regions WHERE code = 'wuhu'`)).rows[0];
  return {
    regionId: region.id,
    leadUnitId: region.lead_unit_id,
    committeeUnitId: await one('SELECT id FROM units WHERE code = $1', 'gs-dw'),
    zhongjiangUnitId: await one('SELECT id FROM units WHERE code = $1', 'wuhu-zjq-dzb'),
    leadPersonId: await one('SELECT id FROM people WHERE name LIKE $1', '%李强%'),
  };
}

/** The worker child polls only once it has bundled the workflows; one item round trip proves it is ready. */
async function waitForWorker(temporal: Client, demo: DemoIds, log: (line: string) => void): Promise<void> {
  const input = itemInput(
    demo,
    { regionId: demo.regionId, leadUnitId: demo.leadUnitId, units: [demo.zhongjiangUnitId] },
    0,
  );
  const handle = await temporal.workflow.start('itemWorkflow', {
    workflowId: `item-${input.itemId}`,
    taskQueue: TASK_QUEUE,
    args: [input],
  });
  const deadline = Date.now() + 180_000;
  for (;;) {
    const ready = await Promise.race([handle.query('itemState').then(() => true), sleep(5000).then(() => false)]).catch(
      () => false,
    );
    if (ready) return;
    if (Date.now() > deadline) throw new Error('the worker did not answer a query within 180 s');
    log('  … waiting for the worker');
  }
}

/** Local date (YYYY-MM-DD) of an instant in the organisation's time zone, `plusDays` later. */
export function localDate(at: number, plusDays = 0): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(at);
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString().slice(0, 10);
}

/**
 * The input the API would build for an item of a region's unit, for seeding by direct workflow starts (the API's
 * own creation path is what benchmark 1 measures). `n` spreads items over the region's units.
 */
export function itemInput(
  demo: DemoIds,
  region: BenchRegion,
  n: number,
  options: { deadline?: string; policy?: ItemPolicy; calendarOverrides?: CalendarOverride[]; title?: string } = {},
): ItemInput {
  const severity: Severity = 'major';
  const members = region.units.length > 1 ? region.units.slice(1) : region.units;
  return {
    itemId: randomUUID(),
    regionId: region.regionId,
    responsibleUnitId: members[n % members.length],
    responsiblePersonId: null,
    verifierUnitId: region.leadUnitId,
    committeeUnitId: demo.committeeUnitId,
    title: options.title ?? `基准测试整改项 ${n}`,
    description: 'bench',
    requirement: '',
    severity,
    deadline: options.deadline ?? localDate(Date.now(), 40),
    policyVersion: DEFAULT_POLICY_SET.version,
    policy: options.policy ?? resolvePolicy(DEFAULT_POLICY_SET, severity),
    timeZone: TIME_ZONE,
    calendarOverrides: options.calendarOverrides ?? [],
    createdBy: demo.leadPersonId,
  };
}

/** Starts item workflows directly (batched, concurrent) and waits until each one's ledger row is there. */
export async function startItems(
  world: World,
  inputs: ItemInput[],
  progress: Progress,
  concurrency = 48,
): Promise<{ started: number; inLedger: number; ms: number }> {
  const started = performance.now();
  const run = await runPool(
    inputs.length,
    concurrency,
    1_200_000,
    async (i) => {
      await world.temporal.workflow.start('itemWorkflow', {
        workflowId: `item-${inputs[i].itemId}`,
        taskQueue: TASK_QUEUE,
        args: [inputs[i]],
      });
    },
    progress,
  );
  progress.done();
  const ids = inputs.map((i) => i.itemId);
  let inLedger = 0;
  await waitFor(
    async () => {
      inLedger = (await world.pg.query('SELECT count(*)::int AS n FROM items WHERE id = ANY($1)', [ids])).rows[0].n;
      return inLedger >= run.done ? true : undefined;
    },
    // The worker projects at its own pace behind the starts; allow 20 rows/s at the least.
    Math.max(600_000, (run.done / 20) * 1000),
    500,
  );
  return { started: run.done, inLedger, ms: performance.now() - started };
}

/**
 * Each item workflow's history length so far (events recorded by the server): what an item costs Temporal, compared
 * before and after a change to the workflow.
 */
export async function itemHistoryLengths(world: World, itemIds: string[]): Promise<number[]> {
  const lengths: number[] = [];
  for (const id of itemIds) {
    lengths.push(Number((await world.temporal.workflow.getHandle(workflowIds.item(id)).describe()).historyLength));
  }
  return lengths;
}

/**
 * Seeds `regions` regions of `unitsPerRegion` units each (the first is the lead unit) under the demo committee,
 * straight into Postgres, with one programme per region for cycles to belong to.
 */
export async function seedRegions(world: World, regions: number, unitsPerRegion: number): Promise<BenchRegion[]> {
  const { rows: committee } = await world.pg.query('SELECT id, path FROM units WHERE id = $1', [
    world.demo.committeeUnitId,
  ]);
  const out: BenchRegion[] = [];
  const client = await world.pg.connect();
  try {
    await client.query('BEGIN');
    const tag = randomUUID().slice(0, 8);
    for (let r = 0; r < regions; r++) {
      const units = Array.from({ length: unitsPerRegion }, () => randomUUID());
      await client.query(
        `INSERT INTO units (id, code, name, kind, parent_id, path)
         SELECT u, 'bench-' || $1 || '-' || $2 || '-' || n, '基准单位 ' || $2 || '-' || n,
                CASE WHEN n = 1 THEN 'general_branch' ELSE 'branch' END, $3, $4 || u || '/'
           FROM unnest($5::uuid[]) WITH ORDINALITY AS t(u, n)`,
        [tag, r, committee[0].id, committee[0].path, units],
      );
      const regionId = randomUUID();
      await client.query(`INSERT INTO regions (id, code, name, lead_unit_id) VALUES ($1, $2, $3, $4)`, [
        regionId,
        `bench-${tag}-${r}`,
        `基准片区 ${r}`,
        units[0],
      ]);
      await client.query(`INSERT INTO region_members (region_id, unit_id) SELECT $1, unnest($2::uuid[])`, [
        regionId,
        units,
      ]);
      out.push({ regionId, leadUnitId: units[0], units });
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  world.regions.push(...out);
  return out;
}
