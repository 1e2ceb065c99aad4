/**
 * Benchmark 3: many open items sleeping on their reminder timers. Worker RSS, and the API's GET /items p99 for a
 * branch secretary whose own ledger does not change, before and while the items are held.
 */
import { type Figure, memoryOf, percentile, Progress, round, runPool, scaled, sleep } from './support';
import { itemInput, seedRegions, startItems, type World } from './world';

const LATENCY_SAMPLES = 400;

export interface HeldResult {
  figures: Figure[];
  /** Direct starts per second including the ledger row (used to time benchmark 4's seeding). */
  seedRate: number;
}

export async function heldLoad(world: World, scale: number): Promise<HeldResult> {
  const count = scaled(20_000, scale, 100);
  const regions = world.regions.length > 0 ? world.regions : await seedRegions(world, 20, 10);
  await sleep(3000); // let earlier phases' last workflow tasks settle
  const before = await ledgerLatency(world, 'before');
  const workerBefore = memoryOf(world.workerPid());

  const inputs = Array.from({ length: count }, (_, n) => itemInput(world.demo, regions[n % regions.length], n));
  const seeded = await startItems(world, inputs, new Progress(`3 seed ${count} held items`, count), 64);
  const seedRate = seeded.inLedger / (seeded.ms / 1000);
  await sleep(5000); // every item is now asleep on its timer
  const held = await ledgerLatency(world, 'held');
  const workerHeld = memoryOf(world.workerPid());
  const open = (await world.pg.query(`SELECT count(*)::int AS n FROM items WHERE status NOT IN ('closed','cancelled')`))
    .rows[0].n as number;

  const ratio = before.p99 && held.p99 ? held.p99 / before.p99 : null;
  const rss = workerHeld?.rssMiB ?? null;
  return {
    seedRate,
    figures: [
      {
        benchmark: '3 held load',
        figure: `worker RSS with ${seeded.inLedger} items held on timers (${open} open items in all)`,
        value: round(rss),
        unit: 'MiB',
        baseline: { label: 'worker RSS before seeding', value: round(workerBefore?.rssMiB) },
        ratio: rss === null ? null : round(rss / 1024, 2),
        target: '≤ 1024 MiB',
        pass: rss !== null && rss <= 1024,
        note:
          `peak (VmHWM) ${round(workerHeld?.peakMiB)} MiB; seeded by direct starts at ${round(seedRate)} items/s ` +
          `(ledger row included)`,
      },
      {
        benchmark: '3 held load',
        figure: 'GET /items p99 (branch secretary, one client) while held vs before',
        value: round(held.p99),
        unit: 'ms',
        baseline: { label: 'p99 before seeding', value: round(before.p99) },
        ratio: round(ratio, 2),
        target: 'ratio ≤ 1.2',
        pass: ratio !== null && ratio <= 1.2,
        note: `p50 ${round(held.p50)} ms held vs ${round(before.p50)} ms before, ${LATENCY_SAMPLES} requests each`,
      },
    ],
  };
}

/** GET /items for the demo branch secretary (same rows before and after: held items are in bench regions). */
async function ledgerLatency(world: World, label: string): Promise<{ p50: number | null; p99: number | null }> {
  const samples: number[] = [];
  const progress = new Progress(`3 GET /items, ${label}`, LATENCY_SAMPLES);
  await runPool(
    LATENCY_SAMPLES,
    1,
    60_000,
    async () => {
      const res = await world.api.call('GET', '/items?limit=20', world.tokens.branchSecretary);
      if (res.status !== 200) throw new Error(`GET /items answered ${res.status}`);
      samples.push(res.ms);
    },
    progress,
  );
  progress.done();
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}
