/**
 * Items that must not wedge or send stale alerts (issue 22, defects 4 and 7), on the time-skipping server with the
 * real worker code: actions that would need a plan for a date already gone are refused by their validators, an item
 * whose deadline became today before it started still starts, and alerts of a plan replaced meanwhile are not sent.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  addCalendarDays,
  createWorkCalendar,
  DEFAULT_POLICY_SET,
  localDateOf,
  resolvePolicy,
} from '../libs/domain/src';
import { type Actor, type ItemInput, itemStateQuery, itemUpdates, workflowIds } from '../workflows/contracts';
import { type DemoRegion, demoRegion } from './support/cycles';
import type { Harness } from './support/harness';
import { local, startTimeSkippingWorld, type TimeSkippingWorld } from './support/time-skipping';

jest.setTimeout(120_000);

const TZ = 'Asia/Shanghai';

describe('items that neither wedge nor send stale alerts (time-skipping server)', () => {
  let world: TimeSkippingWorld;
  let h: Harness;
  let env: TestWorkflowEnvironment;
  let region: DemoRegion;
  let responsible: Actor;
  let verifier: Actor;
  const taskQueue = 'item-durability';
  let day: (n: number) => string;
  let n = 0;

  beforeAll(async () => {
    world = await startTimeSkippingWorld(taskQueue);
    ({ h, env } = world);
    region = await demoRegion(h.db);
    responsible = { personId: region.secretary, side: 'responsible' };
    verifier = { personId: region.leadPerson, side: 'verifier' };
  });
  afterAll(() => world?.close());
  beforeEach(async () => {
    const today = localDateOf(await env.currentTimeMs(), TZ);
    day = (k) => addCalendarDays(today, k);
  });

  const startItem = async (deadline: string) => {
    n += 1;
    const input: ItemInput = {
      itemId: `5a1d8c53-4f1e-4e7e-9a51-3c0a2f0010${String(n).padStart(2, '0')}`,
      regionId: region.regionId,
      responsibleUnitId: region.zhongjiang,
      responsiblePersonId: region.secretary,
      verifierUnitId: region.lead,
      committeeUnitId: region.committee,
      title: '台账不全',
      description: '',
      requirement: '补齐',
      severity: 'major',
      deadline,
      policyVersion: 1,
      policy: resolvePolicy(DEFAULT_POLICY_SET, 'major'),
      timeZone: TZ,
      calendarOverrides: [],
      createdBy: region.leadPerson,
    };
    const handle = await env.client.workflow.start('itemWorkflow', {
      workflowId: workflowIds.item(input.itemId),
      taskQueue,
      args: [input],
    });
    return { input, handle };
  };
  /** Fails fast instead of waiting for jest's timeout when a workflow is wedged. */
  const within = <T>(p: Promise<T>, what: string, ms = 15_000): Promise<T> =>
    Promise.race([
      p,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms)),
    ]);
  const refusal = (p: Promise<unknown>) =>
    within(p, 'the update').then(
      () => 'accepted',
      (e: { cause?: { type?: string }; message: string }) => e.cause?.type ?? e.message,
    );

  it('refuses with 409 (CONFLICT) to approve an extension whose date has passed; the item goes on', async () => {
    const { handle } = await startItem(day(3));
    await handle.executeUpdate(itemUpdates.awaitRegistered);
    await world.until(`${day(1)}T10:00`);
    await handle.executeUpdate(itemUpdates.requestExtension, {
      args: [responsible, { proposedDeadline: day(4), reason: '材料未到' }],
    });
    await world.until(`${day(5)}T10:00`);
    expect(
      await refusal(handle.executeUpdate(itemUpdates.decideExtension, { args: [verifier, { approve: true }] })),
    ).toBe('CONFLICT');
    await within(
      handle.executeUpdate(itemUpdates.decideExtension, { args: [verifier, { approve: false, reason: '请重新申请' }] }),
      'the refusal',
    );
    const state = await handle.query(itemStateQuery);
    expect(state).toMatchObject({ status: 'open', deadline: day(3), pendingExtension: null });
  });

  it('refuses with 409 (CONFLICT) to re-base an overdue item; the item goes on', async () => {
    const { handle } = await startItem(day(2));
    await handle.executeUpdate(itemUpdates.awaitRegistered);
    await world.until(`${day(4)}T10:00`);
    const rebase = handle.executeUpdate(itemUpdates.rebasePolicy, {
      args: [verifier, { version: 2, policy: resolvePolicy(DEFAULT_POLICY_SET, 'major'), calendarOverrides: [] }],
    });
    expect(await refusal(rebase)).toBe('CONFLICT');
    const planned = await within(
      handle.executeUpdate(itemUpdates.submitPlan, { args: [responsible, { plan: '马上整改' }] }),
      'the plan',
    );
    expect(planned).toMatchObject({ status: 'in_progress', policyVersion: 1 });
  });

  it('starts an item whose deadline has become today (filed before midnight), every milestone due that day', async () => {
    const { handle } = await startItem(day(0));
    const created = await within(handle.executeUpdate(itemUpdates.awaitRegistered), 'the registration');
    expect(created.milestones.map((m) => m.due)).toEqual([day(0), day(0), day(0), day(0)]);
  });

  it('sends no stale 督办 when the worker was down across 09:00 and an extension approval was queued', async () => {
    const deadline = day(3);
    const { input, handle } = await startItem(deadline);
    await handle.executeUpdate(itemUpdates.awaitRegistered);
    // The morning of level-2 督办 (five working days past the deadline): its alerts are the next ones due.
    const level2 = createWorkCalendar([]).addWorkingDays(deadline, 5);
    await world.until(`${level2}T08:59`);
    expect((await handle.query(itemStateQuery)).escalationLevel).toBe(1);
    await handle.executeUpdate(itemUpdates.requestExtension, {
      args: [responsible, { proposedDeadline: addCalendarDays(level2, 30), reason: '汛期停工' }],
    });
    // The server skips time to the 09:00 timer; its workflow task then waits (and time runs at its own pace) for a
    // worker, while the approval comes in.
    await world.stopWorker();
    await env.sleep(local(`${level2}T09:00`) + 3_000 - (await env.currentTimeMs()));
    const approval = handle.executeUpdate(itemUpdates.decideExtension, { args: [verifier, { approve: true }] });
    await new Promise((r) => setTimeout(r, 1_000));
    await world.startWorker();
    expect(await within(approval, 'the approval')).toMatchObject({ escalationLevel: 0 });
    expect(await handle.query(itemStateQuery)).toMatchObject({
      escalationLevel: 0,
      deadline: addCalendarDays(level2, 30),
    });
    const after: { kind: string }[] = await h.db.query(
      `SELECT kind FROM item_events WHERE item_id = $1
          AND seq > (SELECT seq FROM item_events WHERE item_id = $1 AND kind = 'extension_approved') ORDER BY seq`,
      [input.itemId],
    );
    expect(after.map((e) => e.kind)).toEqual([]);
  });
});
