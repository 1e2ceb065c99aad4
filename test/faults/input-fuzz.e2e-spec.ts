/**
 * Fault drill: bad input fuzz, driven by the OpenAPI document (/docs-json), so a new endpoint is covered without
 * touching this file. For every write endpoint fast-check sends bodies derived from the endpoint's own request schema
 * (right fields with right and wrong values, fields left out, unknown ones), arbitrary JSON and malformed text, as a
 * system admin and as a branch secretary; every endpoint with a path parameter gets arbitrary parameters, every one
 * with query parameters arbitrary query strings (values of the declared kind and wrong ones — `offset=1e21`, repeated
 * keys, unknown names); every endpoint with a body also an oversize body (413) and bodies that are not JSON (415). The API must keep the
 * contract — the status is one the operation documents and the body validates against its schema (the harness's
 * client checks each answer) — never answer 5xx, and a 4xx must leave every table exactly as it was.
 *
 * FAULTS_FUZZ_RUNS sets the runs per endpoint and caller (default 40). In-process API, no network beyond supertest.
 */
import type { OpenAPIObject } from '@nestjs/swagger';
import fc from 'fast-check';
import { bearer, type Harness, startHarness } from '../support/harness';

const RUNS = Number(process.env.FAULTS_FUZZ_RUNS ?? 40);
/** Wall-time bound per caller, shared out over the endpoints (runs past it are skipped and counted). */
const BUDGET_MS = RUNS * 2_500;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  nullable?: boolean;
}

interface Endpoint {
  method: Method;
  path: string;
  body?: Schema;
  /** The operation's query parameters, as the OpenAPI document declares them. */
  query: { name: string; schema?: Schema }[];
}

jest.setTimeout(BUDGET_MS * 2 + 150_000);

const param = fc.oneof(
  fc.uuid(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '0',
    '-1',
    '1',
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
/** Query values a client might type: numbers out of any range, non-numbers, empty, encoded oddities. */
const wrongQueryValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', '1e21', '-1', '-0', '0.5', 'NaN', 'Infinity', '9'.repeat(30), '%', '%00', 'true', 'null', '[]'),
  fc.integer().map(String),
  fc.uuid(),
);
const wrongValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 300 }),
  fc.constantFrom('', ' ', null, -1, 0, 1e308, true, [], {}, '2026-02-30', 'x'.repeat(5000), '<script>', '\u0000'),
);

