/**
 * Benchmark 5: API reads at 100k ledger rows (seeded straight into `items`, without workflows) at 1 and 32
 * concurrent clients, against the same SQL through pg. "The same SQL" is recorded, not re-typed: an in-process
 * instance of the same API serves each request once while every statement it sends to Postgres is captured (auth
 * lookup included); the baseline replays those statements through a pg pool, all at once per request.
 * Benchmark 7: the ledger's xlsx export of all those rows: time and the API process's peak RSS over its baseline.
 * Both share one seeded ledger (`seedLedgerRows`), so either can run alone.
 */
import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { createApiApp } from '../apps/api/src/bootstrap';
import { type Figure, memoryOf, percentile, Progress, round, runPool, scaled, sleep } from './support';
import { seedRegions, TASK_QUEUE, type World } from './world';

interface Recorded {
  text: string;
  values?: unknown[];
}

interface Endpoint {
  name: string;
  token: string;
  paths: string[];
}

/** The seeded ledger: a sample of its row ids, how many rows `items` holds in all, and the seeded rows' id prefix. */
export interface SeededLedger {
  sampleIds: string[];
  total: number;
  workflowIdPrefix: string;
}

export async function apiReads(world: World, ledger: SeededLedger): Promise<Figure[]> {
  const { sampleIds: ids, total } = ledger;
  const committee = world.tokens.committeeMember;
  const endpoints: Endpoint[] = [
    {
      name: 'GET /ledger?status=open,in_progress&light=red&sort=deadline',
      token: committee,
      paths: ['/ledger?status=open,in_progress&light=red&sort=deadline&limit=50'],
    },
    {
      name: 'GET /items?status=open,in_progress&light=red',
      token: committee,
      paths: ['/items?status=open,in_progress&light=red&limit=50'],
    },
    { name: 'GET /items/:id', token: committee, paths: ids.slice(0, 50).map((id) => `/items/${id}`) },
  ];
  // The board as the committee board page loads it: statistics, trend and the first page of the 督办 list.
  const boardPath = '/board?limit=50';
  const board = await world.api.call('GET', boardPath, committee);
  const figures: Figure[] = [];
  if (board.status === 200) {
    endpoints.push({ name: 'GET /board?limit=50 (committee, first page)', token: committee, paths: [boardPath] });
  } else {
    figures.push({
      benchmark: '5 API reads',
      figure: 'GET /board (committee board)',
      value: null,
      unit: 'ms',
      note: `not available yet (GET /board answered ${board.status})`,
    });
  }

  const recorded = await recordStatements(world, endpoints);
  for (const endpoint of endpoints) {
    for (const clients of [1, 32]) {
      const count = clients === 1 ? 200 : 960;
      const api = await sample(`5 ${endpoint.name} ×${clients} API`, count, clients, async (i) => {
        const res = await world.api.call('GET', endpoint.paths[i % endpoint.paths.length], endpoint.token);
        if (res.status !== 200) throw new Error(`${endpoint.name} answered ${res.status}`);
      });
      const raw = await sample(`5 ${endpoint.name} ×${clients} SQL`, count, clients, async (i) => {
        const statements = recorded.get(endpoint.paths[i % endpoint.paths.length]) ?? [];
        await Promise.all(statements.map((s) => world.pg.query(s.text, s.values)));
      });
      const ratio = api.p99 !== null && raw.p99 ? api.p99 / raw.p99 : null;
      const single = clients === 1;
      figures.push({
        benchmark: '5 API reads',
        figure: `${endpoint.name}, ${clients} client${single ? '' : 's'}, p99 at ${total} ledger rows`,
        value: round(api.p99),
        unit: 'ms',
        baseline: {
          label: `same SQL through pg (${recorded.get(endpoint.paths[0])?.length ?? 0} statements) p99`,
          value: round(raw.p99, 2),
        },
        ratio: round(ratio, 2),
        target: single ? '≤ 50 ms and ratio ≤ 2' : 'ratio ≤ 2',
        pass: ratio !== null && ratio <= 2 && (!single || (api.p99 !== null && api.p99 <= 50)),
        note: `p50 ${round(api.p50)} ms vs SQL ${round(raw.p50, 2)} ms; ${api.count} requests${api.errors ? `, ${api.errors} errors` : ''}`,
      });
    }
  }
  return figures;
}

