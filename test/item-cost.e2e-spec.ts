/**
 * What one rectification item costs the Temporal server (issue 20, item 2): history events, workflow tasks and
 * activity tasks per creation and per timer-driven transition, read from the item's own history. The creation goes
 * the API's way (update-with-start of awaitRegistered); the timers are those of the default policy. The figures are
 * in bench/notes/item-cheap.md; `RECORD_HISTORIES=1` records this history for the replay suite.
 */
import { temporal } from '@temporalio/proto';
import { WithStartWorkflowOperation } from '@temporalio/client';
import {
  addCalendarDays,
  BUILT_IN_CALENDAR_YEARS,
  DEFAULT_POLICY_SET,
  localDateOf,
  resolvePolicy,
} from '../libs/domain/src';
import { type ItemInput, itemStateQuery, itemUpdates, workflowIds } from '../workflows/contracts';
import { demoRegion } from './support/cycles';
import { recordHistory } from './support/histories';
import { startTimeSkippingWorld, type TimeSkippingWorld } from './support/time-skipping';

jest.setTimeout(180_000);

const TZ = 'Asia/Shanghai';
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
const { EventType } = temporal.api.enums.v1;

/** Events, workflow tasks and activity tasks of a slice of history. */
function cost(events: HistoryEvent[]): { events: number; workflowTasks: number; activityTasks: number } {
  const of = (type: temporal.api.enums.v1.EventType) => events.filter((e) => e.eventType === type).length;
  return {
    events: events.length,
    workflowTasks: of(EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED),
    activityTasks: of(EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED),
  };
}

/** The history cut at each fired timer: the creation (up to its first timer), then one slice per fired timer. */
function slices(events: HistoryEvent[]): HistoryEvent[][] {
  const cuts = events.flatMap((e, i) => (e.eventType === EventType.EVENT_TYPE_TIMER_FIRED ? [i] : []));
  return [0, ...cuts].map((from, n) => events.slice(from, cuts[n] ?? events.length));
}

describe('item cost on the Temporal server', () => {
  let world: TimeSkippingWorld;

  beforeAll(async () => {
    world = await startTimeSkippingWorld('item-cost');
  });
  afterAll(() => world?.close());

  it('a creation and each timer-driven transition take one workflow task and no activity task', async () => {
    const { h, env } = world;
    const region = await demoRegion(h.db);
    const today = localDateOf(await env.currentTimeMs(), TZ);
    const input: ItemInput = {
      itemId: '5a1d8c53-4f1e-4e7e-9a51-3c0a2f000020',
      regionId: region.regionId,
      responsibleUnitId: region.zhongjiang,
      responsiblePersonId: region.secretary,
      verifierUnitId: region.lead,
      committeeUnitId: region.committee,
      title: '台账资料缺页',
      description: '',
      requirement: '补齐台账',
      severity: 'major',
      deadline: addCalendarDays(today, 10),
      policyVersion: DEFAULT_POLICY_SET.version,
      policy: resolvePolicy(DEFAULT_POLICY_SET, 'major'),
      timeZone: TZ,
      calendarOverrides: [],
      calendarYearsThrough: BUILT_IN_CALENDAR_YEARS.last,
      createdBy: region.leadPerson,
      names: { responsibleUnit: '中江党支部', region: '芜湖片区' },
    };
    // As the API creates it: the update that waits for the ledger row rides on the start.
    const operation = new WithStartWorkflowOperation('itemWorkflow', {
      workflowId: workflowIds.item(input.itemId),
      taskQueue: world.taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    await env.client.workflow.executeUpdateWithStart(itemUpdates.awaitRegistered, {
      startWorkflowOperation: operation,
    });
    const handle = await operation.workflowHandle();
    const [row] = await h.db.query('SELECT projection_seq FROM items WHERE id = $1', [input.itemId]);
    expect(row.projection_seq).toBe(1);

    // Twelve days of nobody acting: reminders, the deadline, 催办, 督办 and the light turning.
    await world.until(`${addCalendarDays(today, 12)}T12:00`);
    const state = await handle.query(itemStateQuery);
    expect(state).toMatchObject({ status: 'open', light: 'red' });
    const history = await handle.fetchHistory();
    const [creation, ...transitions] = slices(history.events ?? []);
    const recorded: { n: number }[] = await h.db.query(
      'SELECT count(*)::int AS n FROM item_events WHERE item_id = $1',
      [input.itemId],
    );
    // Each transition a timer drives is in the ledger exactly once.
    expect(recorded[0].n).toBe(state.eventSeq);
    const perTransition = transitions.map(cost);
    const figures = {
      creation: cost(creation),
      transitions: perTransition.length,
      events: perTransition.reduce((n, c) => n + c.events, 0) / perTransition.length,
      workflowTasks: perTransition.reduce((n, c) => n + c.workflowTasks, 0) / perTransition.length,
      activityTasks: perTransition.reduce((n, c) => n + c.activityTasks, 0),
      ledgerEvents: state.eventSeq,
    };
    console.log(`item cost: ${JSON.stringify(figures)}`);
    expect(figures.creation).toMatchObject({ workflowTasks: 1, activityTasks: 0 });
    expect(perTransition.every((c) => c.workflowTasks === 1 && c.activityTasks === 0)).toBe(true);

    await handle.executeUpdate(itemUpdates.cancel, {
      args: [{ personId: region.leadPerson, side: 'verifier' }, { reason: '测试结束' }],
    });
    expect((await handle.result()).status).toBe('cancelled');
    if (process.env.RECORD_HISTORIES) recordHistory('item-local-projection', await handle.fetchHistory());
  });
});