describe('fault drill: bad input fuzz over every endpoint of the OpenAPI document', () => {
  let h: Harness;
  let doc: OpenAPIObject;
  let endpoints: Endpoint[];

  const resolve = (schema: Schema | undefined): Schema | undefined => {
    if (!schema) return undefined;
    if (schema.$ref) return resolve(doc.components?.schemas?.[schema.$ref.split('/').pop() as string] as Schema);
    if (schema.allOf?.length === 1) return { ...resolve(schema.allOf[0]), nullable: schema.nullable };
    return schema;
  };

  /** Values a client might send for a schema: mostly of the declared kind, sometimes anything at all. */
  const valueFor = (raw: Schema | undefined, depth = 0): fc.Arbitrary<unknown> => {
    const schema = resolve(raw);
    if (!schema || depth > 3) return wrongValue;
    const declared = ((): fc.Arbitrary<unknown> => {
      if (schema.enum) return fc.constantFrom(...schema.enum);
      switch (schema.type) {
        case 'string':
          if (schema.format === 'uuid') return fc.uuid();
          if (schema.format === 'date')
            return fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
          if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
          return fc.string({ maxLength: 60 });
        case 'integer':
          return fc.integer({ min: -5, max: 100 });
        case 'number':
          return fc.double({ min: -10, max: 1000, noNaN: true });
        case 'boolean':
          return fc.boolean();
        case 'array':
          return fc.array(valueFor(schema.items, depth + 1), { maxLength: 3 });
        default:
          return schema.properties ? bodyFor(schema, depth + 1) : fc.jsonValue({ maxDepth: 2 });
      }
    })();
    return fc.oneof({ arbitrary: declared, weight: 4 }, { arbitrary: wrongValue, weight: 1 });
  };

  /**
   * A query string for the endpoint's parameters: each present or left out, with a value of its declared kind (as a
   * client writes it) or a wrong one, now and then given twice or joined by a name the endpoint does not have.
   */
  const queryFor = (endpoint: Endpoint): fc.Arbitrary<string> => {
    if (endpoint.query.length === 0) return fc.constant('');
    const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));
    const pairs = endpoint.query.map(({ name, schema }) =>
      fc
        .option(
          fc.oneof(
            { arbitrary: valueFor(schema).map((v) => [text(v)]), weight: 3 },
            { arbitrary: wrongQueryValue.map((v) => [v]), weight: 2 },
            { arbitrary: fc.array(wrongQueryValue, { minLength: 2, maxLength: 3 }), weight: 1 },
          ),
          { freq: 2 },
        )
        .map((values) => (values ?? []).map((v) => `${name}=${encodeURIComponent(v)}`)),
    );
    return fc
      .tuple(
        fc.tuple(...pairs),
        fc.option(
          wrongQueryValue.map((v) => `unknown=${encodeURIComponent(v)}`),
          { freq: 5 },
        ),
      )
      .map(([given, extra]) => [...given.flat(), ...(extra ? [extra] : [])].join('&'));
  };

  /** An object of the schema's fields, each present or left out, plus now and then a field it does not have. */
  const bodyFor = (schema: Schema, depth = 0): fc.Arbitrary<Record<string, unknown>> => {
    const fields = Object.entries(schema.properties ?? {});
    return fc
      .tuple(
        fc.record(Object.fromEntries(fields.map(([name, s]) => [name, valueFor(s, depth)])), {
          requiredKeys: [],
        }),
        fc.option(fc.tuple(fc.constantFrom('extra', '__proto__', 'constructor'), wrongValue), { freq: 4 }),
      )
      .map(([body, extra]) => (extra ? { ...body, [extra[0]]: extra[1] } : body));
  };

  beforeAll(async () => {
    h = await startHarness({ worker: true });
    doc = (await h.http().get('/docs-json').expect(200)).body as OpenAPIObject;
    endpoints = Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).flatMap((method) => {
        const op = item[method] as {
          requestBody?: { content?: Record<string, { schema?: Schema }> };
          parameters?: { name: string; in: string; schema?: Schema }[];
        };
        const body = resolve(op.requestBody?.content?.['application/json']?.schema);
        const query = (op.parameters ?? [])
          .filter((p) => p.in === 'query')
          .map(({ name, schema }) => ({ name, schema }));
        // Reads are fuzzed through their path and query parameters; writes through parameters and bodies.
        if (method === 'get' && !path.includes('{') && query.length === 0) return [];
        return [{ method, path, body, query }];
      }),
    );
  });
  afterAll(() => h?.close());

  /**
   * Every user table but the audit log, as a checksum of its rows: a 4xx must not change a single one. The audit
   * log records every write attempt, refused ones included, by design; it is checked on its own below. So does
   * login_throttle: a refused sign-in counts toward the login's lockout (5 failures), which is its purpose.
   */
  const snapshot = async (): Promise<Record<string, string>> => {
    const tables: { name: string }[] = await h.db.query(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('audit_log', 'login_throttle') ORDER BY 1`,
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
   * they are not taken for a change made by the next request: no change over two seconds (a probe's echo takes a
   * worker round trip), within 15 s.
   */
  const settle = async (): Promise<void> => {
    let last = JSON.stringify(await snapshot());
    let quiet = 0;
    for (const deadline = Date.now() + 15_000; Date.now() < deadline && quiet < 4;) {
      await new Promise((r) => setTimeout(r, 500));
      const now = JSON.stringify(await snapshot());
      quiet = now === last ? quiet + 1 : 0;
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
      'GET /items/{id}',
      'POST /policies',
      'PUT /calendar/overrides/{date}',
      'POST /cycles/{id}/inspections',
      'GET /inbox/acknowledge/{token}',
      'GET /items',
      'GET /ledger',
      'GET /audit',
    ]) {
      expect(paths).toContain(expected);
    }
    // Bodies come from the request schemas: the fields of POST /items are known.
    const create = endpoints.find((e) => e.method === 'post' && e.path === '/items');
    expect(Object.keys(create?.body?.properties ?? {})).toEqual(expect.arrayContaining(['responsibleUnitId', 'title']));
    // Query strings come from the declared parameters: the ledger's filters and paging are known.
    const ledger = endpoints.find((e) => e.method === 'get' && e.path === '/ledger');
    expect(ledger?.query.map((q) => q.name)).toEqual(expect.arrayContaining(['minOverdueDays', 'cursor', 'limit']));
    console.log(`[fuzz drill] ${endpoints.length} endpoints: ${paths.join(', ')}`);
  });

  /** One request, checked: contract (by the harness client), no 5xx, a 4xx changes nothing, audited as answered. */
  const probe = async (
    token: string,
    endpoint: Endpoint,
    url: string,
    send: { type: string; text: string } | undefined,
    expectStatus: number | undefined,
    failures: string[],
    statuses: Map<number, number>,
  ): Promise<void> => {
    const before = await snapshot();
    const [{ last: auditedBefore }] = await h.db.query('SELECT coalesce(max(id), 0) AS last FROM audit_log');
    const where = `${endpoint.method.toUpperCase()} ${url} ${send ? `${send.type} ${send.text.slice(0, 150)}` : ''}`;
    let req = h.http()[endpoint.method](url).set(bearer(token));
    if (send) req = req.set('Content-Type', send.type).send(send.text);
    let res;
    try {
      res = await req;
    } catch (error) {
      // The harness client throws when the answer breaks the OpenAPI contract.
      failures.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    if (expectStatus !== undefined && res.status !== expectStatus) {
      failures.push(`${res.status} where ${expectStatus} was due: ${where}`);
    }
    // A read has no effects to wait for.
    if (res.status < 300 && endpoint.method !== 'get') await settle();
    if (res.status >= 500) failures.push(`${res.status} ${where} → ${JSON.stringify(res.body).slice(0, 200)}`);
    if (res.status >= 400 && res.status < 500) {
      const after = await snapshot();
      const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
      if (changed.length > 0) failures.push(`${res.status} changed ${changed.join(', ')}: ${where}`);
      // A refusal is audited as that refusal, never as a success.
      const audited: { status: number }[] = await h.db.query('SELECT status FROM audit_log WHERE id > $1', [
        auditedBefore,
      ]);
      if (audited.some((a) => a.status !== res.status)) {
        failures.push(`${res.status} audited as ${audited.map((a) => a.status).join(', ')}: ${where}`);
      }
    }
  };

  for (const caller of ['systemAdmin', 'branchSecretary'] as const) {
    it(`answers arbitrary input as ${caller} within the contract, never 5xx, and a 4xx changes no row`, async () => {
      const token = h.tokens[caller];
      const failures: string[] = [];
      const statuses = new Map<number, number>();
      let requests = 0;
      let skipped = 0;
      for (const endpoint of endpoints) {
        // An equal share of the bound per endpoint, so that a slow one (a 2xx waits for its effects) starves no other.
        const deadline = Date.now() + BUDGET_MS / endpoints.length;
        const withBody = endpoint.method !== 'get' && endpoint.method !== 'delete';
        const body: fc.Arbitrary<string | undefined> = withBody
          ? fc.oneof(
              {
                arbitrary: (endpoint.body ? bodyFor(endpoint.body) : wrongValue).map((b) => JSON.stringify(b)),
                weight: 4,
              },
              { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((b) => JSON.stringify(b)), weight: 1 },
              {
                arbitrary: fc.constantFrom('{', '{"a":', 'null', '[]', '"x"', '{"__proto__":{"admin":true}}'),
                weight: 1,
              },
            )
          : fc.constant(undefined);
        await fc.assert(
          fc.asyncProperty(
            fc.array(param, { minLength: 4, maxLength: 4 }),
            body,
            queryFor(endpoint),
            async (params, text, query) => {
              if (Date.now() > deadline) {
                skipped++;
                return;
              }
              let i = 0;
              const path = endpoint.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(params[i++] ?? 'x'));
              const url = query ? `${path}?${query}` : path;
              // Always sent as text: supertest refuses a bare number or boolean body, an API client would not.
              const send = text === undefined ? undefined : { type: 'application/json', text };
              await probe(token, endpoint, url, send, undefined, failures, statuses);
              requests++;
            },
          ),
          { numRuns: RUNS, seed: Number(process.env.FAULTS_FUZZ_SEED ?? Date.now() % 2 ** 31) },
        );
        if (!withBody) continue;
        // At the door, whatever the caller: an oversize body is a 413, a body that is not JSON a 415.
        const url = endpoint.path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        const oversize = { type: 'application/json', text: JSON.stringify({ text: 'x'.repeat(300_000) }) };
        await probe(token, endpoint, url, oversize, 413, failures, statuses);
        for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
          await probe(token, endpoint, url, { type, text: 'a=1' }, 415, failures, statuses);
        }
        requests += 4;
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
