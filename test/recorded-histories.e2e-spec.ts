/**
 * The scenarios whose histories `test/fixtures/histories/` keeps for the replay suite (item-history.e2e-spec.ts):
 * an item through every kind of human action and into a second run, a whole cycle with findings and a late
 * unit, and a region's annual star rating through 公示 with objections. They run on the time-skipping server with
 * dates relative to today, so the recorded ones fall in a year the holiday data (chinese-days) covers;
 * `RECORD_HISTORIES=1` writes them.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { addCalendarDays, localDateOf, type Pair, POLICY_SET_V1, resolvePolicy } from '../libs/domain/src';
import {
  type Actor,
  cycleUpdates,
  type ItemInput,
  itemStateQuery,
  itemUpdates,
  workflowIds,
} from '../workflows/contracts';
import { reserveStarRating } from '../libs/evaluation/src/star-rating-start';
import { PoliciesService } from '../libs/policies/src/policies.service';
import { type RatingActor, starRatingUpdates, starRatingWorkflowId } from '../workflows/star-rating.contracts';
import { demoRegion, insertProgramme, marks, nextCycleInput } from './support/cycles';
import { eventually, type Harness } from './support/harness';
import { recordHistory } from './support/histories';
import { startTimeSkippingWorld, type TimeSkippingWorld } from './support/time-skipping';

jest.setTimeout(180_000);

const TZ = 'Asia/Shanghai';

describe('recorded scenarios on the time-skipping server', () => {
  let world: TimeSkippingWorld;
  let h: Harness;
  let env: TestWorkflowEnvironment;
  const taskQueue = 'recorded-histories';
  /** A local date `n` days after the server's today. */
  let day: (n: number) => string;

  beforeAll(async () => {
    world = await startTimeSkippingWorld(taskQueue);
    ({ h, env } = world);
    const today = localDateOf(await env.currentTimeMs(), TZ);
    day = (n) => addCalendarDays(today, n);
  });
  afterAll(() => world?.close());

  it('an item: plan, extension, reassignment, directive, re-base, then a second run after continue-as-new', async () => {
    const region = await demoRegion(h.db);
    const responsible: Actor = { personId: region.secretary, side: 'responsible' };
    const verifier: Actor = { personId: region.leadPerson, side: 'verifier' };
    const input: ItemInput = {
      itemId: '5a1d8c53-4f1e-4e7e-9a51-3c0a2f000003',
      regionId: region.regionId,
      responsibleUnitId: region.zhongjiang,
      responsiblePersonId: region.secretary,
      verifierUnitId: region.lead,
      committeeUnitId: region.committee,
      title: '三会一课记录不全',
      description: '',
      requirement: '补齐记录',
      severity: 'minor',
      deadline: day(12),
      policyVersion: 1,
      policy: resolvePolicy(POLICY_SET_V1, 'minor'),
      timeZone: TZ,
      calendarOverrides: [],
      createdBy: region.leadPerson,
      historyBudget: 60,
    };
    // Versions 1 and 2 are built in; the re-base target keeps version 1's rules, as when it was recorded.
    await h.db.query(`INSERT INTO policy_sets (version, body, note) VALUES (3, $1, 're-base target')`, [
      JSON.stringify({ ...POLICY_SET_V1, version: 3 }),
    ]);
    const handle = await env.client.workflow.start('itemWorkflow', {
      workflowId: workflowIds.item(input.itemId),
      taskQueue,
      args: [input],
    });
    const firstRunId = handle.firstExecutionRunId;
    await handle.executeUpdate(itemUpdates.awaitRegistered);
    await world.until(`${day(1)}T10:00`);
    await handle.executeUpdate(itemUpdates.submitPlan, { args: [responsible, { plan: '逐月补记' }] });
    await handle.executeUpdate(itemUpdates.requestExtension, {
      args: [responsible, { proposedDeadline: day(16), reason: '档案在外单位' }],
    });
    await handle.executeUpdate(itemUpdates.decideExtension, { args: [verifier, { approve: true, reason: '同意' }] });
    await handle.executeUpdate(itemUpdates.reassign, {
      args: [verifier, { responsibleUnitId: region.guanlang, responsiblePersonId: null, reason: '职责调整' }],
    });
    await handle.executeUpdate(itemUpdates.addDirective, {
      args: [{ personId: region.leadPerson }, { text: '限期办结' }],
    });
    await handle.executeUpdate(itemUpdates.rebasePolicy, {
      args: [
        verifier,
        { version: 3, policy: { ...resolvePolicy(POLICY_SET_V1, 'minor'), version: 3 }, calendarOverrides: [] },
      ],
    });

    // Past the new deadline: reminders, 催办 and 督办 fill the 60-event budget, and the item continues as new.
    await world.until(`${day(24)}T12:00`);
    const latest = env.client.workflow.getHandle(handle.workflowId);
    const secondRunId = (await latest.describe()).runId;
    expect(secondRunId).not.toBe(firstRunId);
    const carried = await latest.query(itemStateQuery);
    expect(carried).toMatchObject({
      status: 'in_progress',
      deadline: day(16),
      responsibleUnitId: region.guanlang,
      policyVersion: 3,
      light: 'red',
    });
    expect(carried.escalationLevel).toBeGreaterThan(0);
    await latest.executeUpdate(itemUpdates.reportProgress, {
      args: [responsible, { progress: '已补一半' }],
    });
    await latest.executeUpdate(itemUpdates.cancel, { args: [verifier, { reason: '并入专项整治' }] });
    expect((await latest.result()).status).toBe('cancelled');
    const seqs: { seq: number }[] = await h.db.query('SELECT seq FROM item_events WHERE item_id = $1 ORDER BY seq', [
      input.itemId,
    ]);
    expect(seqs.map((e) => e.seq)).toEqual(seqs.map((_, i) => i + 1));

    if (process.env.RECORD_HISTORIES) {
      const run = (runId: string) => env.client.workflow.getHandle(handle.workflowId, runId).fetchHistory();
      const history = await run(firstRunId);
      recordHistory('item-actions-run-1', history);
      // The second run of the chain: the one the first continued as.
      const next = history.events?.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId;
      recordHistory('item-actions-run-2', await run(next ?? secondRunId));
    }
  });

  // Recorded as cycle.pb when a submission started its items one by one, as cycle-items-together.pb after (patched):
  // the self-check with findings files two, so that both starts are pinned to one workflow task.
  it('a cycle: self-checks (one late, one with two findings), inspections, the meeting, the report', async () => {
    // The item scenario moved the server's clock on: the cycle's days count from where it is now.
    const today = localDateOf(await env.currentTimeMs(), TZ);
    day = (n) => addCalendarDays(today, n);
    const region = await demoRegion(h.db);
    const { lead, guanlang, zhongjiang, guidao, participants, leadPerson, secretary } = region;
    const programmeId = await insertProgramme(h.db, region);
    const input = await nextCycleInput(h.db, region, programmeId, 1, day(0).slice(0, 7), [] as Pair[][]);
    const handle = await env.client.workflow.start('cycleWorkflow', {
      workflowId: workflowIds.cycle(programmeId, input.period),
      taskQueue,
      args: [input],
    });
    const submission = (findings: { deadline: string }[] = []) => ({
      scores: marks(90),
      comments: '',
      findings: findings.map(({ deadline }) => ({
        criterionKey: 'party_members_lead',
        description: '党员示范岗标识不全',
        severity: 'major' as const,
        deduction: 10,
        requirement: '补齐标识',
        deadline,
      })),
    });
    for (const u of [lead, guanlang, zhongjiang]) {
      await handle.executeUpdate(cycleUpdates.submitSelfCheck, {
        args: [
          { personId: secretary, unitId: u },
          submission(u === zhongjiang ? [{ deadline: day(20) }, { deadline: day(27) }] : []),
        ],
      });
    }
    // 轨道交通 submits a week late, after its reminders, 催办 and 督办.
    await world.until(`${day(7)}T10:00`);
    await handle.executeUpdate(cycleUpdates.submitSelfCheck, {
      args: [{ personId: secretary, unitId: guidao }, submission()],
    });
    for (const inspector of participants) {
      const inspectee = input.pairs.find((p) => p.inspector === inspector)?.inspectee as string;
      await handle.executeUpdate(cycleUpdates.submitInspection, {
        args: [
          { personId: secretary, unitId: inspector },
          { ...submission(), inspecteeUnitId: inspectee },
        ],
      });
    }
    await handle.executeUpdate(cycleUpdates.recordMeeting, {
      args: [
        { personId: leadPerson, unitId: lead },
        { minutes: '通报互检情况', attendance: participants.map((u) => ({ unitId: u, present: true, attendees: [] })) },
      ],
    });
    expect((await handle.result()).phase).toBe('closed');
    const chased: { n: number }[] = await h.db.query(
      `SELECT count(*)::int AS n FROM notifications WHERE cycle_id = $1 AND kind = 'cycle_chase'`,
      [input.cycleId],
    );
    expect(chased[0].n).toBeGreaterThan(0);
    if (process.env.RECORD_HISTORIES) recordHistory('cycle-items-together', await handle.fetchHistory());
  });

  // Recorded as star-rating.pb before its steps had reminders and messages (patched), as star-rating-steps.pb after.
  it('a star rating: an adjustment, 公示 with an upheld and a dismissed objection, late answers, approval', async () => {
    const region = await demoRegion(h.db);
    const year = Number(day(0).slice(0, 4)) - 1;
    const workflowId = starRatingWorkflowId(region.regionId, year);
    const { input } = await reserveStarRating(
      h.db,
      new PoliciesService(h.db),
      { orgTimeZone: TZ },
      { regionId: region.regionId, year, startedBy: region.leadPerson },
    );
    const ratingId = input.ratingId;
    const handle = await env.client.workflow.start('starRatingWorkflow', { workflowId, taskQueue, args: [input] });
    const lead: RatingActor = { personId: region.leadPerson, unitId: region.lead, side: 'lead' };
    const unit = (unitId: string): RatingActor => ({ personId: region.secretary, unitId, side: 'unit' });
    const phase = async () =>
      ((await h.db.query('SELECT phase FROM star_ratings WHERE id = $1', [ratingId])) as { phase: string }[])[0].phase;
    await eventually(async () => ((await phase()) === 'review' ? true : undefined));
    await handle.executeUpdate(starRatingUpdates.adjust, {
      args: [lead, { unitId: region.guidao, points: -2, reason: '安全事故一起' }],
    });
    const published = await handle.executeUpdate(starRatingUpdates.publish, { args: [lead] });
    const upheld = await handle.executeUpdate(starRatingUpdates.object, {
      args: [unit(region.zhongjiang), { reason: '记实漏计' }],
    });
    const dismissed = await handle.executeUpdate(starRatingUpdates.object, {
      args: [unit(region.guidao), { reason: '扣分过重' }],
    });
    await env.sleep(Date.parse(published.noticeEndsAt!) - (await env.currentTimeMs()) + 60_000);
    await handle.executeUpdate(starRatingUpdates.answer, {
      args: [lead, { objectionId: upheld.objectionId, upheld: true, answer: '补计1分', correction: 1 }],
    });
    await handle.executeUpdate(starRatingUpdates.answer, {
      args: [lead, { objectionId: dismissed.objectionId, upheld: false, answer: '维持' }],
    });
    await handle.executeUpdate(starRatingUpdates.approve, {
      args: [{ personId: region.leadPerson, unitId: region.committee, side: 'committee' }],
    });
    await handle.result();
    expect(await phase()).toBe('final');
    // The answers came after their three working days: the lead unit was chased for them.
    const [{ chases }] = await h.db.query(
      `SELECT count(*)::int AS chases FROM notifications WHERE star_rating_id = $1 AND kind = 'rating_chase'`,
      [ratingId],
    );
    expect(chases).toBeGreaterThan(0);
    if (process.env.RECORD_HISTORIES) recordHistory('star-rating-steps', await handle.fetchHistory());
  });
});
