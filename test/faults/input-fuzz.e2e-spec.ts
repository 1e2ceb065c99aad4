/**
 * Fault drill: bad input fuzz. Every endpoint (GET and the writes POST/PUT/PATCH/DELETE) is found in the OpenAPI
 * document at /docs-json, so a new endpoint is covered without touching this file. fast-check sends arbitrary path
 * parameters, query strings (the endpoint's own parameters with wrong values: huge numbers, forged cursors) and bodies
 * (random JSON, the endpoint's own field names with wrong values, malformed JSON) as a system admin and as a branch
 * secretary: the API must never answer 5xx, and a 4xx must leave every table exactly as it was.
 *
 * FAULTS_FUZZ_RUNS sets the runs per endpoint and caller (default 40). In-process API, no network beyond supertest.
 */
import fc from 'fast-check';
import { bearer, type Harness, startHarness } from '../support/harness';

const RUNS = Number(process.env.FAULTS_FUZZ_RUNS ?? 40);
/** Wall-time bound per caller (runs past it are skipped and counted), generous for a loaded machine. */
const BUDGET_MS = RUNS * 2_500;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

interface Endpoint {
  method: Method;
  path: string;
  fields: string[];
  query: string[];
}

interface OpenApiDoc {
  paths: Record<
    string,
    Partial<
      Record<
        Method,
        {
          requestBody?: { content?: Record<string, { schema?: Schema }> };
          parameters?: { in: string; name: string }[];
        }
      >
    >
  >;
  components?: { schemas?: Record<string, Schema> };
}
interface Schema {
  $ref?: string;
  properties?: Record<string, unknown>;
}

jest.setTimeout(BUDGET_MS + 150_000);