async function sample(
  label: string,
  count: number,
  clients: number,
  task: (i: number) => Promise<void>,
): Promise<{ p50: number | null; p99: number | null; count: number; errors: number }> {
  const ms: number[] = [];
  const progress = new Progress(label, count);
  const run = await runPool(
    count,
    clients,
    60_000,
    async (i) => {
      const started = performance.now();
      await task(i);
      ms.push(performance.now() - started);
    },
    progress,
  );
  progress.done();
  return { p50: percentile(ms, 50), p99: percentile(ms, 99), count: ms.length, errors: run.errors.length };
}

/**
 * Ledger rows straight into Postgres in batches (100k at scale 1): statuses, lights, escalations and deadlines
 * spread over every bench region's units.
 */
export async function seedLedgerRows(world: World, scale: number): Promise<SeededLedger> {
  const count = scaled(100_000, scale, 1000);
  const regions = world.regions.length > 0 ? world.regions : await seedRegions(world, 20, 10);
  const members = regions.flatMap((r) =>
    r.units.slice(1).map((u) => ({ unit: u, region: r.regionId, lead: r.leadUnitId })),
  );
  const tag = randomUUID().slice(0, 8);
  const batch = 20_000;
  const progress = new Progress(`5 seed ${count} ledger rows`, count);
  for (let from = 0; from < count; from += batch) {
    const n = Math.min(batch, count - from);
    await world.pg.query(
      `WITH u AS (SELECT k - 1 AS k, unit_id, region_id, lead_id
                    FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) WITH ORDINALITY AS t(unit_id, region_id, lead_id, k)),
            g AS (SELECT g, (current_date + (g % 120) - 60) AS d,
                         (ARRAY['open','in_progress','pending_verification','closed','cancelled'])[1 + g % 5] AS st
                    FROM generate_series($4::int, $5::int) g)
       INSERT INTO items (id, workflow_id, region_id, responsible_unit_id, verifier_unit_id, title, description, severity,
                          deadline, original_deadline, status, light, escalation_level, policy_version, milestones,
                          projection_seq, created_by, created_at, updated_at, closed_at, source)
       SELECT gen_random_uuid(), 'bench-row-' || $6 || '-' || g.g, u.region_id, u.unit_id, u.lead_id,
              '基准台账 ' || g.g, '批量写入的台账行，用于读取基准', (ARRAY['minor','major','critical'])[1 + g.g % 3],
              g.d, g.d, g.st,
              CASE WHEN g.st IN ('closed','cancelled') THEN 'green' WHEN g.d < current_date THEN 'red'
                   WHEN g.d < current_date + 3 THEN 'yellow' ELSE 'green' END,
              CASE WHEN g.st IN ('closed','cancelled') THEN 0 WHEN g.d < current_date - 7 THEN 2
                   WHEN g.d < current_date - 1 THEN 1 ELSE 0 END,
              1,
              jsonb_build_array(jsonb_build_object('key','verification','label','验收销号','due',g.d,'done',g.st = 'closed')),
              1, $7, now() - interval '30 days', now(), CASE WHEN g.st = 'closed' THEN now() END, 'manual'
         FROM g JOIN u ON u.k = g.g % $8`,
      [
        members.map((m) => m.unit),
        members.map((m) => m.region),
        members.map((m) => m.lead),
        from + 1,
        from + n,
        tag,
        world.demo.leadPersonId,
        members.length,
      ],
    );
    progress.set(from + n);
  }
  progress.done();
  await world.pg.query('ANALYZE items');
  const { rows } = await world.pg.query(`SELECT id FROM items WHERE workflow_id LIKE $1 ORDER BY random() LIMIT 50`, [
    `bench-row-${tag}-%`,
  ]);
  const total = (await world.pg.query('SELECT count(*)::int AS n FROM items')).rows[0].n as number;
  return { sampleIds: rows.map((r: { id: string }) => r.id), total, workflowIdPrefix: `bench-row-${tag}-` };
}

/** Removes the seeded rows again, so that later benchmarks start from a ledger of the size they made themselves. */
export async function removeLedgerRows(world: World, ledger: SeededLedger): Promise<void> {
  await world.pg.query('DELETE FROM items WHERE workflow_id LIKE $1', [`${ledger.workflowIdPrefix}%`]);
  await world.pg.query('VACUUM ANALYZE items');
}

