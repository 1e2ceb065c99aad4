/**
 * The plans of the ledger's hot statements at 100k rows (issue 20): `node dist/bench/explain.js [rows] [port]` after
 * `npm run build`. Starts only Postgres (its own cluster under .data/explain, removed afterwards), applies the
 * migrations, seeds the demo organisation, 20 bench regions and the rows as benchmark 5 does, then runs every
 * statement that GET /items, GET /ledger, GET /board and the export send for three callers through
 * `EXPLAIN (ANALYZE, BUFFERS)` and prints each plan with its execution time (the best of three runs).
 */
import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../libs/config/src';
import type { Caller, HeldRole } from '../libs/identity/src';
import { ItemsService } from '../libs/items/src';
import { BoardService, LedgerService } from '../libs/ledger/src';
import { seedDemoOrganisation } from '../libs/organisation/src';
import { dataSourceOptions, runMigrations } from '../libs/persistence/src';
import { PoliciesService } from '../libs/policies/src';
import { projectRoot, startEmbeddedPostgres } from '../libs/runtime/src';
import { seedLedgerRows } from './reads';
import type { World } from './world';
import { demoIds, seedRegions } from './world';

interface Statement {
  text: string;
  values: unknown[];
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 100_000);
  const port = Number(process.argv[3] ?? 19001);
  const clusterDir = join(projectRoot(), '.data', 'explain');
  const pg = await startEmbeddedPostgres({ clusterDir, port, database: 'explain', fast: true });
  const pool = new Pool({ connectionString: pg.url, max: 4 });
  const db = new DataSource({ ...dataSourceOptions(pg.url), logging: false });
  try {
    await runMigrations(pg.url);
    await db.initialize();
    if (!(await seedDemoOrganisation(db))) throw new Error('the explain cluster was not empty');
    const policies = new PoliciesService(db);
    await policies.onModuleInit();
    const people = await callers(pool);
    // seedRegions and seedLedgerRows read only the pool, the demo ids and the regions of a World.
    const world = { pg: pool, demo: await demoIds(pool), regions: [] } as unknown as World;
    world.regions.push(...(await seedRegions(world, 20, 10)));
    await seedLedgerRows(world, rows / 100_000);
    await pool.query('VACUUM ANALYZE');

    const statements: Statement[] = [];
    const recording = new Proxy(db, {
      get(target, key, receiver) {
        if (key !== 'query') return Reflect.get(target, key, receiver) as unknown;
        return (text: string, values: unknown[] = []) => {
          statements.push({ text, values });
          return target.query(text, values);
        };
      },
    });
    const config = { orgTimeZone: 'Asia/Shanghai', secretKey: Buffer.alloc(32, 7) } as AppConfig;
    const ledger = new LedgerService(recording, config);
    const board = new BoardService(recording, config, policies);
    const items = new ItemsService(recording, undefined as never, config, undefined as never, undefined as never);
    const views: [string, Caller, () => Promise<unknown>][] = [];
    for (const [who, caller] of Object.entries(people)) {
      views.push([`GET /items?limit=20 (${who})`, caller, () => items.list(caller, { limit: 20, offset: 0 })]);
      views.push([
        `GET /items?status=open,in_progress&light=red (${who})`,
        caller,
        () => items.list(caller, { status: ['open', 'in_progress'], light: ['red'], limit: 50, offset: 0 }),
      ]);
      views.push([
        `GET /ledger?status=open,in_progress&light=red&sort=deadline (${who})`,
        caller,
        () => ledger.page(caller, { status: ['open', 'in_progress'], light: ['red'], sort: 'deadline' }, 50),
      ]);
      views.push([`GET /board?limit=50 (${who})`, caller, () => board.board(caller, {}, 50)]);
      views.push([`export: counts and first batch (${who})`, caller, () => exportStart(ledger, caller)]);
    }
    for (const [name, , run] of views) {
      statements.length = 0;
      await run();
      console.log(`\n## ${name}\n`);
      for (const s of statements.filter((s) => /^\s*(SELECT|WITH)/i.test(s.text))) {
        const plans: { plan: string; ms: number }[] = [];
        for (let n = 0; n < 3; n++) {
          const result = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values);
          const plan = result.rows.map((r) => r['QUERY PLAN']).join('\n');
          plans.push({ plan, ms: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN) });
        }
        const best = plans.sort((a, b) => a.ms - b.ms)[0];
        const first = s.text.replace(/\s+/g, ' ').trim().slice(0, 110);
        console.log(`### ${best.ms.toFixed(2)} ms — ${first}…\n\n\`\`\`\n${best.plan}\n\`\`\`\n`);
      }
    }
  } finally {
    await db.destroy().catch(() => undefined);
    await pool.end();
    await pg.stop();
    rmSync(clusterDir, { recursive: true, force: true });
  }
}

/** The demo organisation's committee member, lead admin and branch secretary as the AuthGuard would resolve them. */
async function callers(pool: Pool): Promise<Record<string, Caller>> {
  const { rows } = await pool.query<{
    person_id: string;
    name: string;
    unit_id: string;
    role: string;
    role_unit_id: string;
    path: string;
  }>(
    `SELECT p.id AS person_id, p.name, p.unit_id, a.role, a.unit_id AS role_unit_id, u.path
       FROM role_assignments a JOIN people p ON p.id = a.person_id JOIN units u ON u.id = a.unit_id`,
  );
  const of = (role: string): Caller => {
    const r = rows.find((x) => x.role === role);
    if (!r) throw new Error(`the demo organisation has no ${role}`);
    const held = rows
      .filter((x) => x.person_id === r.person_id)
      .map((x): HeldRole => ({ role: x.role as HeldRole['role'], unitId: x.role_unit_id, unitPath: x.path }));
    return { personId: r.person_id, name: r.name, unitId: r.unit_id, roles: held };
  };
  return {
    committee: of('committee_member'),
    'lead admin': of('lead_admin'),
    'branch secretary': of('branch_secretary'),
  };
}

/** What the export asks first: the counts per unit, then the first batch of the first unit's sheet. */
async function exportStart(ledger: LedgerService, caller: Caller): Promise<void> {
  const counts = await ledger.counts(caller, {});
  const unit = counts.byUnit[0];
  if (unit) await ledger.entries(caller, {}, unit.unitId).next();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