describe('fault drill: bad input fuzz over every endpoint', () => {
  let h: Harness;
  let endpoints: Endpoint[];

  beforeAll(async () => {
    h = await startHarness({ worker: true });
    const doc = (await h.http().get('/docs-json').expect(200)).body as OpenApiDoc;
    endpoints = Object.entries(doc.paths).flatMap(([path, ops]) =>
      METHODS.filter((m) => ops[m]).map((method) => {
        let schema = ops[method]?.requestBody?.content?.['application/json']?.schema;
        if (schema?.$ref) schema = doc.components?.schemas?.[schema.$ref.split('/').pop() as string];
        const query = (ops[method]?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
        return { method, path, fields: Object.keys(schema?.properties ?? {}), query };
      }),
    );
  });
  afterAll(() => h?.close());

  /**
   * Every user table but the audit log, as a checksum of its rows: a 4xx must not change a single one. The audit
   * log records every write attempt, refused ones included, by design; it is checked on its own below.
   */
  const snapshot = async (): Promise<Record<string, string>> => {
    const tables: { name: string }[] = await h.db.query(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'audit_log' ORDER BY 1`,
    );
    const sums = await Promise.all(
      tables.map(
        async ({ name }) =>
          [
            name,
            (
              await h.db.query(`SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')
                                 AS sum FROM "${name}" t`)
            )[0].sum as string,
          ] as const,
      ),
    );
    return Object.fromEntries(sums);
  };

  /**
   * After a 2xx, waits until its asynchronous effects (a workflow's projection, a probe's echo) have landed, so that
   * they are not taken for a change made by the next request: two equal snapshots half a second apart, within 15 s.
   */
  const settle = async (): Promise<void> => {
    let last = JSON.stringify(await snapshot());
    for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
      await new Promise((r) => setTimeout(r, 500));
      const now = JSON.stringify(await snapshot());
      if (now === last) return;
      last = now;
    }
  };

  it('finds the endpoints of every concern in the OpenAPI document', () => {
    const paths = endpoints.map((e) => `${e.method.toUpperCase()} ${e.path}`);
    for (const expected of [
      'POST /units',
      'POST /regions',
      'POST /people',
      'POST /tokens',
      'DELETE /tokens/{id}',
      'POST /items',
      'POST /items/{id}/plan',
      'POST /policies',
      'PUT /calendar/overrides/{date}',
      'GET /items',
      'GET /ledger',
      'GET /board/items',
      'GET /inbox',
    ]) {
      expect(paths).toContain(expected);
    }
    console.log(`[fuzz drill] ${endpoints.length} endpoints: ${paths.join(', ')}`);
  });

  const param = fc.oneof(
    fc.uuid(),
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      '0',
      '-1',
      'null',
      'undefined',
      '..',
      '%00',
      '2026-02-30',
      '9999-99-99',
      ' ',
      '😀',
      "'; DROP",
      '\u0000',
    ),
    fc.integer().map(String),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  );
  /** Query values: numbers past every bound, a cursor in the old unsigned format, lists, nonsense. */
  const queryValue = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom('1e21', '-1', '9007199254740993', '1e308', 'NaN', '0x10', '', ' ', 'true', '%00', "'; DROP", '😀'),
    fc.integer().map(String),
    fc
      .record({ s: fc.constantFrom('deadline', '-title'), k: fc.string({ maxLength: 20 }), id: fc.uuid() })
      .map((c) => Buffer.from(JSON.stringify(c)).toString('base64url')),
  );
  const wrongValue = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.string({ maxLength: 300 }),
    fc.constantFrom('', ' ', null, -1, 0, 1e308, true, [], {}, '2026-02-30', 'x'.repeat(5000), '<script>', '\u0000'),
  );

  for (const caller of ['systemAdmin', 'branchSecretary'] as const) {
    it(`answers arbitrary input as ${caller} with 2xx or 4xx, never 5xx, and a 4xx changes no row`, async () => {
      const token = h.tokens[caller];
      const failures: string[] = [];
      let requests = 0;
      const statuses = new Map<number, number>();
      const deadline = Date.now() + BUDGET_MS;
      let skipped = 0;
      for (const endpoint of endpoints) {
        const body = fc.oneof(
          fc.dictionary(fc.constantFrom(...endpoint.fields, 'extra', '__proto__', 'constructor'), wrongValue, {
            maxKeys: 6,
          }),
          fc.jsonValue({ maxDepth: 3 }),
          fc.constantFrom('{', '{"a":', 'null', '[]', '"x"', '{"__proto__":{"admin":true}}').map((raw) => ({ raw })),
        );
        const query = fc.dictionary(
          fc.constantFrom(...endpoint.query, 'extra', 'limit', 'offset', 'cursor'),
          queryValue,
          {
            maxKeys: 4,
          },
        );
        await fc.assert(
          fc.asyncProperty(
            fc.array(param, { minLength: 4, maxLength: 4 }),
            body,
            query,
            async (params, payload, qs) => {
              if (Date.now() > deadline) {
                skipped++;
                return;
              }
              let i = 0;
              // An empty or dot segment would reach another endpoint (`/units/` is `GET /units`, `/units/..` is `/`;
              // clients normalise dot segments away): a blank stands in for it.
              const segment = (p: string | undefined) => (p === undefined || /^\.{0,2}$/.test(p) ? ' ' : p);
              const path = endpoint.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(segment(params[i++])));
              const url = endpoint.method === 'get' ? `${path}?${new URLSearchParams(qs).toString()}` : path;
              const before = await snapshot();
              const [{ last: auditedBefore }] = await h.db.query('SELECT coalesce(max(id), 0) AS last FROM audit_log');
              // Always sent as text: supertest refuses a bare number or boolean body, an API client would not.
              const raw = (payload as { raw?: string } | null)?.raw;
              const res =
                endpoint.method === 'get'
                  ? await h.http().get(url).set(bearer(token))
                  : await h
                      .http()
                      [endpoint.method](url)
                      .set(bearer(token))
                      .set('Content-Type', 'application/json')
                      .send(typeof raw === 'string' ? raw : JSON.stringify(payload));
              requests++;
              statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
              const where = `${endpoint.method.toUpperCase()} ${url} ${JSON.stringify(payload).slice(0, 200)}`;
              if (res.status < 300 && endpoint.method !== 'get') await settle();
              if (res.status >= 500)
                failures.push(`${res.status} ${where} → ${JSON.stringify(res.body).slice(0, 200)}`);
              if (res.status >= 400 && res.status < 500) {
                if (!res.body?.error?.code) failures.push(`${res.status} without an error body: ${where}`);
                const after = await snapshot();
                const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
                if (changed.length > 0) failures.push(`${res.status} changed ${changed.join(', ')}: ${where}`);
                // A refusal that reached a handler is audited as that refusal, never as a success.
                const audited: { status: number }[] = await h.db.query('SELECT status FROM audit_log WHERE id > $1', [
                  auditedBefore,
                ]);
                if (audited.some((a) => a.status !== res.status)) {
                  failures.push(`${res.status} audited as ${audited.map((a) => a.status).join(', ')}: ${where}`);
                }
              }
            },
          ),
          { numRuns: RUNS, seed: Number(process.env.FAULTS_FUZZ_SEED ?? Date.now() % 2 ** 31) },
        );
      }
      const tally = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`);
      console.log(
        `[fuzz drill] ${caller}: ${requests} requests over ${endpoints.length} endpoints: ${tally.join(' ')}` +
          (skipped ? `; ${skipped} runs skipped past the ${BUDGET_MS / 1000} s bound` : ''),
      );
      expect(failures.slice(0, 20)).toEqual([]);
    });
  }
});
