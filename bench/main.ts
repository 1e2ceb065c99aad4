/**
 * `npm run bench`: starts its own embedded runtime, runs the benchmarks of issue 8 one after another, prints the
 * table (figure, the platform's own ceiling beside it, ratio, target, pass/miss) and writes it as JSON under
 * bench-out/, then stops everything and removes its data folder.
 *
 *   npm run bench                      full run (see bench/README.md)
 *   BENCH_SCALE=0.1 npm run bench      every count ×0.1 (also --scale=0.1)
 *   npm run bench -- --only=1,6        a subset (also BENCH_ONLY); --keep keeps the data folder
 *   npm run bench -- --engine=postgres on the Temporal server persisting to Postgres (also BENCH_ENGINE), not the
 *                                      dev server; the bootstrap builds it first (docs/production.md)
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { projectRoot, type TemporalEngine } from '../libs/runtime/src';
import { actionRoundTrip, itemCreation } from './creation';
import { cycleBurst } from './cycle-burst';
import { heldLoad } from './held-load';
import { pageLoads } from './pages';
import { apiReads, exportLedger, removeLedgerRows, type SeededLedger, seedLedgerRows } from './reads';
import { reminderLateness } from './reminders';
import { cpuSecondsOf, type Figure, runPool } from './support';
import { evidenceUploads } from './uploads';
import { localDate, startWorld, type World } from './world';

interface Options {
  scale: number;
  only: Set<string> | null;
  keep: boolean;
  timeoutMinutes: number;
  engine: TemporalEngine;
}

function options(argv: string[]): Options {
  const flag = (name: string): string | undefined =>
    argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`))?.split('=')[1] ??
    (argv.includes(`--${name}`) ? 'true' : undefined);
  const scale = Number(flag('scale') ?? process.env.BENCH_SCALE ?? 1);
  if (!(scale > 0 && scale <= 10)) throw new Error(`the scale must be a number in (0, 10], got ${scale}`);
  const only = flag('only') ?? process.env.BENCH_ONLY;
  const engine = flag('engine') ?? process.env.BENCH_ENGINE ?? 'dev';
  if (engine !== 'dev' && engine !== 'postgres') throw new Error(`the engine must be dev or postgres, got ${engine}`);
  return {
    engine,
    scale,
    only: only ? new Set(only.split(',').map((s) => s.trim())) : null,
    keep: flag('keep') !== undefined || process.env.BENCH_KEEP === '1',
    timeoutMinutes: Number(flag('timeout-minutes') ?? process.env.BENCH_TIMEOUT_MINUTES ?? 90),
  };
}

const log = (line: string): void => console.log(`[bench] ${line}`);

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const started = new Date();
  const figures: Figure[] = [];
  const cpu: PhaseCpu[] = [];
  let world: World | undefined;
  let finished = false;
  const finish = async (code: number, why?: string): Promise<never> => {
    if (!finished) {
      finished = true;
      if (why) log(why);
      report(figures, cpu, opts, started);
      log('Stopping the API, the worker, Temporal and Postgres …');
      await world?.stop();
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void finish(130, 'Interrupted.')).on('SIGTERM', () => void finish(143, 'Terminated.'));
  setTimeout(
    () => void finish(1, `Stopped after ${opts.timeoutMinutes} minutes (BENCH_TIMEOUT_MINUTES).`),
    opts.timeoutMinutes * 60_000,
  ).unref();

  log(
    `scale ${opts.scale}${opts.only ? `, only ${[...opts.only].join(',')}` : ''}; ${cpus().length} cores; ` +
      `engine ${opts.engine}`,
  );
  world = await startWorld({ keepData: opts.keep, log, engine: opts.engine });
  const w = world;
  const wanted = (n: string): boolean => !opts.only || opts.only.has(n);
  const phase = async (n: string, title: string, run: () => Promise<Figure[]>): Promise<void> => {
    if (!wanted(n)) return;
    log(`── ${n}. ${title}`);
    const t = performance.now();
    const cpuBefore = cpuOf(w);
    try {
      figures.push(...(await run()).map((f) => ({ ...f, engine: opts.engine })));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`   failed: ${message}`);
      figures.push({
        benchmark: `${n} ${title}`,
        figure: title,
        value: null,
        unit: '',
        pass: false,
        note: `error: ${message}`,
        engine: opts.engine,
      });
    }
    const phaseCpu = cpuSince(cpuBefore, cpuOf(w), n, (performance.now() - t) / 1000);
    cpu.push(phaseCpu);
    const spent = Object.entries(phaseCpu.cpuSeconds).map(([who, s]) => `${who} ${s}`);
    log(`   ${phaseCpu.wallSeconds.toFixed(0)} s; CPU seconds: ${spent.join(', ')}`);
  };

  let bareRate: number | null = null;
  let createdIds: string[] = [];
  await phase('1', 'item creation', async () => {
    const result = await itemCreation(w, opts.scale);
    bareRate = result.bareStartsPerSecond;
    createdIds = result.createdIds;
    return result.figures;
  });
  await phase('6', 'action round trip', async () => {
    if (createdIds.length === 0) createdIds = await createSome(w, 50);
    return actionRoundTrip(w, createdIds, opts.scale);
  });
  await phase('9', 'console page loads', () => pageLoads(w));
  await phase('2', 'cycle burst', () => cycleBurst(w, opts.scale, bareRate));
  // The quick read benchmarks before the long ones (so a timeout costs the least), then their rows go again so
  // that benchmark 3's "before" is a system without them.
  let ledger: SeededLedger | undefined;
  const seededLedger = async (): Promise<SeededLedger> => (ledger ??= await seedLedgerRows(w, opts.scale));
  await phase('5', 'API reads at 100k ledger rows', async () => apiReads(w, await seededLedger()));
  await phase('7', 'ledger xlsx export', async () => exportLedger(w, await seededLedger()));
  await phase('8', 'evidence uploads', () => evidenceUploads(w, opts.scale));
  if (ledger)
    await removeLedgerRows(w, ledger).catch((e: unknown) => log(`   removing the ledger rows failed: ${String(e)}`));
  let seedRate: number | null = null;
  await phase('3', 'held load', async () => {
    const result = await heldLoad(w, opts.scale);
    seedRate = result.seedRate;
    return result.figures;
  });
  await phase('4', 'reminder lateness', () =>
    reminderLateness(w, opts.scale, seedRate, bareRate, (f) => figures.push(f)),
  );
  await finish(0);
}

/** CPU seconds each process of the system under test spent in one phase (the figures for sizing it). */
interface PhaseCpu {
  benchmark: string;
  wallSeconds: number;
  cpuSeconds: Record<string, number>;
}

