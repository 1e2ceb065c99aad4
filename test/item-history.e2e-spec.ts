/**
 * Long-lived items stay under Temporal's history limits (continue-as-new with the state carried over), and the
 * workflow code replays recorded histories deterministically (a change that breaks replay fails here).
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, type ReplayWorkerOptions, Worker } from '@temporalio/worker';
import { workflowBundlerOptions } from '../apps/worker/src/worker.factory';
import { POLICY_SET_V1, resolvePolicy } from '../libs/domain/src';
import { cancelUpdate, type ItemInput, itemStateQuery, submitPlanUpdate } from '../workflows/contracts';
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
    await latest.executeUpdate(submitPlanUpdate, {
      args: [{ personId: secretary.id, side: 'responsible' }, { plan: '终于' }],
    });
    await latest.executeUpdate(cancelUpdate, {
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
      'cycle.pb',
      'delivery-dispatcher-burst.pb',
      'delivery-dispatcher.pb',
      'delivery-retried.pb',
      'item-actions-run-1.pb',
      'item-actions-run-2.pb',
      'item-continue-as-new.pb',
      'item-month.pb',
      'programme-tick.pb',
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
