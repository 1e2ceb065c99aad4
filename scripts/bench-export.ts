/**
 * Export benchmark: seeds N ledger rows (default 100,000) into a scratch database on a private embedded Postgres,
 * then exports views to .xlsx in child processes and prints rows, seconds, file size and each child's peak RSS.
 * It prints figures and asserts nothing. Run:
 *
 *   npx tsc -p tsconfig.build.json && node dist/scripts/bench-export.js [rows]
 */
import { fork } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { Caller } from '../libs/identity/src';
import { LedgerExportService, type LedgerFilter, LedgerService } from '../libs/ledger/src';
import { seedDemoOrganisation } from '../libs/organisation/src';
import { dataSourceOptions, runMigrations } from '../libs/persistence/src';
import { dataDir, freePort, projectRoot, startEmbeddedPostgres } from '../libs/runtime/src';
import { bulkInsertItems, demoOrg } from '../test/support/ledger-fixtures';

const TIME_ZONE = 'Asia/Shanghai';
const OUT = join(projectRoot(), 'bench-out');

interface Figures {
  view: string;
  rows: number;
  seconds: number;
  megabytes: number;
  rssBeforeMb: number;
  peakRssMb: number;
}

async function child(url: string, view: string, filter: LedgerFilter): Promise<void> {
  const db = new DataSource(dataSourceOptions(url, 2));
  await db.initialize();
  const [admin] = await db.query(
    `SELECT p.id, p.unit_id, u.path FROM people p JOIN role_assignments r ON r.person_id = p.id
       JOIN units u ON u.id = r.unit_id WHERE r.role = 'system_admin' LIMIT 1`,
  );
  const caller: Caller = {
    personId: admin.id,
    name: 'bench',
    unitId: admin.unit_id,
    roles: [{ role: 'system_admin', unitId: admin.unit_id, unitPath: admin.path }],
  };
  const config = { orgTimeZone: TIME_ZONE };
  const exporter = new LedgerExportService(new LedgerService(db, config), config);
  const file = join(OUT, `${view}.xlsx`);
  const rssBefore = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  const out = createWriteStream(file);
  const closed = new Promise<void>((resolve) => out.on('close', () => resolve()));
  const rows = await exporter.write(caller, filter, out);
  await closed;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const figures: Figures = {
    view,
    rows,
    seconds: Math.round(seconds * 100) / 100,
    megabytes: Math.round(statSync(file).size / 1e5) / 10,
    rssBeforeMb: Math.round(rssBefore / 1e5) / 10,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1e2) / 10,
  };
  process.send?.(figures);
  await db.destroy();
}

function runChild(url: string, view: string, filter: LedgerFilter): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const proc = fork(__filename, ['--child', url, view, JSON.stringify(filter)]);
    proc.once('message', (m) => resolve(m as Figures));
    proc.once('exit', (code) => (code ? reject(new Error(`export child exited with ${code}`)) : undefined));
  });
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 100_000);
  const folder = join(dataDir(), `bench-${process.pid}`);
  const pg = await startEmbeddedPostgres({ clusterDir: folder, port: await freePort(), database: 'bench', fast: true });
  try {
    await runMigrations(pg.url);
    const db = new DataSource(dataSourceOptions(pg.url, 2));
    await db.initialize();
    await seedDemoOrganisation(db);
    const org = await demoOrg(db);
    const units = ['wuhu-glgj-dzb', 'wuhu-zjq-dzb', 'wuhu-gdjt-dzb', 'wuhu-zjq-dxz1'].map((c) => org.units[c]);
    const seeding = Date.now();
    await bulkInsertItems(db, rows, [...units, org.leadUnitId], org.regionId, org.leadUnitId, org.people['系统管理员']);
    await db.query('ANALYZE items');
    console.log(`seeded ${rows} items in ${((Date.now() - seeding) / 1000).toFixed(1)} s`);
    await db.destroy();

    mkdirSync(OUT, { recursive: true });
    const results: Figures[] = [];
    // A small view first: its peak RSS is the baseline the full export should stay close to.
    results.push(await runChild(pg.url, 'red-one-unit', { light: ['red'], unitId: units[0] }));
    results.push(await runChild(pg.url, 'master-all', {}));
    console.table(results);
  } finally {
    await pg.stop();
    rmSync(pg.clusterDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4], JSON.parse(process.argv[5]) as LedgerFilter).catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