function cpuOf(world: World): Record<string, number | null> {
  return Object.fromEntries(
    Object.entries(world.processes()).map(([who, pid]) => [who, pid ? cpuSecondsOf(pid) : null]),
  );
}

function cpuSince(
  before: Record<string, number | null>,
  after: Record<string, number | null>,
  benchmark: string,
  wallSeconds: number,
): PhaseCpu {
  const cpuSeconds: Record<string, number> = {};
  for (const [who, end] of Object.entries(after)) {
    const start = before[who];
    if (end !== null && start !== null && start !== undefined) cpuSeconds[who] = Number((end - start).toFixed(1));
  }
  return { benchmark, wallSeconds: Number(wallSeconds.toFixed(1)), cpuSeconds };
}

/** Items for benchmark 6 when benchmark 1 did not run. */
async function createSome(world: World, count: number): Promise<string[]> {
  const ids: string[] = [];
  await runPool(count, 8, 120_000, async (i) => {
    const res = await world.api.call('POST', '/items', world.tokens.leadAdmin, {
      responsibleUnitId: world.demo.zhongjiangUnitId,
      title: `基准测试：动作 ${i}`,
      severity: 'major',
      deadline: localDate(Date.now(), 30),
    });
    if (res.status === 201) ids.push((JSON.parse(res.body) as { id: string }).id);
  });
  return ids;
}

function report(figures: Figure[], cpu: PhaseCpu[], opts: Options, started: Date): void {
  const cell = (v: unknown): string => (v === null || v === undefined ? '—' : String(v));
  const lines = [
    '| # | engine | figure | value | platform baseline | ratio | target | result |',
    '|---|---|---|---|---|---|---|---|',
    ...figures
      .map((f) =>
        [
          f.benchmark.split(' ')[0],
          f.engine ?? opts.engine,
          f.figure + (f.note ? ` — ${f.note}` : ''),
          f.value === null ? '—' : `${f.value} ${f.unit}`,
          f.baseline ? `${cell(f.baseline.value)} (${f.baseline.label})` : '—',
          cell(f.ratio),
          cell(f.target),
          f.pass === undefined || f.target === undefined ? '' : f.pass ? 'pass' : 'MISS',
        ].join(' | '),
      )
      .map((row) => `| ${row} |`),
  ];
  console.log(
    `\nhuijian benchmarks — scale ${opts.scale}, ${cpus().length} cores, engine ${opts.engine}, ` +
      `started ${started.toISOString()}\n`,
  );
  console.log(lines.join('\n'));
  const missed = figures.filter((f) => f.target !== undefined && f.pass === false);
  console.log(`\n${figures.length} figures, ${missed.length} targets missed.`);
  const dir = join(projectRoot(), 'bench-out');
  mkdirSync(dir, { recursive: true });
  const body = JSON.stringify(
    {
      startedAt: started.toISOString(),
      finishedAt: new Date().toISOString(),
      scale: opts.scale,
      engine: opts.engine,
      cores: cpus().length,
      node: process.version,
      figures,
      cpu,
    },
    null,
    2,
  );
  const file = join(dir, `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, body);
  writeFileSync(join(dir, 'latest.json'), body);
  console.log(`Written to ${file} (and bench-out/latest.json).`);
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
