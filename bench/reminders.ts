/**
 * Benchmark 4: reminder lateness, due time → inbox row (notifications.created_at − due_at).
 *
 * Reminders land at the policy's reminderTimeLocal on calendar days, so a real-time run cannot wait for 09:00. The
 * items here carry a bench-only variation of the default policy (the workflow keeps the policy it is given):
 * reminderTimeLocal = the chosen minute today, reminders at T−1 only, deadline the day after tomorrow. 倒排工期
 * then puts the plan milestone tomorrow and the others on the deadline, so each item owes exactly one reminder:
 * the plan's T−1, today at that minute. A calendar override makes today a working day, so a weekend run works too.
 *
 * Side by side: a one-minute polling scheduler (the cron approach), ticking at each wall-clock minute, selecting due
 * rows from a table and inserting one inbox row each, over the same number of due rows in the same run.
 */
import type { PoolClient } from 'pg';
import { DEFAULT_POLICY_SET, resolvePolicy } from '../libs/domain/src';
import { deliveryWorkflowIds } from '../workflows/contracts';
import { bareStarts } from './creation';
import { type Figure, percentile, Progress, round, scaled, sleep, waitFor } from './support';
import {
  itemHistoryLengths,
  itemInput,
  localDate,
  seedRegions,
  startItems,
  TASK_QUEUE,
  TIME_ZONE,
  type World,
} from './world';

const LONE_ITEMS = 5;
/** The burst's minute leaves this much more time than seeding took at the measured rate, plus 30 s. */
const SEED_MARGIN = 1.5;
/** Items whose histories are read before and after the burst, for the events each reminder costs. */
const EVENT_SAMPLE = 50;

/**
 * `seedRate` (items/s, benchmark 3's) and `bareRate` (no-op starts/s, benchmark 1's) when those ran; otherwise they
 * are measured here. The burst's minute is chosen from the slower of benchmark 3's rate and a calibration seeding
 * measured here, with a margin; a burst that is not whole when its minute comes (seeding ran past it) gets no figure.
 * The lone reminder's figure goes to `measured` as soon as it is known, so that a run stopped during the long burst
 * still reports it.
 */
