/**
 * Scale-out drill: two worker processes on one task queue share a 09:00-like burst — items created while the
 * reminders of earlier items fall due — and one of them is killed with SIGKILL mid-burst. Both take work (each at
 * least 30 % of the burst's workflow and activity tasks until the kill, counted by worker identity in the item
 * histories), and the kill loses and doubles nothing: every item is on the ledger once with one 'created' event, every
 * reminder is on its timeline once and in the inbox once. Correctness only: 2 cores cannot show a speed-up (the
 * sizing in bench/README.md, "Postgres-backed server", is derived from the benchmarks).
 *
 * FAULTS_SCALE_OUT_ITEMS sets the items of each wave (default 60 in `npm test`; `npm run test:faults` runs 500):
 * wave A's four reminders each fall due at one minute, wave B is created from that minute on.
 */
import { Client, Connection } from '@temporalio/client';
import { tsToMs } from '@temporalio/common/lib/time';
import type { ItemInput } from '../../workflows/contracts';
import { eventually, type Harness, startHarness } from '../support/harness';
import {
  alertsWritten,
  expectDeliveredExactlyOnce,
  expectedAlerts,
  nearReminders,
  startItems,
} from '../support/near-reminders';
import { type AppProcess, type CompiledApps, ensureCompiledApps, startWorkerProcess } from '../support/processes';

const ITEMS = Number(process.env.FAULTS_SCALE_OUT_ITEMS ?? 60);
/** Each worker's least share of the tasks both were alive for. */
const LEAST_SHARE = 0.3;

jest.setTimeout(600_000 + ITEMS * 2_000);