/**
 * Serves each path once (after a warm-up call) from an in-process instance of the API on the same database while
 * capturing every statement it sends through pg.
 */
async function recordStatements(world: World, endpoints: Endpoint[]): Promise<Map<string, Recorded[]>> {
  Object.assign(process.env, {
    DATABASE_URL: world.databaseUrl,
    TEMPORAL_ADDRESS: world.temporalAddress,
    TEMPORAL_TASK_QUEUE: TASK_QUEUE,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '1000000',
    RATE_LIMIT_WRITES_PER_MINUTE: '10000000',
  });
  const app = await createApiApp({ logs: false });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const proto = PgClient.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  let sink: Recorded[] | undefined;
  proto.query = function (this: unknown, ...args: unknown[]): unknown {
    const [first, second] = args;
    if (sink && typeof first === 'string')
      sink.push({ text: first, values: Array.isArray(second) ? second : undefined });
    else if (sink && first && typeof first === 'object' && 'text' in first) {
      const q = first as { text: string; values?: unknown[] };
      sink.push({ text: q.text, values: q.values ?? (Array.isArray(second) ? second : undefined) });
    }
    return original.apply(this, args);
  };
  const out = new Map<string, Recorded[]>();
  try {
    for (const endpoint of endpoints) {
      for (const path of endpoint.paths) {
        const get = () =>
          fetch(`http://127.0.0.1:${address.port}${path}`, { headers: { Authorization: `Bearer ${endpoint.token}` } });
        await (await get()).arrayBuffer();
        const statements: Recorded[] = [];
        sink = statements;
        const res = await get();
        await res.arrayBuffer();
        sink = undefined;
        if (res.status !== 200) throw new Error(`in-process ${path} answered ${res.status}`);
        out.set(
          path,
          statements.filter((s) => !/^\s*(LISTEN|UNLISTEN|BEGIN|COMMIT|ROLLBACK)/i.test(s.text)),
        );
      }
    }
  } finally {
    sink = undefined;
    proto.query = original;
    await app.close();
  }
  return out;
}

/** GET /ledger/export of the whole ledger (committee scope), sampling the API process's RSS every 100 ms. */
export async function exportLedger(world: World, ledger: SeededLedger): Promise<Figure[]> {
  const rows = ledger.total;
  const pid = world.apiPid();
  await sleep(2000);
  const before = memoryOf(pid)?.rssMiB ?? NaN;
  let peak = before;
  const sampler = setInterval(() => {
    const now = memoryOf(pid)?.rssMiB;
    if (now !== undefined && now > peak) peak = now;
  }, 100);
  process.stderr.write(`  7 exporting ${rows} ledger rows as xlsx …\n`);
  const res = await world.api
    .drain('/ledger/export', world.tokens.committeeMember)
    .finally(() => clearInterval(sampler));
  if (res.status === 404) {
    return [
      { benchmark: '7 export', figure: 'ledger xlsx export', value: null, unit: 's', note: 'not available yet (404)' },
    ];
  }
  const raw = performance.now();
  const client = await world.pg.connect();
  try {
    await client.query(
      `SELECT i.*, u.name FROM items i JOIN units u ON u.id = i.responsible_unit_id ORDER BY u.path, i.deadline`,
    );
  } finally {
    client.release();
  }
  const rawS = (performance.now() - raw) / 1000;
  const seconds = res.ms / 1000;
  const deltaMB = ((peak - before) * 1048576) / 1e6;
  const ok = res.status === 200;
  return [
    {
      benchmark: '7 export',
      figure: `xlsx export of ${rows} ledger rows (${round(res.bytes / 1048576)} MiB)`,
      value: ok ? round(seconds) : null,
      unit: 's',
      baseline: { label: 'reading the same rows through pg', value: round(rawS, 2) },
      ratio: ok ? round(seconds / rawS, 1) : null,
      target: '≤ 30 s',
      pass: ok && seconds <= 30,
      note: ok ? undefined : `GET /ledger/export answered ${res.status}`,
    },
    {
      benchmark: '7 export',
      figure: 'API peak RSS over its baseline during the export',
      value: ok ? round(deltaMB) : null,
      unit: 'MB',
      baseline: { label: 'API RSS before (MiB)', value: round(before) },
      ratio: ok ? round(deltaMB / 300, 2) : null,
      target: '≤ 300 MB',
      pass: ok && deltaMB <= 300,
    },
  ];
}
