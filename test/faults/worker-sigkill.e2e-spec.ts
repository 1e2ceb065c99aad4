/**
 * Fault drill: the worker process is killed with SIGKILL while items have reminders due, and a new worker process
 * delivers every reminder exactly once. Runs on the run's real Temporal dev server in real time, with each item's
 * four reminders due at one minute a little ahead (see near-reminders.ts). Both workers are real
 * `node apps/worker/src/main.js` processes on the suite's own database and task queue.
 *
 * (The Java time-skipping server was tried first: after a kill its clock stopped short at 200 items, a time lock
 * of a task the dead worker held was never released. Real time has no such lock, and it is what production has.)
 *
 * FAULTS_SIGKILL_ITEMS sets the number of items (default 200 in `npm test`; `npm run test:faults` runs 1,000).
 */
import { Client, Connection } from '@temporalio/client';
import { eventually, type Harness, startHarness } from '../support/harness';
import {
  alertsWritten,
  expectDeliveredExactlyOnce,
  expectedAlerts,
  nearReminders,
  startItems,
} from '../support/near-reminders';
import { type AppProcess, type CompiledApps, ensureCompiledApps, startWorkerProcess } from '../support/processes';

const ITEMS = Number(process.env.FAULTS_SIGKILL_ITEMS ?? 200);

jest.setTimeout(240_000 + ITEMS * 300);

describe('fault drill: worker killed with SIGKILL while reminders are due', () => {
  let h: Harness;
  let apps: CompiledApps;
  let connection: Connection;
  let temporal: Client;
  const workers: AppProcess[] = [];

  const startWorker = async (): Promise<AppProcess> => {
    const worker = await startWorkerProcess(apps, {
      databaseUrl: h.databaseUrl,
      temporalAddress: process.env.TEST_TEMPORAL_ADDRESS as string,
      taskQueue: h.taskQueue,
    });
    workers.push(worker);
    return worker;
  };

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

  it(`delivers every reminder of ${ITEMS} items exactly once across the kill`, async () => {
    const phase = (what: string) => console.log(`[sigkill drill] ${what}`);
    // Time to start every item and let the first worker write its 'created' event before the reminders fall due.
    const { dueAt, dueLocal, inputs } = await nearReminders(h.db, ITEMS, 30_000 + ITEMS * 80);
    const worker1 = await startWorker();
    const creating = Date.now();
    await startItems(temporal, h.taskQueue, h.db, inputs);
    phase(`${ITEMS} items started and on the ledger in ${Date.now() - creating} ms; reminders due at ${dueLocal}`);
    expect(Date.now()).toBeLessThan(dueAt);
    const ladder = await expectedAlerts(h.db, inputs, dueAt);
    const expected = [...ladder.values()].reduce((n, alerts) => n + alerts.length, 0);
    expect(expected).toBe(ITEMS * 4);

    // Kill the worker once a quarter of the alerts is written, while the rest are due or in flight; start another.
    await eventually(
      async () => ((await alertsWritten(h.db, inputs)) >= expected / 4 ? true : undefined),
      dueAt - Date.now() + 120_000,
    );
    await worker1.kill();
    const atKill = await alertsWritten(h.db, inputs);
    phase(`${atKill} of ${expected} alerts written ${Date.now() - dueAt} ms after the due minute; SIGKILL`);
    expect(worker1.child.signalCode).toBe('SIGKILL');
    expect(atKill).toBeLessThan(expected);
    await startWorker();
    // Tasks the dead worker held come back after their timeouts (sticky workflow task, activity 30 s).
    await eventually(
      async () => ((await alertsWritten(h.db, inputs)) >= expected ? true : undefined),
      180_000 + ITEMS * 100,
    );
    phase(
      `${ITEMS} items, ${expected} alerts: worker killed after ${atKill}; all written ` +
        `${((Date.now() - dueAt) / 1000).toFixed(1)} s after the due minute`,
    );
    // Whatever the dead worker left half-done has had its timeouts by now; a late duplicate would show below.
    await new Promise((r) => setTimeout(r, 5_000));
    await expectDeliveredExactlyOnce(h.db, ladder);
  });
});
