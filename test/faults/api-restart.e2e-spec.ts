/**
 * Fault drill: the API process restarts under load — once killed with SIGKILL, once stopped with SIGTERM — while
 * clients create items and act on them. A client whose connection drops retries the same request: creates and
 * progress reports with their Idempotency-Key (the same item, the same update), plan submissions without one, relying
 * on the domain (a plan applied by the lost attempt makes the retry a 409 naming the state). Afterwards every request
 * is in the workflow and on the ledger exactly once: no item twice, no event missing or doubled, nothing half-applied.
 * API and worker are real processes; the API comes back on the same port.
 *
 * FAULTS_API_CLIENTS sets the concurrent clients (default 6), each creating and driving at least 4 items.
 */
import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { addCalendarDays, localDateOf } from '../../libs/domain/src';
import { itemStateQuery } from '../../workflows/contracts';
import { type Harness, startHarness } from '../support/harness';
import {
  type ApiProcess,
  type AppProcess,
  type CompiledApps,
  ensureCompiledApps,
  startApiProcess,
  startWorkerProcess,
} from '../support/processes';

const CLIENTS = Number(process.env.FAULTS_API_CLIENTS ?? 6);
const ROUNDS = 4;
/** How long a client keeps retrying one request while the API is away. */
const RETRY_FOR_MS = 90_000;

jest.setTimeout(300_000);

/** One request as the client meant it, however many attempts it took, and the answer it finally got. */
interface Outcome {
  what: 'create' | 'plan' | 'progress';
  itemId?: string;
  attempts: number;
  status: number;
  body: { id?: string; status?: string; error?: { code: string; message: string; details?: unknown } };
}

