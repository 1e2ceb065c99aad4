/**
 * A burst of deliveries due at one instant, on the time-skipping server (issue 22, defects 3 and 9, on the batch
 * design of issue 20): the deliveries are held until a minute ten minutes ahead, the clock jumps there, and the
 * dispatcher drains them in batch rounds — each sent once, the dispatcher continuing as new within its history budget and every
 * run far below ~10k events. Then a changed NOTIFY_* setting applies after the next continue-as-new.
 *
 * DELIVERY_BURST sets the burst's size (default 10,000).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { deliveryWorkflowIds, type DispatcherInput, outboxChangedSignal } from '../workflows/contracts';
import { eventually } from './support/harness';
import { startTimeSkippingWorld, type TimeSkippingWorld } from './support/time-skipping';

const BURST = Number(process.env.DELIVERY_BURST ?? 10_000);
const BUDGET = 400;

jest.setTimeout(600_000);

describe('a burst of deliveries on the time-skipping server', () => {
  let world: TimeSkippingWorld;
  let env: TestWorkflowEnvironment;
  let http: Server;
  /** Robot posts received, by message title. */
  const received = new Map<string, number>();
  const units: Record<'ok' | 'failing', string> = { ok: '', failing: '' };
  const taskQueue = 'delivery-burst';
  const dispatcherId = deliveryWorkflowIds.dispatcher(taskQueue);
  let firstRunId: string;

  beforeAll(async () => {
    http = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const content: string = JSON.parse(Buffer.concat(chunks).toString()).markdown?.content ?? '';
        const title = /【[^】]+】\S+/.exec(content)?.[0] ?? content;
        received.set(title, (received.get(title) ?? 0) + 1);
        const failing = req.url?.startsWith('/fail');
        res.writeHead(failing ? 500 : 200, { 'content-type': 'application/json' });
        res.end(failing ? '{}' : '{"errcode":0,"errmsg":"ok"}');
      });
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    // The receiver is on loopback over http, which the webhook policy refuses outside tests.
    Object.assign(process.env, { PUBLIC_URL: 'http://huijian.test', ROBOT_WEBHOOK_TEST_LOOPBACK: 'true' });
    world = await startTimeSkippingWorld(taskQueue);
    env = world.env;
    const { db } = world.h;
    const [person] = await db.query(`SELECT id FROM people LIMIT 1`);
    for (const [key, code, path] of [
      ['ok', 'wuhu-zjq-dzb', '/wecom/send?key=K'],
      ['failing', 'wuhu-glgj-dzb', '/fail/send?key=K'],
    ] as const) {
      const [unit] = await db.query(`SELECT id FROM units WHERE code = $1`, [code]);
      units[key] = unit.id;
      await db.query(
        `INSERT INTO notification_channels (unit_id, channel, webhook_url, kinds, delivery_window, updated_by)
         VALUES ($1, 'wecom', $2, ARRAY['reminder','overdue_chase','escalation','report','event'], NULL, $3)`,
        [unit.id, `${base}${path}`, person.id],
      );
    }
    const handle = await env.client.workflow.start('deliveryDispatcherWorkflow', {
      workflowId: dispatcherId,
      taskQueue,
      args: [{ historyBudget: BUDGET } satisfies DispatcherInput],
    });
    firstRunId = handle.firstExecutionRunId;
  });
  afterAll(async () => {
    await world?.close();
    await new Promise<void>((r) => http?.close(() => r()));
  });

  /** Outbox rows for a unit, due at `dueAt` (the server's clock), each with a title of its own. */
  const outbox = async (unitId: string, n: number, label: string, dueAt: number): Promise<string[]> => {
    const titles = Array.from({ length: n }, (_, i) => `【催办】${label}-${i}`);
    await world.h.db.query(
      `INSERT INTO notifications (idempotency_key, kind, recipient_unit_id, audience, title, body, due_at)
       SELECT 'burst-' || t, 'overdue_chase', $1, 'unit', t, t || '：请及时办理。', to_timestamp($3 / 1000.0)
         FROM unnest($2::text[]) t`,
      [unitId, titles, dueAt],
    );
    await env.client.workflow.getHandle(dispatcherId).signal(outboxChangedSignal);
    return titles;
  };
  const count = async (sql: string, params: unknown[]): Promise<number> => (await world.h.db.query(sql, params))[0].n;
  /** The dispatcher's runs from the first on, following each continue-as-new: their history lengths. */
  const runLengths = async (): Promise<number[]> => {
    const lengths: number[] = [];
    let runId: string | null | undefined = firstRunId;
    while (runId) {
      const events: temporal.api.history.v1.IHistoryEvent[] =
        (await env.client.workflow.getHandle(dispatcherId, runId).fetchHistory()).events ?? [];
      lengths.push(events.length);
      runId = events.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId;
    }
    return lengths;
  };

  it(`sends a burst of ${BURST} once each; the dispatcher continues as new within its budget, far below 10k events`, async () => {
    const dueAt = (await env.currentTimeMs()) + 10 * 60_000;
    const titles = await outbox(units.ok, BURST, 'burst', dueAt);
    await eventually(
      async () =>
        (await count(`SELECT count(*)::int AS n FROM deliveries WHERE state = 'scheduled'`, [])) === BURST
          ? true
          : undefined,
      120_000,
    );
    // The idle minutes before it cost their sweeps (one round a minute); the burst is counted from just before it.
    await env.sleep(dueAt - (await env.currentTimeMs()) - 60_000);
    const before = await runLengths();
    // Past the minute: every delivery falls due at once.
    await env.sleep(61_000);
    await eventually(
      async () =>
        (await count(`SELECT count(*)::int AS n FROM deliveries WHERE state = 'sent'`, [])) === BURST
          ? true
          : undefined,
      420_000,
    ).catch(async (error: Error) => {
      const states = await world.h.db.query(`SELECT state, count(*)::int AS n FROM deliveries GROUP BY state`);
      throw new Error(`${error.message}; deliveries by state: ${JSON.stringify(states)}`);
    });
    const [{ drainS }]: { drainS: number }[] = await world.h.db.query(
      `SELECT extract(epoch FROM max(sent_at) - min(sent_at))::float AS "drainS" FROM deliveries WHERE state = 'sent'`,
    );
    expect(titles.filter((t) => received.get(t) !== 1)).toEqual([]);
    const lengths = await runLengths();
    const burstEvents = lengths.reduce((a, b) => a + b, 0) - before.reduce((a, b) => a + b, 0);
    console.log(
      `[delivery burst] ${BURST} deliveries drained in ${drainS.toFixed(1)} s; dispatcher runs ${JSON.stringify(lengths)}; ` +
        `${burstEvents} events for the burst (${(burstEvents / BURST).toFixed(3)} per delivery)`,
    );
    expect(lengths.length).toBeGreaterThan(1);
    // Each run stops at its budget plus at most one round (outbox expansion, a batch, a timer).
    for (const length of lengths) expect(length).toBeLessThan(Math.min(BUDGET + 100, 10_000));
    // A batch costs its round's few events, not one workflow per delivery.
    expect(burstEvents / BURST).toBeLessThan(0.2);
  });

  it('reads a changed NOTIFY_* setting after its next continue-as-new (not frozen in its input)', async () => {
    const handle = env.client.workflow.getHandle(dispatcherId);
    const { runId } = await handle.describe();
    process.env.NOTIFY_MAX_ATTEMPTS = '1';
    try {
      // Idle rounds in skipped time fill the budget; the next run starts with the settings read afresh.
      for (let i = 0; i < 20 && (await handle.describe()).runId === runId; i++) await env.sleep(3_600_000);
      expect((await handle.describe()).runId).not.toBe(runId);
      const [title] = await outbox(units.failing, 1, 'settings', await env.currentTimeMs());
      const dead = await eventually(async () => {
        const [d]: { state: string; attempts: number; last_error: string }[] = await world.h.db.query(
          `SELECT d.state, d.attempts, d.last_error FROM deliveries d JOIN notifications n ON n.id = d.notification_id
            WHERE n.title = $1`,
          [title],
        );
        return d?.state === 'dead' ? d : undefined;
      }, 60_000);
      // The default (8 attempts, 30 s apart) would have queued it for a retry.
      expect(dead).toEqual({ state: 'dead', attempts: 1, last_error: 'attempts exhausted: robot answered HTTP 500' });
    } finally {
      delete process.env.NOTIFY_MAX_ATTEMPTS;
    }
  });
});
