/**
 * Long-lived items stay under Temporal's history limits (continue-as-new with the state carried over), and the
 * workflow code replays recorded histories deterministically (a change that breaks replay fails here).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, type ReplayWorkerOptions, Worker } from '@temporalio/worker';
import { workflowBundlerOptions } from '../apps/worker/src/worker.factory';
import {
  addCalendarDays,
  BUILT_IN_CALENDAR_YEARS,
  DEFAULT_POLICY_SET,
  localDateOf,
  POLICY_SET_V1,
  resolvePolicy,
} from '../libs/domain/src';
import { type ItemInput, itemStateQuery, itemUpdates, workflowIds } from '../workflows/contracts';
import type { Harness } from './support/harness';
import { recordedHistories, recordHistory } from './support/histories';
import { startTimeSkippingWorld, type TimeSkippingWorld } from './support/time-skipping';

jest.setTimeout(180_000);

describe('item history: continue-as-new and replay', () => {
  let world: TimeSkippingWorld;
  let h: Harness;
  let env: TestWorkflowEnvironment;
  const taskQueue = 'item-history';

  beforeAll(async () => {
    world = await startTimeSkippingWorld(taskQueue);
    ({ h, env } = world);
  });
  afterAll(() => world?.close());

  /** The workflow code with chinese-days data that knows `extra` holidays, as after an upgrade of the package. */
  const bundleWithHolidays = async (extra: string[]) => {
    const data = JSON.parse(readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8'));
    for (const date of extra) data.holidays[date] = "New Year's Day,元旦,1";
    const file = join(mkdtempSync(join(tmpdir(), 'holidays-')), 'chinese-days.json');
    writeFileSync(file, JSON.stringify(data));
    return bundleWorkflowCode({
      workflowsPath: require.resolve('../workflows'),
      logger: new DefaultLogger('WARN'),
      webpackConfigHook: (config) => {
        const base = workflowBundlerOptions.webpackConfigHook?.(config) ?? config;
        return {
          ...base,
          resolve: { ...base.resolve, alias: { ...base.resolve?.alias, 'chinese-days/dist/chinese-days.json$': file } },
        };
      },
    });
  };

  it("keeps a live item's 倒排工期 plan when a newer chinese-days adds a year: replay does not re-plan it", async () => {
    const [unit] = await h.db.query(`SELECT id FROM units WHERE code = 'wuhu-zjq-dzb'`);
    const [region] = await h.db.query(`SELECT id, lead_unit_id FROM regions WHERE code = 'wuhu'`);
    const [committee] = await h.db.query(`SELECT id FROM units WHERE kind = 'committee'`);
    const [lead] = await h.db.query(`SELECT id FROM people WHERE name LIKE '%李强%'`);
    // The first year the installed data does not know, in the future: its first 19 days become holidays.
    const today = localDateOf(await env.currentTimeMs(), 'Asia/Shanghai');
    const year = Math.max(BUILT_IN_CALENDAR_YEARS.last, Number(today.slice(0, 4))) + 1;
    const newYear = Array.from({ length: 19 }, (_, i) => addCalendarDays(`${year}-01-01`, i));
    const input = (itemId: string, calendarYearsThrough: number): ItemInput => ({
      itemId,
      regionId: region.id,
      responsibleUnitId: unit.id,
      responsiblePersonId: null,
      verifierUnitId: region.lead_unit_id,
      committeeUnitId: committee.id,
      title: '跨年整改',
      description: '',
      requirement: '',
      severity: 'minor',
      deadline: `${year}-01-20`,
      policyVersion: 2,
      // Working days: every milestone counts them back from the deadline, across the new year's holidays.
      policy: { ...resolvePolicy(DEFAULT_POLICY_SET, 'minor'), dayKind: 'working' },
      timeZone: 'Asia/Shanghai',
      calendarOverrides: [],
      // What the API sets: the data the item starts with.
      calendarYearsThrough,
      createdBy: lead.id,
    });
    const start = async (i: ItemInput) => {
      const handle = await env.client.workflow.start('itemWorkflow', {
        workflowId: workflowIds.item(i.itemId),
        taskQueue,
        args: [i],
      });
      return handle.executeUpdate(itemUpdates.awaitRegistered).then((v) => ({ handle, milestones: v.milestones }));
    };
    const live = await start(input('5a1d8c53-4f1e-4e7e-9a51-3c0a2f000010', BUILT_IN_CALENDAR_YEARS.last));

    // The deploy: a worker whose data knows the new year's holidays, without a sticky cache (every task replays).
    await world.replaceWorker(await bundleWithHolidays(newYear));
    const after = await live.handle.executeUpdate(itemUpdates.submitPlan, {
      args: [{ personId: lead.id, side: 'responsible' }, { plan: '分步整改' }],
    });
    expect(after.milestones).toEqual(live.milestones);
    expect(await live.handle.query(itemStateQuery)).toMatchObject({ milestones: live.milestones });

    // The same item started on the new worker plans around the holidays: the data really differs.
    const fresh = await start(input('5a1d8c53-4f1e-4e7e-9a51-3c0a2f000011', year));
    expect(fresh.milestones).not.toEqual(live.milestones);

    await world.replaceWorker();
    for (const { handle } of [live, fresh]) {
      await handle.executeUpdate(itemUpdates.cancel, {
        args: [{ personId: lead.id, side: 'verifier' }, { reason: '测试结束' }],
      });
    }
  });

  it('continues as new while busy with actions alone, hands its input over once, applies a retried update once', async () => {
    const [unit] = await h.db.query(`SELECT id FROM units WHERE code = 'wuhu-zjq-dzb'`);
    const [region] = await h.db.query(`SELECT id, lead_unit_id FROM regions WHERE code = 'wuhu'`);
    const [committee] = await h.db.query(`SELECT id FROM units WHERE kind = 'committee'`);
    const [lead] = await h.db.query(`SELECT id FROM people WHERE name LIKE '%李强%'`);
    const [secretary] = await h.db.query(`SELECT id FROM people WHERE name LIKE '%张华%'`);
    const today = localDateOf(await env.currentTimeMs(), 'Asia/Shanghai');
    const input: ItemInput = {
      itemId: '5a1d8c53-4f1e-4e7e-9a51-3c0a2f000012',
      regionId: region.id,
      responsibleUnitId: unit.id,
      responsiblePersonId: null,
      verifierUnitId: region.lead_unit_id,
      committeeUnitId: committee.id,
      title: '频繁报告进度',
      description: '',
      requirement: '',
      severity: 'minor',
      // Far off: no alert falls due while the test runs, so only actions fill the history.
      deadline: addCalendarDays(today, 60),
      policyVersion: 1,
      policy: resolvePolicy(POLICY_SET_V1, 'minor'),
      timeZone: 'Asia/Shanghai',
      calendarOverrides: [],
      createdBy: lead.id,
      historyBudget: 40,
    };
    const handle = await env.client.workflow.start('itemWorkflow', {
      workflowId: workflowIds.item(input.itemId),
      taskQueue,
      args: [input],
    });
    const firstRunId = handle.firstExecutionRunId;
    await handle.executeUpdate(itemUpdates.awaitRegistered);
    const responsible = { personId: secretary.id, side: 'responsible' as const };
    await handle.executeUpdate(itemUpdates.submitPlan, { args: [responsible, { plan: '按周推进' }] });
    const latest = env.client.workflow.getHandle(handle.workflowId);
    // Keyed progress reports (the API's update id for an Idempotency-Key) until the item moves to its next run.
    let last = 0;
    for (let n = 1; n <= 12 && (await latest.describe()).runId === firstRunId; n++) {
      await latest.executeUpdate(itemUpdates.reportProgress, {
        args: [responsible, { progress: `进度 ${n}` }],
        updateId: `reportProgress-${secretary.id}-key-${n}`,
      });
      last = n;
    }
    const secondRunId = (await latest.describe()).runId;
    expect(secondRunId).not.toBe(firstRunId);
    const firstRun = await env.client.workflow.getHandle(handle.workflowId, firstRunId).fetchHistory();
    expect(firstRun.events?.length).toBeLessThan(40 + 20);

    // The client retries the last request (its answer was lost): the new run answers it without applying it again.
    const retried = await latest.executeUpdate(itemUpdates.reportProgress, {
      args: [responsible, { progress: `进度 ${last}` }],
      updateId: `reportProgress-${secretary.id}-key-${last}`,
    });
    expect(retried.status).toBe('in_progress');
    const reports: { n: number }[] = await h.db.query(
      `SELECT count(*)::int AS n FROM item_events WHERE item_id = $1 AND kind = 'progress_reported' AND data->>'progress' = $2`,
      [input.itemId, `进度 ${last}`],
    );
    expect(reports[0].n).toBe(1);

    // The next run starts with the input once: the carried state holds everything else.
    const secondRun = await env.client.workflow.getHandle(handle.workflowId, secondRunId).fetchHistory();
    const args = secondRun.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads ?? [];
    const [nextInput, carried] = args.map((p) => JSON.parse(Buffer.from(p.data ?? []).toString()));
    expect(nextInput).toMatchObject({ itemId: input.itemId, historyBudget: 40 });
    expect(carried).not.toHaveProperty('input');
    expect(carried).toMatchObject({ status: 'in_progress', eventSeq: expect.any(Number) });

    await latest.executeUpdate(itemUpdates.cancel, {
      args: [{ personId: lead.id, side: 'verifier' }, { reason: '测试结束' }],
    });
  });

  it('continues as new under a small history budget without losing state, timers or exactly-once writes', async () => {
    const [unit] = await h.db.query(`SELECT id FROM units WHERE code = 'wuhu-zjq-dzb'`);
    const [region] = await h.db.query(`SELECT id, lead_unit_id FROM regions WHERE code = 'wuhu'`);
    const [committee] = await h.db.query(`SELECT id FROM units WHERE kind = 'committee'`);
    const [lead] = await h.db.query(`SELECT id FROM people WHERE name LIKE '%李强%'`);
    const [secretary] = await h.db.query(`SELECT id FROM people WHERE name LIKE '%张华%'`);
    const input: ItemInput = {
      itemId: '5a1d8c53-4f1e-4e7e-9a51-3c0a2f000002',
      regionId: region.id,
      responsibleUnitId: unit.id,
      responsiblePersonId: null,
      verifierUnitId: region.lead_unit_id,
      committeeUnitId: committee.id,
      title: '长期未整改',
      description: '',
      requirement: '',
      severity: 'minor',
      deadline: '2031-03-10',
      policyVersion: 1,
      policy: resolvePolicy(POLICY_SET_V1, 'minor'),
      timeZone: 'Asia/Shanghai',
      calendarOverrides: [],
      createdBy: lead.id,
      historyBudget: 60,
    };
    await world.until('2031-03-03T08:00');
    const handle = await env.client.workflow.start('itemWorkflow', {
      workflowId: `item-${input.itemId}`,
      taskQueue,
      args: [input],
    });
    const firstRunId = handle.firstExecutionRunId;

    // Nobody acts for six weeks: 催办 every working day, 督办 level 1 and 2 — far beyond a 60-event history.
    await world.until('2031-04-14T12:00');
    const latest = env.client.workflow.getHandle(handle.workflowId);
    const { runId } = await latest.describe();
    expect(runId).not.toBe(firstRunId);
    expect(await latest.query(itemStateQuery)).toMatchObject({ status: 'open', escalationLevel: 2, light: 'red' });

    // Plan milestone due 03-04 (span compressed): chases every working day from 03-05 to 04-14 inclusive.
    const chases: { n: number; distinct: number }[] = await h.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT idempotency_key)::int AS distinct FROM notifications
        WHERE item_id = $1 AND kind = 'overdue_chase'`,
      [input.itemId],
    );
    expect(chases[0]).toEqual({ n: 29, distinct: 29 });
    const seqs: { seq: number }[] = await h.db.query('SELECT seq FROM item_events WHERE item_id = $1 ORDER BY seq', [
      input.itemId,
    ]);
    expect(seqs.map((e) => e.seq)).toEqual(seqs.map((_, i) => i + 1));

    // Actions reach the newest run; cancelling ends the chain.
    await latest.executeUpdate(itemUpdates.submitPlan, {
      args: [{ personId: secretary.id, side: 'responsible' }, { plan: '终于' }],
    });
    await latest.executeUpdate(itemUpdates.cancel, {
      args: [{ personId: lead.id, side: 'verifier' }, { reason: '转入专项整治' }],
    });
    expect((await latest.result()).status).toBe('cancelled');

    // Record the first run's history for the replay suite when asked to (RECORD_HISTORIES=1).
    if (process.env.RECORD_HISTORIES) {
      recordHistory(
        'item-continue-as-new',
        await env.client.workflow.getHandle(handle.workflowId, firstRunId).fetchHistory(),
      );
    }
  });

  it('replays every recorded history with the current workflow code', async () => {
    const recorded = recordedHistories();
    expect(recorded.map((r) => r.name).sort()).toEqual([
      'cycle-items-together.pb',
      'cycle.pb',
      'delivery-dispatcher-burst.pb',
      'delivery-dispatcher.pb',
      'delivery-retried.pb',
      'item-actions-run-1.pb',
      'item-actions-run-2.pb',
      'item-continue-as-new.pb',
      'item-local-projection.pb',
      'item-month.pb',
      'obligation-late.pb',
      'programme-tick.pb',
      'star-rating-steps.pb',
      'star-rating.pb',
    ]);
    // One bundle for all; each history replays on the task queue and under the id it was recorded with (the
    // dispatcher names its children after its task queue). ReplayWorkerOptions leaves taskQueue out of its type,
    // but the SDK spreads the options over its made-up queue, so this one wins.
    const workflowBundle = await bundleWorkflowCode({
      workflowsPath: require.resolve('../workflows'),
      ...workflowBundlerOptions,
      logger: new DefaultLogger('WARN'),
    });
    const failures: string[] = [];
    for (const { name, history } of recorded) {
      const started = history.events?.[0]?.workflowExecutionStartedEventAttributes;
      const options = { workflowBundle, taskQueue: started?.taskQueue?.name ?? undefined } as ReplayWorkerOptions;
      await Worker.runReplayHistory(options, history, started?.workflowId || name).catch((error: unknown) =>
        failures.push(`${name}: ${String(error)}`),
      );
    }
    expect(failures).toEqual([]);
  });
});
