/**
 * Fault drill: the worker process is killed with SIGKILL while a batch of robot posts is in flight to a real HTTP
 * receiver, and a new worker process takes over. Every message is sent at most once, and every one is accounted for:
 * sent (received once), or dead-lettered as outcome unknown (received at most once) — never lost, never resent.
 *
 * FAULTS_DELIVERY_MESSAGES sets the number of messages (default 300 in `npm test`; `npm run test:faults` runs 2,000).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeliveriesService } from '../../libs/notifications/src';
import { eventually, type Harness, startHarness } from '../support/harness';
import { type AppProcess, type CompiledApps, ensureCompiledApps, startWorkerProcess } from '../support/processes';

const MESSAGES = Number(process.env.FAULTS_DELIVERY_MESSAGES ?? 300);
/** The robot answers each post after this long, so that the kill finds posts in flight. */
const ANSWER_MS = 150;

jest.setTimeout(300_000 + MESSAGES * 100);

describe('fault drill: worker killed with SIGKILL during a batch send', () => {
  let h: Harness;
  let apps: CompiledApps;
  let http: Server;
  const workers: AppProcess[] = [];
  /** Robot posts received, by message title. */
  const received = new Map<string, number>();
  let env: Record<string, string>;

  beforeAll(async () => {
    apps = ensureCompiledApps((line) => console.log(line));
    http = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const content: string = JSON.parse(Buffer.concat(chunks).toString()).markdown?.content ?? '';
        const title = /【[^】]+】\S+/.exec(content)?.[0] ?? content;
        received.set(title, (received.get(title) ?? 0) + 1);
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{"errcode":0,"errmsg":"ok"}');
        }, ANSWER_MS);
      });
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    // The receiver is on loopback over http, which the webhook policy refuses outside tests.
    env = { PUBLIC_URL: 'http://huijian.test', ROBOT_WEBHOOK_TEST_LOOPBACK: 'true' };
    h = await startHarness({ env });
    const [unit] = await h.db.query(`SELECT id FROM units WHERE code = 'wuhu-zjq-dzb'`);
    const [person] = await h.db.query(`SELECT id FROM people LIMIT 1`);
    await h.db.query(
      `INSERT INTO notification_channels (unit_id, channel, webhook_url, kinds, delivery_window, updated_by)
       VALUES ($1, 'wecom', $2, ARRAY['reminder','overdue_chase','escalation','report','event'], NULL, $3)`,
      [unit.id, `${base}/wecom/send?key=K`, person.id],
    );
    await h.db.query(
      `INSERT INTO notifications (idempotency_key, kind, recipient_unit_id, audience, title, body, due_at)
       SELECT 'drill-' || t, 'overdue_chase', $1, 'unit', t, t || '：请及时办理。', now()
         FROM unnest($2::text[]) t`,
      [unit.id, titles],
    );
  });
  afterAll(async () => {
    for (const w of workers) await w.kill();
    await h?.close();
    await new Promise<void>((r) => http?.close(() => r()));
  });

  const titles = Array.from({ length: MESSAGES }, (_, i) => `【催办】断电-${i}`);
  const startWorker = async (): Promise<AppProcess> => {
    const worker = await startWorkerProcess(apps, {
      databaseUrl: h.databaseUrl,
      temporalAddress: process.env.TEST_TEMPORAL_ADDRESS as string,
      taskQueue: h.taskQueue,
      env,
    });
    workers.push(worker);
    return worker;
  };
  const states = async (): Promise<Record<string, number>> =>
    Object.fromEntries(
      (
        (await h.db.query(`SELECT state, count(*)::int AS n FROM deliveries GROUP BY state`)) as {
          state: string;
          n: number;
        }[]
      ).map((r) => [r.state, r.n]),
    );

  it(`sends each of ${MESSAGES} robot messages at most once and accounts for every one`, async () => {
    const phase = (what: string) => console.log(`[delivery sigkill drill] ${what}`);
    const worker1 = await startWorker();
    // The outbox rows are in; a wake-up starts the dispatcher on the worker.
    await h.app.get(DeliveriesService).wakeDispatcher();
    await eventually(async () => (received.size >= MESSAGES / 4 ? true : undefined), 120_000);
    await worker1.kill();
    const atKill = await states();
    phase(`SIGKILL after ${received.size} posts received; deliveries by state ${JSON.stringify(atKill)}`);
    expect(worker1.child.signalCode).toBe('SIGKILL');
    await startWorker();
    // Claims of the dead worker are dead-lettered once their lease has run out (45 s), the rest are sent.
    const settled = await eventually(
      async () => {
        const s = await states();
        return (s.sent ?? 0) + (s.dead ?? 0) === MESSAGES ? s : undefined;
      },
      240_000 + MESSAGES * 50,
    );
    phase(`settled: ${JSON.stringify(settled)}`);
    // A late duplicate would show here.
    await new Promise((r) => setTimeout(r, 3_000));

    const rows: { title: string; state: string; last_error: string | null }[] = await h.db.query(
      `SELECT n.title, d.state, d.last_error FROM deliveries d JOIN notifications n ON n.id = d.notification_id`,
    );
    expect(rows).toHaveLength(MESSAGES);
    expect([...received.values()].filter((n) => n > 1)).toEqual([]);
    const sent = rows.filter((r) => r.state === 'sent');
    const dead = rows.filter((r) => r.state === 'dead');
    expect(sent.filter((r) => received.get(r.title) !== 1)).toEqual([]);
    expect(dead.filter((r) => !r.last_error?.includes('outcome unknown'))).toEqual([]);
    // At most the chunk in flight at the kill (20 rows) is of unknown outcome.
    expect(dead.length).toBeLessThanOrEqual(20);
    expect(sent.length + dead.length).toBe(MESSAGES);
  });
});
