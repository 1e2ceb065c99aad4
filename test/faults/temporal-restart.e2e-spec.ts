/**
 * Fault drill: the Temporal dev server stops and starts again on its SQLite file while items and a cycle are open.
 * The items' reminders fall due while it is down (see near-reminders.ts); after the restart every one of those
 * timers fires and is delivered exactly once, and the items and the cycle still answer and take actions through the
 * API. The suite runs a dev server of its own (free port, own SQLite file) so the run's shared one is never stopped;
 * the worker is a real process that stays up across the outage, the API the in-process one of the harness.
 *
 * FAULTS_TEMPORAL_ITEMS sets the number of items (default 20 in `npm test`; `npm run test:faults` runs 200).
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { Pair } from '../../libs/domain/src';
import { dataDir, freePort, type RunningTemporal, startTemporalDevServer } from '../../libs/runtime/src';
import { cycleStateQuery, itemStateQuery } from '../../workflows/contracts';
import { demoRegion, insertProgramme, marks, nextCycleInput } from '../support/cycles';
import { bearer, eventually, type Harness, startHarness } from '../support/harness';
import {
  alertsWritten,
  expectDeliveredExactlyOnce,
  expectedAlerts,
  nearReminders,
  startItems,
} from '../support/near-reminders';
import { type AppProcess, ensureCompiledApps, startWorkerProcess } from '../support/processes';

const ITEMS = Number(process.env.FAULTS_TEMPORAL_ITEMS ?? 20);
/** The server goes down this long before the reminder minute and comes back as long after it. */
const AROUND_DUE_MS = 8_000;

jest.setTimeout(300_000 + ITEMS * 500);

describe('fault drill: Temporal dev server stopped and restarted on its SQLite file', () => {
  const folder = join(dataDir(), `faults-temporal-${randomBytes(4).toString('hex')}`);
  let port: number;
  let server: RunningTemporal;
  let h: Harness;
  let worker: AppProcess;
  let connection: Connection;
  let temporal: Client;

  const startServer = () =>
    startTemporalDevServer({ dbFile: join(folder, 'temporal.sqlite'), port, namespace: 'default' });

  beforeAll(async () => {
    const apps = ensureCompiledApps((line) => console.log(line));
    port = await freePort();
    server = await startServer();
    h = await startHarness({ env: { TEMPORAL_ADDRESS: server.address } });
    worker = await startWorkerProcess(apps, {
      databaseUrl: h.databaseUrl,
      temporalAddress: server.address,
      taskQueue: h.taskQueue,
    });
    connection = await Connection.connect({ address: server.address });
    temporal = new Client({ connection });
  });
  afterAll(async () => {
    await worker?.stop();
    await connection?.close();
    await h?.close();
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it(`keeps ${ITEMS} items and a cycle going, due timers included, across the restart`, async () => {
    const phase = (what: string) => console.log(`[temporal drill] ${what}`);
    const { dueAt, dueLocal, inputs } = await nearReminders(h.db, ITEMS, 40_000 + ITEMS * 80);
    await startItems(temporal, h.taskQueue, h.db, inputs);

    const region = await demoRegion(h.db);
    const programmeId = await insertProgramme(h.db, region);
    const cycleInput = await nextCycleInput(h.db, region, programmeId, 1, '2030-01', [] as Pair[][]);
    const cycle = await temporal.workflow.start('cycleWorkflow', {
      workflowId: `cycle-${programmeId}-2030-01`,
      taskQueue: h.taskQueue,
      args: [cycleInput],
    });
    await eventually(async () =>
      (await h.db.query('SELECT 1 FROM cycles WHERE id = $1', [cycleInput.cycleId])).length ? true : undefined,
    );
    expect(Date.now()).toBeLessThan(dueAt - AROUND_DUE_MS);
    const ladder = await expectedAlerts(h.db, inputs, dueAt);
    const expected = [...ladder.values()].reduce((n, alerts) => n + alerts.length, 0);
    expect(expected).toBe(ITEMS * 4);

    // Down before the reminder minute, up after it: the timers come due while nothing runs them.
    await new Promise((r) => setTimeout(r, dueAt - AROUND_DUE_MS - Date.now()));
    await server.stop();
    const stoppedAt = Date.now();
    expect(await alertsWritten(h.db, inputs)).toBe(0);
    await new Promise((r) => setTimeout(r, dueAt + AROUND_DUE_MS - Date.now()));
    expect(await alertsWritten(h.db, inputs)).toBe(0);
    server = await startServer();
    const restartedAt = Date.now();
    phase(`${ITEMS} items and a cycle open; server down ${restartedAt - stoppedAt} ms over the minute ${dueLocal}`);

    await eventually(
      async () => ((await alertsWritten(h.db, inputs)) >= expected ? true : undefined),
      120_000 + ITEMS * 200,
    );
    phase(`all ${expected} reminders written ${((Date.now() - restartedAt) / 1000).toFixed(1)} s after the restart`);
    await new Promise((r) => setTimeout(r, 2_000)); // a late duplicate would show below
    await expectDeliveredExactlyOnce(h.db, ladder);
    expect(worker.child.exitCode).toBeNull();

    // Every item is still a running workflow with the ledger's state; one of them takes an action through the API.
    for (const input of inputs) {
      const state = await temporal.workflow.getHandle(`item-${input.itemId}`).query(itemStateQuery);
      const [row] = await h.db.query('SELECT status, projection_seq FROM items WHERE id = $1', [input.itemId]);
      expect(row).toEqual({ status: 'open', projection_seq: state.eventSeq });
    }
    const mine = inputs.find((input) => input.responsibleUnitId === region.zhongjiang);
    const acted = await h
      .http()
      .post(`/items/${mine?.itemId}/plan`)
      .set(bearer(h.tokens.branchSecretary))
      .send({ plan: '重启后提交' });
    expect(acted.status).toBe(200);
    expect(acted.body.status).toBe('in_progress');

    // The cycle: still in its phase, and it takes a self-check (once, however often the same request is retried).
    expect((await cycle.query(cycleStateQuery)).phase).toBe('self_check');
    const selfCheck = () =>
      h
        .http()
        .post(`/cycles/${cycleInput.cycleId}/self-check`)
        .set(bearer(h.tokens.branchSecretary))
        .set('Idempotency-Key', 'after-restart')
        .send({ scores: marks(90), findings: [] });
    expect((await selfCheck()).status).toBe(200);
    expect((await selfCheck()).status).toBe(200);
    const submissions = await h.db.query('SELECT kind FROM cycle_submissions WHERE cycle_id = $1', [
      cycleInput.cycleId,
    ]);
    expect(submissions).toEqual([{ kind: 'self_check' }]);
  });
});