export async function reminderLateness(
  world: World,
  scale: number,
  seedRate: number | null,
  bareRate: number | null,
  measured: (figure: Figure) => void,
): Promise<Figure[]> {
  const regions = world.regions.length > 0 ? world.regions : await seedRegions(world, 20, 10);
  await world.pg.query(`
    CREATE TABLE IF NOT EXISTS bench_due (id bigserial PRIMARY KEY, grp text NOT NULL, due_at timestamptz NOT NULL,
                                          fired_at timestamptz);
    CREATE INDEX IF NOT EXISTS bench_due_pending ON bench_due (due_at) WHERE fired_at IS NULL;
    CREATE TABLE IF NOT EXISTS bench_inbox (id bigserial PRIMARY KEY, due_id bigint NOT NULL,
                                            created_at timestamptz NOT NULL DEFAULT clock_timestamp());`);
  const poller = startPoller(await world.pg.connect());
  try {
    // ── A lone reminder: a few items due at the next minute, nothing else going on.
    const loneDue = Math.ceil((Date.now() + 25_000) / 60_000) * 60_000;
    await insertDue(
      world,
      'lone',
      Array.from({ length: LONE_ITEMS }, () => Date.now() + 1000 + Math.random() * (loneDue - Date.now() - 2000)),
    );
    const lone = await seedReminders(world, regions, LONE_ITEMS, loneDue, 'lone');
    await waitUntil(loneDue + 1000);
    const loneLate = await lateness(world, lone.ids, loneDue, lone.expected, 60_000);
    const pollerLone = await pollerLateness(world, 'lone', LONE_ITEMS, 90_000);
    measured(loneFigure(loneLate, pollerLone));

    // ── The burst: many reminders due at the same minute, seeded so that they are all asleep before it.
    const count = scaled(10_000, scale, 50);
    const bare = bareRate ?? (await bareStarts(world, scale, '4')).rate;
    // Calibration: items seeded exactly like the burst's, whose minute has passed (they owe nothing today).
    const calibration = Math.max(20, Math.round(count * 0.05));
    const calibrationStart = Date.now();
    await seedReminders(world, regions, calibration, Math.floor(Date.now() / 60_000) * 60_000 - 60_000, 'calibration');
    const measuredRate = calibration / ((Date.now() - calibrationStart) / 1000);
    const rate = Math.min(measuredRate, seedRate && seedRate > 0 ? seedRate : Infinity);
    const burstDue = Math.ceil((Date.now() + (count / rate) * 1000 * SEED_MARGIN + 30_000) / 60_000) * 60_000;
    if (localDate(burstDue) !== localDate(Date.now())) {
      return [burstMissing(count, 'the burst minute would fall on the next local day; run again later')];
    }
    await insertDue(
      world,
      'burst',
      Array.from({ length: count }, () => burstDue),
    );
    const burst = await seedReminders(world, regions, count, burstDue, 'burst');
    const seededBy = Date.now();
    const rateNote =
      `seeded at ${round(rate)} items/s (calibration ${round(measuredRate)}/s` +
      `${seedRate ? `, benchmark 3 ${round(seedRate)}/s` : ''}); minute ${new Date(burstDue).toISOString()}, ` +
      `seeding done ${round((burstDue - seededBy) / 1000)} s before it`;
    const sample = burst.ids.slice(0, EVENT_SAMPLE);
    const eventsBefore = await historyEvents(world, sample);
    process.stderr.write(`  waiting for the burst minute ${new Date(burstDue).toISOString()} …\n`);
    await waitUntil(burstDue + 1000);
    if (burst.expected < count) {
      // Part of the burst was started after its minute: a drain figure would measure seeding, not the burst.
      const why =
        `burst not whole: only ${burst.expected} of ${count} items were asleep before the minute ` +
        `(seeding ran past it); no figure (${rateNote})`;
      return [burstMissing(count, why)];
    }
    const drainProgress = new Progress(`4 burst of ${burst.expected} reminders`, burst.expected);
    // Ten times the target, so that a slow drain is still measured to its end.
    const burstLate = await lateness(world, burst.ids, burstDue, burst.expected, 1_200_000, drainProgress);
    drainProgress.done();
    const eventsAfter = await historyEvents(world, sample);
    const pollerBurst = await pollerLateness(world, 'burst', count, 180_000);
    const drainedPerSecond = burstLate.drainS ? burstLate.count / burstLate.drainS : null;
    const itemEvents = (eventsAfter.items - eventsBefore.items) / sample.length;
    const dispatcherEvents = (eventsAfter.dispatcher - eventsBefore.dispatcher) / burst.expected;

    const ratio = (a: number | null, b: number | null) => (a !== null && b ? round(a / b, 2) : null);
    return [
      {
        benchmark: '4 reminder lateness',
        figure: `burst of ${burstLate.count} reminders due at one minute: time to drain (last inbox row)`,
        value: round(burstLate.drainS),
        unit: 's',
        baseline: { label: `one-minute poller, ${pollerBurst.count} due rows`, value: round(pollerBurst.drainS) },
        ratio: ratio(burstLate.drainS, pollerBurst.drainS),
        target: '≤ 120 s',
        pass: burstLate.drainS !== null && burstLate.drainS <= 120 && burstLate.count === burst.expected,
        note: `${burstLate.count}/${burst.expected} inbox rows; ${rateNote}`,
      },
      {
        benchmark: '4 reminder lateness',
        figure: 'burst: reminders drained / s vs bare no-op starts / s',
        value: round(drainedPerSecond),
        unit: '/s',
        baseline: { label: 'bare no-op starts/s', value: round(bare) },
        ratio: ratio(drainedPerSecond, bare),
        target: '≥ 0.8',
        pass: drainedPerSecond !== null && drainedPerSecond / bare >= 0.8,
      },
      {
        benchmark: '4 reminder lateness',
        figure: 'burst: history events per reminder (item workflow; dispatcher)',
        value: round(itemEvents + dispatcherEvents, 2),
        unit: 'events',
        note:
          `item workflow ${round(itemEvents, 2)} (${sample.length} items sampled), ` +
          `dispatcher ${round(dispatcherEvents, 3)} per reminder`,
      },
      {
        benchmark: '4 reminder lateness',
        figure: 'burst: lateness p50',
        value: round(burstLate.p50 / 1000, 2),
        unit: 's',
        baseline: { label: 'one-minute poller p50', value: round(pollerBurst.p50 / 1000, 2) },
        ratio: ratio(burstLate.p50, pollerBurst.p50),
      },
      {
        benchmark: '4 reminder lateness',
        figure: 'burst: lateness p99',
        value: round(burstLate.p99 / 1000, 2),
        unit: 's',
        baseline: { label: 'one-minute poller p99', value: round(pollerBurst.p99 / 1000, 2) },
        ratio: ratio(burstLate.p99, pollerBurst.p99),
      },
    ];
  } finally {
    await poller.stop();
  }
}

