/**
 * A cycle stays under Temporal's history limits (issue 22, defect 9): with many findings it continues as new with
 * its state carried, a keyed submission retried across the move is answered once, and its projections and report
 * keep the history small (the rubric, policy and earlier findings are sent once, the report stays in Postgres).
 */
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Pair } from '../libs/domain/src';
import type { CycleReport } from '../libs/inspections/src';
import { type CycleInput, cycleUpdates, workflowIds } from '../workflows/contracts';
import { demoRegion, insertProgramme, marks, nextCycleInput } from './support/cycles';
import type { Harness } from './support/harness';
import { startTimeSkippingWorld, type TimeSkippingWorld } from './support/time-skipping';

jest.setTimeout(180_000);

describe('cycle history: continue-as-new and slim projections', () => {
  let world: TimeSkippingWorld;
  let h: Harness;
  let env: TestWorkflowEnvironment;
  const taskQueue = 'cycle-history';

  beforeAll(async () => {
    world = await startTimeSkippingWorld(taskQueue);
    ({ h, env } = world);
  });
  afterAll(() => world?.close());

  it('a cycle with many findings continues as new: budget kept, keyed retries answered, slim projections', async () => {
    const region = await demoRegion(h.db);
    const programmeId = await insertProgramme(h.db, region);
    const base = await nextCycleInput(h.db, region, programmeId, 1, '2031-04', [] as Pair[][]);
    // Earlier findings (屡查屡犯) are read once from the start event; no projection should carry them again.
    const earlierFindings = Array.from({ length: 300 }, (_, i) => ({
      cycleNumber: 0,
      findingId: randomUUID(),
      unitId: region.guidao,
      criterionKey: `retired_${i}`,
    }));
    const input: CycleInput = { ...base, earlierFindings, historyBudget: 60 };
    const first = await env.client.workflow.start('cycleWorkflow', {
      workflowId: workflowIds.cycle(programmeId, input.period),
      taskQueue,
      args: [input],
    });
    const latest = env.client.workflow.getHandle(first.workflowId);
    const deadline = (await h.db.query(`SELECT (now() + interval '30 days')::date::text AS d`))[0].d as string;
    const findings = [1, 2, 3].map((n) => ({
      criterionKey: 'staff_morale',
      description: `职工之家未开放 ${n}`,
      severity: 'minor' as const,
      deduction: 2,
      requirement: '按时开放',
      deadline,
    }));
    const units = [region.zhongjiang, region.guanlang, region.guidao, region.lead];
    // The API's update id for an Idempotency-Key: the same request is the same update.
    const key = (unitId: string) => `self_check-${unitId}-key-1`;
    const selfCheck = (unitId: string) =>
      latest.executeUpdate(cycleUpdates.submitSelfCheck, {
        args: [
          { personId: region.secretary, unitId },
          { scores: marks(90), comments: '', findings },
        ],
        updateId: key(unitId),
      });
    // Each finding starts an item workflow (5–9 events): four self-checks are more than a 60-event run holds.
    for (const unitId of units) await selfCheck(unitId);
    const moved = async () => (await latest.describe()).runId !== first.firstExecutionRunId;
    for (let i = 0; i < 50 && !(await moved()); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await moved()).toBe(true);
    // The first self-check's answer was lost and the client retries it with its key, now to the next run: answered,
    // not refused as a second submission (409) and not recorded twice.
    expect((await selfCheck(region.zhongjiang)).selfChecksIn).toContain(region.zhongjiang);
    for (const inspector of units) {
      const inspectee = input.pairs.find((p) => p.inspector === inspector)?.inspectee as string;
      await latest.executeUpdate(cycleUpdates.submitInspection, {
        args: [
          { personId: region.secretary, unitId: inspector },
          { scores: marks(80), comments: '', findings: [], inspecteeUnitId: inspectee },
        ],
      });
    }
    await latest.executeUpdate(cycleUpdates.recordMeeting, {
      args: [
        { personId: region.leadPerson, unitId: region.lead },
        { minutes: '通报', attendance: [] },
      ],
    });
    expect((await latest.result()).phase).toBe('closed');
    const [{ report }] = await h.db.query('SELECT report FROM cycles WHERE id = $1', [input.cycleId]);
    expect((report as CycleReport).findings).toHaveLength(12);
    expect((report as CycleReport).ranking).toHaveLength(4);
    const [{ n }] = await h.db.query('SELECT count(*)::int AS n FROM cycle_submissions WHERE cycle_id = $1', [
      input.cycleId,
    ]);
    expect(n).toBe(8);

    // Every run of the chain: within its budget (plus what was in flight when it was crossed), projections without the
    // rubric, policy or earlier findings, and the report answered as a summary.
    const decode = (p?: { data?: Uint8Array | null } | null) => JSON.parse(Buffer.from(p?.data ?? []).toString());
    type Events = NonNullable<Awaited<ReturnType<typeof first.fetchHistory>>['events']>;
    const runs: Events[] = [];
    for (let runId: string | null | undefined = first.firstExecutionRunId; runId;) {
      const events: Events = (await env.client.workflow.getHandle(first.workflowId, runId).fetchHistory()).events ?? [];
      runs.push(events);
      runId = events.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId;
    }
    expect(runs.length).toBeGreaterThan(1);
    // A self-check's three items are started together: their starts are commanded by one workflow task, not one each.
    const startsPerTask = new Map<string, number>();
    runs.forEach((events, run) => {
      for (const e of events) {
        const task = e.startChildWorkflowExecutionInitiatedEventAttributes?.workflowTaskCompletedEventId;
        const key = `${run}:${String(task)}`;
        if (task != null) startsPerTask.set(key, (startsPerTask.get(key) ?? 0) + 1);
      }
    });
    expect([...startsPerTask.values()]).toEqual([3, 3, 3, 3]);
    const projections: Record<string, unknown>[] = [];
    const reports: unknown[] = [];
    for (const events of runs) {
      // The budget is checked between handlers: the submissions in flight when it is crossed finish first.
      expect(events.length).toBeLessThan(2 * 60);
      const scheduled = new Map(
        events
          .filter((e) => e.activityTaskScheduledEventAttributes)
          .map((e) => [Number(e.eventId), e.activityTaskScheduledEventAttributes]),
      );
      for (const a of scheduled.values()) {
        if (a?.activityType?.name === 'projectCycle') projections.push(decode(a.input?.payloads?.[0]).input);
      }
      for (const e of events) {
        const done = e.activityTaskCompletedEventAttributes;
        const type = done && scheduled.get(Number(done.scheduledEventId))?.activityType?.name;
        if (type === 'buildCycleReport') reports.push(decode(done?.result?.payloads?.[0]));
      }
    }
    expect(projections.length).toBeGreaterThan(4);
    for (const p of projections) {
      expect(p).toMatchObject({ cycleId: input.cycleId, participants: input.participants });
      // The rubric rides along (a few hundred bytes): the projection stores each cycle's own, for its page.
      for (const heavy of ['earlierFindings', 'policySet', 'phaseWindows']) expect(p).not.toHaveProperty(heavy);
    }
    expect(reports).toEqual([{ cycleId: input.cycleId, ranked: 4, unscored: 0, findings: 12, openFromEarlier: 0 }]);
  });
});
