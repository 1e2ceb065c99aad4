/**
 * Fault drill: Postgres stops while items move. Updates reach the item workflows during the outage, their projection
 * activities fail and retry, and once Postgres is back every timeline event and notification is there exactly once;
 * /health says 503 naming Postgres meanwhile and 200 afterwards. Worker and API are real processes on a Postgres
 * cluster of this suite's own (the run's shared one is never stopped).
 *
 * FAULTS_PG_OUTAGE_S sets the outage (default 10 s inside `npm test`; `npm run test:faults` uses 30 s).
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection, type WorkflowUpdateHandle } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { addCalendarDays, localDateOf } from '../../libs/domain/src';
import { type DemoSeed, type DemoTokens, seedDemoOrganisation } from '../../libs/organisation/src';
import { dataSourceOptions, runMigrations } from '../../libs/persistence/src';
import { dataDir, freePort, type RunningPostgres, startEmbeddedPostgres } from '../../libs/runtime/src';
import { itemStateQuery, itemUpdates, type ItemView } from '../../workflows/contracts';
import { eventually } from '../support/harness';
import {
  type ApiProcess,
  type AppProcess,
  ensureCompiledApps,
  startApiProcess,
  startWorkerProcess,
} from '../support/processes';

const OUTAGE_MS = Number(process.env.FAULTS_PG_OUTAGE_S ?? 10) * 1000;
const ITEMS = 8;

jest.setTimeout(180_000 + OUTAGE_MS * 2);

describe('fault drill: Postgres stopped while items move', () => {
  const tag = randomBytes(4).toString('hex');
  const clusterDir = join(dataDir(), `faults-pg-${tag}`);
  let port: number;
  let pg: RunningPostgres;
  let worker: AppProcess;
  let api: ApiProcess;
  let connection: Connection;
  let temporal: Client;
  let tokens: DemoTokens;

  const startPostgres = () => startEmbeddedPostgres({ clusterDir, port, database: 'huijian', fast: true });
  const withDb = async <T>(use: (db: DataSource) => Promise<T>): Promise<T> => {
    const db = new DataSource(dataSourceOptions(pg.url, 2));
    await db.initialize();
    try {
      return await use(db);
    } finally {
      await db.destroy();
    }
  };
  const health = async (): Promise<{ status: number; body: Record<string, { status: string }> }> => {
    const res = await fetch(`${api.url}/health`);
    return { status: res.status, body: (await res.json()) as Record<string, { status: string }> };
  };

  beforeAll(async () => {
    const apps = ensureCompiledApps((line) => console.log(line));
    port = await freePort();
    pg = await startPostgres();
    await runMigrations(pg.url);
    tokens = ((await withDb((db) => seedDemoOrganisation(db))) as DemoSeed).tokens;
    const taskQueue = `faults-pg-${tag}`;
    const temporalAddress = process.env.TEST_TEMPORAL_ADDRESS as string;
    worker = await startWorkerProcess(apps, { databaseUrl: pg.url, temporalAddress, taskQueue });
    api = await startApiProcess(apps, { databaseUrl: pg.url, temporalAddress, taskQueue });
    connection = await Connection.connect({ address: temporalAddress });
    temporal = new Client({ connection });
  });
  afterAll(async () => {
    await api?.stop();
    await worker?.stop();
    await connection?.close();
    await pg?.stop();
    rmSync(clusterDir, { recursive: true, force: true });
  });

  it(`loses and doubles nothing across a ${OUTAGE_MS / 1000} s outage, and /health tells`, async () => {
    const call = (method: string, path: string, token: string, body?: unknown) =>
      fetch(`${api.url}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const [unit] = await withDb((db) => db.query(`SELECT id FROM units WHERE code = 'wuhu-zjq-dzb'`));
    const [secretary] = await withDb((db) => db.query(`SELECT id FROM people WHERE name LIKE '%张华%'`));
    const deadline = addCalendarDays(localDateOf(Date.now(), 'Asia/Shanghai'), 30);
    const ids: string[] = [];
    for (let i = 0; i < ITEMS; i++) {
      const res = await call('POST', '/items', tokens.leadAdmin, {
        responsibleUnitId: unit.id,
        title: `停库演练 ${i + 1}`,
        severity: 'major',
        deadline,
      });
      expect(res.status).toBe(201);
      ids.push(((await res.json()) as { id: string }).id);
    }
    expect((await health()).status).toBe(200);

    await pg.stop();
    const outageStarted = Date.now();
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body.postgres).toEqual({ status: 'down' });
    expect(down.body.temporal.status).toBe('up');
    // Through the API an action needs the ledger first, so it is refused whole; nothing reaches the workflow.
    const refused = await call('POST', `/items/${ids[0]}/plan`, tokens.branchSecretary, { plan: '停库时提交' });
    expect(refused.status).toBeGreaterThanOrEqual(500);
    // Straight to Temporal the items keep moving: accepted at once, their projection activities retry until Postgres is back.
    const actor = { personId: secretary.id as string, side: 'responsible' as const };
    const pending: WorkflowUpdateHandle<ItemView>[] = [];
    for (const id of ids) {
      const handle = temporal.workflow.getHandle(`item-${id}`);
      pending.push(
        await handle.startUpdate(itemUpdates.submitPlan, {
          args: [actor, { plan: '停库期间' }],
          waitForStage: 'ACCEPTED',
        }),
        await handle.startUpdate(itemUpdates.reportProgress, {
          args: [actor, { progress: '照常推进' }],
          waitForStage: 'ACCEPTED',
        }),
      );
    }
    await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - outageStarted))));
    expect((await health()).status).toBe(503);
    expect(worker.child.exitCode).toBeNull();

    pg = await startPostgres();
    const recoveredIn = await eventually(
      async () => ((await health()).status === 200 ? Date.now() : undefined),
      60_000,
    );
    // Activity retries back off (1 s doubling, at most 1 min), so the last one may come a while after recovery.
    await Promise.all(pending.map((u) => u.result()));
    console.log(
      `[postgres drill] outage ${((recoveredIn - outageStarted) / 1000).toFixed(1)} s until /health was 200; ` +
        `all updates projected ${((Date.now() - recoveredIn) / 1000).toFixed(1)} s after that`,
    );

    await withDb(async (db) => {
      for (const id of ids) {
        const events: { seq: number; kind: string }[] = await db.query(
          'SELECT seq, kind FROM item_events WHERE item_id = $1 ORDER BY seq',
          [id],
        );
        expect(events).toEqual([
          { seq: 1, kind: 'created' },
          { seq: 2, kind: 'plan_submitted' },
          { seq: 3, kind: 'progress_reported' },
        ]);
        // Each exactly once; their row order is whichever retry reached Postgres first after the outage.
        const notes: { kind: string; audience: string }[] = await db.query(
          'SELECT kind, audience FROM notifications WHERE item_id = $1 ORDER BY kind',
          [id],
        );
        expect(notes.map((n) => `${n.kind}→${n.audience}`)).toEqual([
          'assigned→responsible',
          'plan_submitted→verifier',
          'progress_reported→verifier',
        ]);
        const [row] = await db.query('SELECT status, projection_seq FROM items WHERE id = $1', [id]);
        const state = await temporal.workflow.getHandle(`item-${id}`).query(itemStateQuery);
        expect(row).toEqual({ status: 'in_progress', projection_seq: state.eventSeq });
        expect(state.eventSeq).toBe(3);
      }
    });
    // And through the API again: the same action as before the outage is now refused as already done (409), not lost.
    const again = await call('POST', `/items/${ids[0]}/plan`, tokens.branchSecretary, { plan: '再次提交' });
    expect(again.status).toBe(409);
    expect(worker.child.exitCode).toBeNull();
    expect(api.child.exitCode).toBeNull();
  });
});