interface Lateness {
  count: number;
  p50: number;
  p99: number;
  drainS: number | null;
}

function loneFigure(temporal: Lateness, poller: Lateness): Figure {
  const p99 = temporal.count > 0 ? temporal.p99 : null;
  return {
    benchmark: '4 reminder lateness',
    figure: `a reminder not in a burst (${temporal.count} due at a quiet minute): lateness p99`,
    value: round(p99 === null ? null : p99 / 1000, 2),
    unit: 's',
    baseline: {
      label: 'one-minute poller p99 (due at random seconds before its tick)',
      value: round(poller.p99 / 1000, 2),
    },
    ratio: p99 !== null && poller.p99 ? round(p99 / poller.p99, 3) : null,
    target: '≤ 2 s',
    pass: p99 !== null && p99 <= 2000 && temporal.count === LONE_ITEMS,
  };
}

/** The burst's drain figure when there is no honest value for it: none, a miss, and why. */
function burstMissing(count: number, why: string): Figure {
  return {
    benchmark: '4 reminder lateness',
    figure: `burst of ${count} reminders due at one minute: time to drain (last inbox row)`,
    value: null,
    unit: 's',
    target: '≤ 120 s',
    pass: false,
    note: why,
  };
}

/** Items owing exactly one reminder at `dueAt` (see the file comment); returns their ids and how many will fire. */
async function seedReminders(
  world: World,
  regions: World['regions'],
  count: number,
  dueAt: number,
  label: string,
): Promise<{ ids: string[]; expected: number }> {
  const hhmm = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(dueAt);
  const today = localDate(Date.now());
  const policy = { ...resolvePolicy(DEFAULT_POLICY_SET, 'major'), reminderTimeLocal: hhmm, reminderOffsetsDays: [1] };
  const inputs = Array.from({ length: count }, (_, n) =>
    itemInput(world.demo, regions[n % regions.length], n, {
      deadline: localDate(Date.now(), 2),
      policy,
      calendarOverrides: [{ date: today, kind: 'workday', note: 'bench' }],
      title: `基准测试：提醒 ${label} ${n}`,
    }),
  );
  await startItems(world, inputs, new Progress(`4 seed ${count} ${label} reminder items`, count), 64);
  const ids = inputs.map((i) => i.itemId);
  // An item created after the minute owes nothing today: its alerts start from its creation.
  const expected = (
    await world.pg.query(`SELECT count(*)::int AS n FROM items WHERE id = ANY($1) AND created_at < $2`, [
      ids,
      new Date(dueAt),
    ])
  ).rows[0].n as number;
  return { ids, expected };
}

