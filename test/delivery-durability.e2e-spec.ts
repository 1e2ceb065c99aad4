/**
 * The delivery path when its bookkeeping is interrupted (issue 22, defects 2 and 9), on the real dev server with a
 * real HTTP robot: a release whose answer is lost, a dispatcher terminated mid-batch, orphaned rows (queued with no
 * sender, claimed by a sender that died) and a SIGTERM while posts are in flight — every delivery is sent once, or
 * dead-lettered as outcome unknown when it may have left.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNotificationActivities } from '../libs/notifications/src/delivery.activities';
import { loadNotificationConfig } from '../libs/notifications/src/notification-config';
import { TemporalClient } from '../libs/temporal/src';
import { deliveryWorkflowIds, type DispatcherInput } from '../workflows/contracts';
import type { Worker } from '@temporalio/worker';
import { eventually, type Harness, startHarness } from './support/harness';
import { ensureCompiledApps, startWorkerProcess } from './support/processes';

jest.setTimeout(120_000);

describe('deliveries survive lost answers, terminations and bursts (real Temporal dev server)', () => {
  let h: Harness;
  let http: Server;
  let unitId: string;
  /** Robot posts received, by message title. */
  const received = new Map<string, number>();
  /** Titles whose post has arrived (answered after `slowMs`), for the shutdown test. */
  const arrived = new Set<string>();
  let slowMs = 0;
  const inProcessWorkers: Worker[] = [];

  beforeAll(async () => {
    http = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const content: string = JSON.parse(Buffer.concat(chunks).toString()).markdown?.content ?? '';
        const title = /【[^】]+】\S+/.exec(content)?.[0] ?? content;
        received.set(title, (received.get(title) ?? 0) + 1);
        arrived.add(title);
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{"errcode":0,"errmsg":"ok"}');
        }, slowMs);
      });
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    // The receiver is on loopback over http, which the webhook policy refuses outside tests.
    h = await startHarness({ env: { PUBLIC_URL: 'http://huijian.test', ROBOT_WEBHOOK_TEST_LOOPBACK: 'true' } });
    const [unit] = await h.db.query(`SELECT id FROM units WHERE code = 'wuhu-zjq-dzb'`);
    unitId = unit.id;
    const [person] = await h.db.query(`SELECT id FROM people LIMIT 1`);
    await h.db.query(
      `INSERT INTO notification_channels (unit_id, channel, webhook_url, kinds, delivery_window, updated_by)
       VALUES ($1, 'wecom', $2, ARRAY['reminder','overdue_chase','escalation','report','event'], NULL, $3)`,
      [unitId, `${base}/wecom/send?key=K`, person.id],
    );
  });
  afterAll(async () => {
    await h?.close();
    await new Promise<void>((r) => http.close(() => r()));
  });

  const temporal = () => h.app.get(TemporalClient).workflow;
  const dispatcherId = () => deliveryWorkflowIds.dispatcher(h.taskQueue);
  let batch = 0;
  /** Writes outbox rows for the robot's unit, one statement (so one wake-up), each with a title of its own. */
  const outbox = async (n: number): Promise<string[]> => {
    batch += 1;
    const titles = Array.from({ length: n }, (_, i) => `【催办】批${batch}-${i}`);
    await h.db.query(
      `INSERT INTO notifications (idempotency_key, kind, recipient_unit_id, audience, title, body, due_at)
       SELECT 'durability-' || t, 'overdue_chase', $1, 'unit', t, t || '：请及时办理。', now() FROM unnest($2::text[]) t`,
      [unitId, titles],
    );
    return titles;
  };
  const allSentOnce = (titles: string[], timeoutMs = 60_000) =>
    eventually(async () => {
      const [{ n }] = await h.db.query(
        `SELECT count(*)::int AS n FROM deliveries d JOIN notifications o ON o.id = d.notification_id
          WHERE o.title = ANY($1) AND d.state = 'sent'`,
        [titles],
      );
      return n === titles.length ? true : undefined;
    }, timeoutMs)
      .catch(async (error: Error) => {
        const states = await h.db.query(`SELECT state, count(*)::int AS n FROM deliveries GROUP BY state`);
        throw new Error(`${error.message}; deliveries by state: ${JSON.stringify(states)}`);
      })
      .then(() => titles.map((t) => received.get(t) ?? 0));
  /** As if the release happened `minutes` ago (the dispatcher that took it died then). */
  const releasedAgo = (minutes: number) =>
    h.db.query(
      `UPDATE deliveries SET updated_at = now() - make_interval(mins => $1) WHERE state = 'queued' AND attempts = 0`,
      [minutes],
    );

  it("sends deliveries whose release was committed but whose answer was lost (releaseDue's result thrown away)", async () => {
    const titles = await outbox(5);
    const activities = createNotificationActivities(h.db);
    await activities.expandOutbox();
    expect((await activities.releaseDue()).ids).toHaveLength(5); // …and nobody starts their deliveries
    await releasedAgo(10);
    inProcessWorkers.push(await h.startWorker());
    await h.app.get(TemporalClient).workflow.signalWithStart('deliveryDispatcherWorkflow', {
      workflowId: dispatcherId(),
      taskQueue: h.taskQueue,
      args: [{ retry: loadNotificationConfig().retry, sweepIntervalMs: 60_000 } satisfies DispatcherInput],
      signal: 'outboxChanged',
      signalArgs: [],
    });
    expect(await allSentOnce(titles)).toEqual(titles.map(() => 1));
  });

  it('sends every delivery once when the dispatcher is terminated mid-batch and a new one takes over', async () => {
    const titles = await outbox(60);
    await eventually(async () => {
      const [{ n }] = await h.db.query(`SELECT count(*)::int AS n FROM deliveries WHERE state <> 'scheduled'`);
      return n > 10 ? true : undefined;
    });
    await temporal().getHandle(dispatcherId()).terminate('operator stops the dispatcher mid-batch');
    await releasedAgo(10);
    titles.push(...(await outbox(1))); // the next outbox row wakes (starts) a new dispatcher
    expect(await allSentOnce(titles)).toEqual(titles.map(() => 1));
  });

  it('picks up orphans: a queued row no sender took is sent, a claim whose sender died is dead-lettered unsent', async () => {
    const [queuedTitle, claimedTitle] = await outbox(2);
    const activities = createNotificationActivities(h.db);
    await activities.expandOutbox();
    await activities.releaseDue();
    // As a sender killed mid-send leaves it: claimed, its lease run out, its outcome never recorded.
    await h.db.query(
      `UPDATE deliveries d SET state = 'sending', attempts = 1, claimed_until = now() - interval '1 minute'
         FROM notifications n WHERE n.id = d.notification_id AND n.title = $1`,
      [claimedTitle],
    );
    await temporal().getHandle(dispatcherId()).signal('outboxChanged');
    expect(await allSentOnce([queuedTitle])).toEqual([1]);
    const [claimed] = await eventually(async () => {
      const rows: { state: string; last_error: string; history: string[] }[] = await h.db.query(
        `SELECT d.state, d.last_error, ARRAY(SELECT status FROM delivery_attempts a WHERE a.delivery_id = d.id) AS history
           FROM deliveries d JOIN notifications n ON n.id = d.notification_id WHERE n.title = $1`,
        [claimedTitle],
      );
      return rows[0]?.state === 'dead' ? rows : undefined;
    });
    expect(claimed).toMatchObject({ last_error: expect.stringContaining('outcome unknown'), history: ['interrupted'] });
    expect(received.get(claimedTitle)).toBeUndefined();
  });

  it('lets a send in flight finish on SIGTERM (shutdown grace) instead of cutting it off as outcome unknown', async () => {
    const apps = ensureCompiledApps((line) => console.log(line));
    for (const w of inProcessWorkers.splice(0)) if (w.getState() === 'RUNNING') w.shutdown();
    const worker = await startWorkerProcess(apps, {
      databaseUrl: h.databaseUrl,
      temporalAddress: process.env.TEST_TEMPORAL_ADDRESS as string,
      taskQueue: h.taskQueue,
      env: { PUBLIC_URL: 'http://huijian.test', ROBOT_WEBHOOK_TEST_LOOPBACK: 'true' },
    });
    try {
      slowMs = 3_000;
      arrived.clear();
      const titles = await outbox(3);
      await eventually(async () => (arrived.size > 0 ? true : undefined), 90_000);
      await worker.stop(30_000);
      expect(await worker.exited).toEqual({ code: 0, signal: null });
      const states: { state: string; n: number }[] = await h.db.query(
        `SELECT d.state, count(*)::int AS n FROM deliveries d JOIN notifications n ON n.id = d.notification_id
          WHERE n.title = ANY($1) GROUP BY d.state`,
        [titles],
      );
      // Each post that had reached the robot completed and was recorded; none was cut off.
      expect(states.filter((s) => s.state !== 'queued')).toEqual([{ state: 'sent', n: arrived.size }]);
      slowMs = 0;
      inProcessWorkers.push(await h.startWorker());
      expect(await allSentOnce(titles)).toEqual(titles.map(() => 1));
    } finally {
      slowMs = 0;
      await worker.kill();
    }
  }, 360_000);
});