describe('scale-out drill: two workers on one task queue, one killed mid-burst', () => {
  let h: Harness;
  let apps: CompiledApps;
  let connection: Connection;
  let temporal: Client;
  const workers: AppProcess[] = [];

  beforeAll(async () => {
    apps = ensureCompiledApps((line) => console.log(line));
    h = await startHarness();
    connection = await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS as string });
    temporal = new Client({ connection });
  });
  afterAll(async () => {
    for (const w of workers) await w.stop();
    await connection?.close();
    await h?.close();
  });

  const startWorker = async (): Promise<AppProcess> => {
    const worker = await startWorkerProcess(apps, {
      databaseUrl: h.databaseUrl,
      temporalAddress: process.env.TEST_TEMPORAL_ADDRESS as string,
      taskQueue: h.taskQueue,
    });
    workers.push(worker);
    return worker;
  };

  /**
   * Workflow tasks completed and activity tasks started before `until`, by worker identity (the SDK's default,
   * `<pid>@<host>`), over these items' histories.
   */
  const tasksByWorker = async (inputs: ItemInput[], until: number): Promise<Map<string, number>> => {
    const counts = new Map<string, number>();
    for (let i = 0; i < inputs.length; i += 20) {
      const histories = await Promise.all(
        inputs.slice(i, i + 20).map((x) => temporal.workflow.getHandle(`item-${x.itemId}`).fetchHistory()),
      );
      for (const event of histories.flatMap((history) => history.events ?? [])) {
        const identity =
          event.workflowTaskCompletedEventAttributes?.identity ?? event.activityTaskStartedEventAttributes?.identity;
        if (identity && tsToMs(event.eventTime) < until) counts.set(identity, (counts.get(identity) ?? 0) + 1);
      }
    }
    return counts;
  };

  it(`shares a burst of ${ITEMS} reminded and ${ITEMS} new items, and a kill of one worker loses and doubles nothing`, async () => {
    const phase = (what: string) => console.log(`[scale-out drill] ${what}`);
    const [worker1, worker2] = await Promise.all([startWorker(), startWorker()]);
    // Wave A: created first, its reminders due at one minute; wave B: created from that minute on, its own far off.
    const waveA = await nearReminders(h.db, ITEMS, 30_000 + ITEMS * 120);
    const waveB = (await nearReminders(h.db, ITEMS, 3_600_000)).inputs;
    const creating = Date.now();
    await startItems(temporal, h.taskQueue, h.db, waveA.inputs);
    phase(`${ITEMS} items of wave A on the ledger in ${Date.now() - creating} ms; reminders due at ${waveA.dueLocal}`);
    expect(Date.now()).toBeLessThan(waveA.dueAt);
    const ladder = await expectedAlerts(h.db, waveA.inputs, waveA.dueAt);
    const expected = [...ladder.values()].reduce((n, alerts) => n + alerts.length, 0);
    expect(expected).toBe(ITEMS * 4);

    await new Promise((r) => setTimeout(r, waveA.dueAt - Date.now()));
    // Awaited after the kill; its failure is kept as a value until then (no unhandled rejection meanwhile).
    const creatingB = startItems(temporal, h.taskQueue, h.db, waveB, 180_000 + ITEMS * 500).then(
      () => undefined,
      (error: unknown) => error,
    );
    // The kill: once a quarter of the reminders is written, with wave B's creations in flight.
    await eventually(
      async () => ((await alertsWritten(h.db, waveA.inputs)) >= expected / 4 ? true : undefined),
      120_000,
    );
    const killedAt = Date.now();
    await worker1.kill();
    const atKill = await alertsWritten(h.db, waveA.inputs);
    phase(`${atKill} of ${expected} reminders written ${killedAt - waveA.dueAt} ms after the minute; SIGKILL`);
    expect(worker1.child.signalCode).toBe('SIGKILL');
    expect(atKill).toBeLessThan(expected);

    // The survivor takes over what the dead worker held once its timeouts run out (sticky queue, activities).
    const failedB = await creatingB;
    if (failedB) throw failedB;
    await eventually(
      async () => ((await alertsWritten(h.db, waveA.inputs)) >= expected ? true : undefined),
      240_000 + ITEMS * 1_000,
    );
    phase(`all ${expected} reminders written ${((Date.now() - waveA.dueAt) / 1000).toFixed(1)} s after the minute`);
    // A late duplicate of what the dead worker left half-done would show below.
    await new Promise((r) => setTimeout(r, 5_000));

    // Both took work while both were alive.
    const inputs = [...waveA.inputs, ...waveB];
    const shares = await tasksByWorker(inputs, killedAt);
    const total = [...shares.values()].reduce((a, b) => a + b, 0);
    const share = (w: AppProcess): number =>
      [...shares].filter(([identity]) => identity.startsWith(`${w.pid}@`)).reduce((n, [, c]) => n + c, 0) / total;
    phase(
      `tasks until the kill: ${total}; worker 1 ${(share(worker1) * 100).toFixed(1)} %, ` +
        `worker 2 ${(share(worker2) * 100).toFixed(1)} %`,
    );
    expect(share(worker1) + share(worker2)).toBe(1);
    expect(share(worker1)).toBeGreaterThanOrEqual(LEAST_SHARE);
    expect(share(worker2)).toBeGreaterThanOrEqual(LEAST_SHARE);

    // Nothing lost, nothing doubled: each item on the ledger once with one 'created' event; wave A's reminders each
    // once on the timeline and in the inbox; wave B's timelines without a gap and with no reminder yet.
    const ids = inputs.map((x) => x.itemId);
    const [ledger] = await h.db.query(`SELECT count(*)::int AS n FROM items WHERE id = ANY($1)`, [ids]);
    expect(ledger.n).toBe(2 * ITEMS);
    const created: { item_id: string; n: number }[] = await h.db.query(
      `SELECT item_id, count(*)::int AS n FROM item_events WHERE kind = 'created' AND item_id = ANY($1) GROUP BY 1`,
      [ids],
    );
    expect(created.filter((r) => r.n !== 1)).toEqual([]);
    expect(created).toHaveLength(2 * ITEMS);
    const ladderB = await expectedAlerts(h.db, waveB, Date.now());
    await expectDeliveredExactlyOnce(h.db, new Map([...ladder, ...ladderB]));
  });
});