/** Inbox rows (notifications) of these items' reminders at `dueAt`: lateness percentiles and time to drain. */
async function lateness(
  world: World,
  ids: string[],
  dueAt: number,
  expected: number,
  timeoutMs: number,
  progress?: Progress,
): Promise<Lateness> {
  const query = () =>
    world.pg.query(
      `SELECT extract(epoch FROM created_at - due_at) * 1000 AS ms FROM notifications
        WHERE item_id = ANY($1) AND kind = 'reminder' AND due_at = $2`,
      [ids, new Date(dueAt)],
    );
  await waitFor(
    async () => {
      const n = (
        await world.pg.query(
          `SELECT count(*)::int AS n FROM notifications WHERE item_id = ANY($1) AND kind = 'reminder' AND due_at = $2`,
          [ids, new Date(dueAt)],
        )
      ).rows[0].n as number;
      progress?.set(n);
      return n >= expected ? true : undefined;
    },
    timeoutMs,
    500,
  );
  const ms = (await query()).rows.map((r: { ms: string }) => Number(r.ms));
  return summary(ms);
}

function summary(ms: number[]): Lateness {
  return {
    count: ms.length,
    p50: percentile(ms, 50) ?? NaN,
    p99: percentile(ms, 99) ?? NaN,
    drainS: ms.length > 0 ? Math.max(...ms) / 1000 : null,
  };
}

async function insertDue(world: World, group: string, dues: number[]): Promise<void> {
  await world.pg.query(`INSERT INTO bench_due (grp, due_at) SELECT $1, unnest($2::timestamptz[])`, [
    group,
    dues.map((d) => new Date(d)),
  ]);
}

async function pollerLateness(world: World, group: string, count: number, timeoutMs: number): Promise<Lateness> {
  const sql = `SELECT extract(epoch FROM i.created_at - d.due_at) * 1000 AS ms
                 FROM bench_inbox i JOIN bench_due d ON d.id = i.due_id WHERE d.grp = $1`;
  await waitFor(
    async () => ((await world.pg.query(sql, [group])).rowCount ?? 0) >= count || undefined,
    timeoutMs,
    1000,
  );
  return summary((await world.pg.query(sql, [group])).rows.map((r: { ms: string }) => Number(r.ms)));
}

/**
 * The cron approach: at every wall-clock minute, select the due rows and insert one inbox row each, then mark them
 * fired, in one transaction. Stops when asked; each tick is bounded by the rows present.
 */
function startPoller(client: PoolClient): { stop: () => Promise<void> } {
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const next = Math.ceil((Date.now() + 1) / 60_000) * 60_000;
      while (!stopped && Date.now() < next) await sleep(Math.min(500, next - Date.now()));
      if (stopped) break;
      await client.query('BEGIN');
      const due = await client.query(
        'SELECT id FROM bench_due WHERE fired_at IS NULL AND due_at <= now() ORDER BY due_at FOR UPDATE',
      );
      for (const { id } of due.rows as { id: string }[]) {
        await client.query('INSERT INTO bench_inbox (due_id) VALUES ($1)', [id]);
      }
      await client.query(
        'UPDATE bench_due SET fired_at = clock_timestamp() WHERE fired_at IS NULL AND due_at <= now()',
      );
      await client.query('COMMIT');
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop.catch(() => undefined);
      client.release();
    },
  };
}

/**
 * History events so far: of these items' workflows, and of every run of the notification dispatcher (each reminder
 * is an outbox row it expands; with e-mail or robots configured, deliveries it sends).
 */
async function historyEvents(world: World, itemIds: string[]): Promise<{ items: number; dispatcher: number }> {
  const items = (await itemHistoryLengths(world, itemIds)).reduce((a, b) => a + b, 0);
  // Visibility keeps a run's history length once it has closed; the running one is described.
  const dispatcherId = deliveryWorkflowIds.dispatcher(TASK_QUEUE);
  let dispatcher = await world.temporal.workflow
    .getHandle(dispatcherId)
    .describe()
    .then((d) => Number(d.historyLength))
    .catch(() => 0); // not started yet: nothing woke it
  for await (const run of world.temporal.workflow.list({
    query: `WorkflowId = '${dispatcherId}' AND ExecutionStatus != 'Running'`,
  })) {
    dispatcher += Number(run.historyLength);
  }
  return { items, dispatcher };
}

async function waitUntil(at: number): Promise<void> {
  while (Date.now() < at) await sleep(Math.min(1000, at - Date.now()));
}