describe('fault drill: API restarted under load', () => {
  let h: Harness;
  let apps: CompiledApps;
  let api: ApiProcess;
  let worker: AppProcess;
  let connection: Connection;
  let temporal: Client;
  const temporalAddress = () => process.env.TEST_TEMPORAL_ADDRESS as string;
  const startApi = (port?: number) =>
    startApiProcess(apps, {
      databaseUrl: h.databaseUrl,
      temporalAddress: temporalAddress(),
      taskQueue: h.taskQueue,
      port,
    });

  beforeAll(async () => {
    apps = ensureCompiledApps((line) => console.log(line));
    h = await startHarness();
    worker = await startWorkerProcess(apps, {
      databaseUrl: h.databaseUrl,
      temporalAddress: temporalAddress(),
      taskQueue: h.taskQueue,
    });
    api = await startApi();
    connection = await Connection.connect({ address: temporalAddress() });
    temporal = new Client({ connection });
  });
  afterAll(async () => {
    await api?.stop();
    await worker?.stop();
    await connection?.close();
    await h?.close();
  });

  it(`${CLIENTS} clients lose nothing and double nothing across a SIGKILL and a SIGTERM restart`, async () => {
    const [unit] = await h.db.query(`SELECT id FROM units WHERE code = 'wuhu-zjq-dzb'`);
    const deadline = addCalendarDays(localDateOf(Date.now(), 'Asia/Shanghai'), 30);
    const run = randomBytes(3).toString('hex');

    /** Sends until the API gives an answer; a dropped or refused connection is retried as the same request. */
    const send = async (
      what: Outcome['what'],
      path: string,
      token: string,
      body: unknown,
      idempotencyKey?: string,
    ): Promise<Outcome> => {
      const giveUpAt = Date.now() + RETRY_FOR_MS;
      for (let attempts = 1; ; attempts++) {
        try {
          const res = await fetch(`${api.url}${path}`, {
            method: 'POST',
            headers: {
              Authorization: `Bearer ${token}`,
              'Content-Type': 'application/json',
              ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
            },
            body: JSON.stringify(body),
            signal: AbortSignal.timeout(30_000),
          });
          return { what, attempts, status: res.status, body: (await res.json()) as Outcome['body'] };
        } catch (error) {
          if (Date.now() > giveUpAt) throw new Error(`${what} ${path}: no answer in ${RETRY_FOR_MS} ms: ${error}`);
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    };

    let restarted = false;
    const outcomes: Outcome[] = [];
    const client = async (c: number): Promise<void> => {
      for (let round = 0; round < ROUNDS || !restarted; round++) {
        const key = `${run}-${c}-${round}`;
        const created = await send(
          'create',
          '/items',
          h.tokens.leadAdmin,
          { responsibleUnitId: unit.id, title: `重启演练 ${key}`, severity: 'major', deadline },
          `create-${key}`,
        );
        outcomes.push(created);
        const itemId = created.body.id;
        if (created.status !== 201 || !itemId) continue;
        const path = `/items/${itemId}`;
        outcomes.push({ ...(await send('plan', `${path}/plan`, h.tokens.branchSecretary, { plan: key })), itemId });
        for (const n of [1, 2]) {
          const progress = { progress: `${key} 第${n}次` };
          const sent = await send('progress', `${path}/progress`, h.tokens.branchSecretary, progress, `p${n}-${key}`);
          outcomes.push({ ...sent, itemId });
        }
      }
    };

    const restarts = (async () => {
      const restartsDone: string[] = [];
      for (const how of ['SIGKILL', 'SIGTERM'] as const) {
        await new Promise((r) => setTimeout(r, 3_000));
        const { port } = api;
        const down = Date.now();
        await (how === 'SIGKILL' ? api.kill() : api.stop());
        const { code, signal } = await api.exited;
        const stopped = Date.now() - down;
        api = await startApi(port);
        restartsDone.push(
          `${how}: ended (${signal ?? `exit ${code}`}) in ${stopped} ms, back in ${Date.now() - down} ms`,
        );
      }
      restarted = true;
      return restartsDone;
    })();
    const [restartLog] = await Promise.all([restarts, ...Array.from({ length: CLIENTS }, (_, c) => client(c))]);

    const retried = outcomes.filter((o) => o.attempts > 1);
    const tally = (what: Outcome['what']) => {
      const mine = outcomes.filter((o) => o.what === what);
      const retriedOnes = mine.filter((o) => o.attempts > 1);
      const refused = retriedOnes.filter((o) => o.status === 409).length;
      return `${what} ${mine.length} (${retriedOnes.length} retried${refused ? `, ${refused} of them 409` : ''})`;
    };
    console.log(
      `[api drill] ${restartLog.join('; ')}; ${outcomes.length} requests: ${tally('create')}, ${tally('plan')}, ` +
        `${tally('progress')}`,
    );
    // A stop under load ends by itself (keep-alive connections are closed), not by the SIGKILL after the grace period.
    expect(restartLog[1]).toMatch(/^SIGTERM: ended \((SIGTERM|exit 0)\)/);
    // The drill proves something only if the restarts cut requests off.
    expect(retried.length).toBeGreaterThan(0);

    // Every request got a clear answer: 2xx; or, for a plan whose lost attempt had been applied, 409 naming the state.
    const unclear = outcomes.filter(
      (o) =>
        !(o.status === 201 && o.what === 'create') &&
        !(o.status === 200 && o.what !== 'create') &&
        !(
          o.what === 'plan' &&
          o.attempts > 1 &&
          o.status === 409 &&
          o.body.error?.code === 'ILLEGAL_TRANSITION' &&
          JSON.stringify(o.body.error).includes('in_progress')
        ),
    );
    expect(unclear).toEqual([]);

    // Exactly the items that were asked for, each once; on each, exactly the actions asked for, once, in the
    // workflow and on the ledger alike.
    const creates = outcomes.filter((o) => o.what === 'create');
    const items: { id: string; status: string; projection_seq: number }[] = await h.db.query(
      'SELECT id, status, projection_seq FROM items',
    );
    expect(items.map((i) => i.id).sort()).toEqual(creates.map((o) => o.body.id).sort());
    for (const item of items) {
      const events: { kind: string }[] = await h.db.query(
        'SELECT kind FROM item_events WHERE item_id = $1 ORDER BY seq',
        [item.id],
      );
      expect({ id: item.id, events: events.map((e) => e.kind) }).toEqual({
        id: item.id,
        events: ['created', 'plan_submitted', 'progress_reported', 'progress_reported'],
      });
      const notes: { kind: string }[] = await h.db.query(
        'SELECT kind FROM notifications WHERE item_id = $1 ORDER BY id',
        [item.id],
      );
      expect(notes.map((n) => n.kind)).toEqual([
        'assigned',
        'plan_submitted',
        'progress_reported',
        'progress_reported',
      ]);
      const state = await temporal.workflow.getHandle(`item-${item.id}`).query(itemStateQuery);
      expect({ status: item.status, seq: item.projection_seq }).toEqual({ status: state.status, seq: state.eventSeq });
    }
    expect(worker.child.exitCode).toBeNull();
  });
});
