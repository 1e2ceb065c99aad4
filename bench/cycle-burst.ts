/**
 * Benchmark 2: the 25th of the month. N regions × 10 units open their cycles at once and every unit files its
 * self-check with 10 findings through the cycle's update; each finding starts an item workflow. Measured: time from
 * the first cycle start until every item is in the ledger with its milestones, and what a submission costs the
 * cycle's history (events and workflow tasks).
 */
import { randomUUID } from 'node:crypto';
import {
  assignPairs,
  DEFAULT_PHASE_WINDOWS,
  DEFAULT_POLICY_SET,
  DEFAULT_RUBRIC,
  DomainError,
} from '../libs/domain/src';
import type { WorkflowHandle } from '@temporalio/client';
import { type CycleInput, cycleUpdates, type SubmissionInput } from '../workflows/contracts';
import { type Figure, Progress, round, runPool, scaled, sleep, waitFor } from './support';
import { type BenchRegion, localDate, seedRegions, TASK_QUEUE, TIME_ZONE, type World } from './world';

const UNITS_PER_REGION = 10;
const FINDINGS_PER_UNIT = 10;

export async function cycleBurst(world: World, scale: number, bareStartsPerSecond: number | null): Promise<Figure[]> {
  const regions = await seedRegions(world, scaled(20, scale), UNITS_PER_REGION);
  const inputs = await Promise.all(regions.map((r, n) => cycleInput(world, r, n)));
  const expected = regions.length * UNITS_PER_REGION * FINDINGS_PER_UNIT;
  const deadline = localDate(Date.now(), 30);
  const marks = Object.fromEntries(DEFAULT_RUBRIC.criteria.map((c) => [c.key, 80]));
  const submission = (unit: number): SubmissionInput => ({
    scores: marks,
    comments: '基准测试',
    findings: Array.from({ length: FINDINGS_PER_UNIT }, (_, k) => ({
      criterionKey: DEFAULT_RUBRIC.criteria[(unit + k) % DEFAULT_RUBRIC.criteria.length].key,
      description: `基准测试问题 ${unit}-${k}`,
      severity: 'major' as const,
      deduction: 2,
      requirement: '按期整改',
      deadline,
    })),
  });

  const progress = new Progress(`2 cycle burst, ${expected} items`, expected);
  const started = performance.now();
  const handles = await Promise.all(
    inputs.map((input) =>
      world.temporal.workflow.start('cycleWorkflow', {
        workflowId: `cycle-${input.programmeId}-${input.period}`,
        taskQueue: TASK_QUEUE,
        args: [input],
      }),
    ),
  );
  // Units submit once their cycle has opened (its row shows the self-check phase), as they would through the API.
  await waitFor(
    async () =>
      (
        await world.pg.query(`SELECT count(*)::int AS n FROM cycles WHERE id = ANY($1) AND phase <> 'open'`, [
          inputs.map((i) => i.cycleId),
        ])
      ).rows[0].n >= inputs.length || undefined,
    120_000,
    100,
  );
  const submissions = handles.flatMap((handle, r) =>
    regions[r].units.map((unitId, u) => ({ handle, unitId, body: submission(u) })),
  );
  const submitted = runPool(submissions.length, submissions.length, 300_000, async (i) => {
    const { handle, unitId, body } = submissions[i];
    await handle.executeUpdate(cycleUpdates.submitSelfCheck, {
      args: [{ personId: world.demo.leadPersonId, unitId }, body],
    });
  });
  let settled: Awaited<typeof submitted> | undefined;
  void submitted.then((r) => (settled = r));
  const cycleIds = inputs.map((i) => i.cycleId);
  let inLedger = 0;
  let elapsed = 0;
  for (;;) {
    inLedger = (
      await world.pg.query(
        `SELECT count(*)::int AS n FROM items WHERE cycle_id = ANY($1) AND jsonb_array_length(milestones) > 0`,
        [cycleIds],
      )
    ).rows[0].n;
    elapsed = (performance.now() - started) / 1000;
    progress.set(inLedger);
    if (inLedger >= expected || elapsed > 600) break;
    if (settled && settled.done === 0) break; // every submission was refused: nothing more will come
    await sleep(200);
  }
  progress.done();
  const { errors } = await submitted;
  const cost = await submissionCost(handles);
  const baseline = bareStartsPerSecond ? expected / bareStartsPerSecond : null;
  return [
    {
      benchmark: '2 cycle burst',
      figure: `${regions.length}×${UNITS_PER_REGION} units open cycles and file ${FINDINGS_PER_UNIT} findings each: all ${expected} items in the ledger with milestones`,
      value: inLedger >= expected ? round(elapsed) : null,
      unit: 's',
      baseline: { label: `${expected} bare no-op starts at benchmark 1's rate`, value: round(baseline) },
      ratio: baseline && inLedger >= expected ? round(elapsed / baseline, 2) : null,
      target: '≤ 60 s',
      pass: inLedger >= expected && elapsed <= 60,
      note:
        `${inLedger}/${expected} items in the ledger after ${round(elapsed)} s` +
        (errors.length ? `; ${errors.length} submissions failed, first: ${errors[0]}` : ''),
    },
    {
      benchmark: '2 cycle burst',
      figure: `cycle history per self-check of ${FINDINGS_PER_UNIT} findings (first update accepted → last completed)`,
      value: cost.submissions ? round(cost.events / cost.submissions, 2) : null,
      unit: 'events',
      note:
        `${cost.submissions ? round(cost.workflowTasks / cost.submissions, 2) : '—'} workflow tasks per self-check; ` +
        `${cost.submissions} self-checks over ${handles.length} cycles (a region's ${UNITS_PER_REGION} at once share tasks)`,
    },
  ];
}

/**
 * Events and completed workflow tasks in each cycle's history from its first accepted update to its last completed
 * one, summed over the cycles, with the number of updates completed: the burst's cost per submission.
 */
async function submissionCost(
  handles: WorkflowHandle[],
): Promise<{ events: number; workflowTasks: number; submissions: number }> {
  const total = { events: 0, workflowTasks: 0, submissions: 0 };
  for (const handle of handles) {
    const events = (await handle.fetchHistory()).events ?? [];
    const first = events.findIndex((e) => e.workflowExecutionUpdateAcceptedEventAttributes);
    const last = events.findLastIndex((e) => e.workflowExecutionUpdateCompletedEventAttributes);
    if (first < 0 || last < first) continue;
    const window = events.slice(first, last + 1);
    total.events += window.length;
    total.workflowTasks += window.filter((e) => e.workflowTaskCompletedEventAttributes).length;
    total.submissions += window.filter((e) => e.workflowExecutionUpdateCompletedEventAttributes).length;
  }
  return total;
}

/** The input `prepareCycle` would build for a region's first cycle (period and ids unique to this run). */
async function cycleInput(world: World, region: BenchRegion, n: number): Promise<CycleInput> {
  const programmeId = randomUUID();
  await world.pg.query(
    `INSERT INTO programmes (id, region_id, name, cadence, participants, phase_windows, rubric, schedule_id, created_by)
     VALUES ($1, $2, $3, '{"kind":"monthly","dayOfMonth":25,"time":"09:00"}', $4, $5, $6, $7, $8)`,
    [
      programmeId,
      region.regionId,
      `基准片区 ${n} 月度互检`,
      region.units,
      JSON.stringify(DEFAULT_PHASE_WINDOWS),
      JSON.stringify(DEFAULT_RUBRIC),
      `programme-${programmeId}`,
      world.demo.leadPersonId,
    ],
  );
  const pairs = assignPairs({ participants: region.units, cycleNumber: 1, history: [] });
  if (pairs instanceof DomainError) throw pairs;
  return {
    cycleId: randomUUID(),
    programmeId,
    programmeName: `基准片区 ${n} 月度互检`,
    period: localDate(Date.now()).slice(0, 7),
    cycleNumber: 1,
    regionId: region.regionId,
    leadUnitId: region.leadUnitId,
    committeeUnitId: world.demo.committeeUnitId,
    participants: region.units,
    pairs,
    rubric: DEFAULT_RUBRIC,
    phaseWindows: DEFAULT_PHASE_WINDOWS,
    policySet: DEFAULT_POLICY_SET,
    calendarOverrides: [],
    timeZone: TIME_ZONE,
    repeatLookback: 3,
    earlierFindings: [],
  };
}
