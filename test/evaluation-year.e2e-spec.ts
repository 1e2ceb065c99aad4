/**
 * A whole year of the 4-unit 芜湖片区 rated on Temporal's time-skipping server, with the real worker code and a real
 * Postgres: twelve cycle reports, items closed on time, late and left overdue, 记实 records confirmed and refused;
 * then the annual rating through review (an adjustment), 公示 over five working days with one upheld and one
 * dismissed objection, a late objection refused, the committee's approval and a revision after final — the final
 * stars and breakdown exactly as the pure functions compute them from the same facts. The lead unit reviews late:
 * its reminders, 催办 and 督办 are exactly the items' ladder for the step; 公示 and the final result are told to all
 * four units, each objection to the lead unit, each answer to the objecting unit, and the final result reported up.
 */
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  alertsBetween,
  createWorkCalendar,
  DEFAULT_INDICATOR_SET,
  ratingAlertAudiences,
  ratingStepAlertInput,
  rateYear,
  scoreMonth,
  sumMonths,
  type UnitMonthFacts,
} from '../libs/domain/src';
import { reserveStarRating } from '../libs/evaluation/src/star-rating-start';
import { loadMessageModels } from '../libs/notifications/src/message-models';
import { renderMessage } from '../libs/notifications/src/templates';
import { PoliciesService } from '../libs/policies/src/policies.service';
import { type RatingActor, starRatingUpdates, starRatingWorkflowId } from '../workflows/star-rating.contracts';
import { demoRegion, insertProgramme } from './support/cycles';
import { eventually, type Harness } from './support/harness';
import { startTimeSkippingWorld, type TimeSkippingWorld } from './support/time-skipping';

jest.setTimeout(240_000);

const YEAR = 2025;
const TZ = 'Asia/Shanghai';
const months = Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`);

describe('a year of 积分评星 on the time-skipping server', () => {
  let world: TimeSkippingWorld;
  let h: Harness;
  let env: TestWorkflowEnvironment;
  const taskQueue = 'evaluation-year';

  beforeAll(async () => {
    world = await startTimeSkippingWorld(taskQueue);
    ({ h, env } = world);
  });
  afterAll(() => world?.close());

  it('scores the year, runs 公示 with objections and ends final, as the pure functions say', async () => {
    const region = await demoRegion(h.db);
    const { lead, guanlang, zhongjiang, guidao, participants, leadPerson, secretary } = region;
    const programmeId = await insertProgramme(h.db, region);

    // ── The year's facts. Cycle totals per unit: a steady ranking with one change in the middle of the year.
    const totals = (m: number): Record<string, number> => ({
      [lead]: 90,
      [guanlang]: m < 6 ? 80 : 88,
      [zhongjiang]: 85,
      [guidao]: 70 + m,
    });
    const cycleIds: string[] = [];
    for (const [i, period] of months.entries()) {
      const id = randomUUID();
      cycleIds.push(id);
      const ranking = participants.map((unitId) => ({ unitId, unitName: unitId, total: totals(i)[unitId], rank: 1 }));
      await h.db.query(
        `INSERT INTO cycles (id, programme_id, period, cycle_number, workflow_id, phase, started_at, due_times,
                             participants, pairs, report, projection_seq, closed_at)
         VALUES ($1,$2,$3,$4,$5,'closed',$6,'{}',$7,'[]',$8,1,$6)`,
        [
          id,
          programmeId,
          period,
          i + 1,
          `cycle-${programmeId}-${period}`,
          `${period}-25T01:00:00Z`,
          participants,
          JSON.stringify({ ranking }),
        ],
      );
    }
    const item = async (unitId: string, deadline: string, closedAt: string | null) => {
      const id = randomUUID();
      await h.db.query(
        `INSERT INTO items (id, workflow_id, region_id, responsible_unit_id, verifier_unit_id, title, severity,
                            deadline, original_deadline, status, light, policy_version, milestones, projection_seq,
                            created_by, created_at, updated_at, closed_at)
         VALUES ($1,$2,$3,$4,$5,'标识不全','major',$6,$6,$7,'green',1,'[]',1,$8,'${YEAR}-01-05T02:00:00Z',now(),$9)`,
        [
          id,
          `item-${id}`,
          region.regionId,
          unitId,
          lead,
          deadline,
          closedAt ? 'closed' : 'in_progress',
          leadPerson,
          closedAt,
        ],
      );
      return id;
    };
    const onTime = [
      await item(guanlang, `${YEAR}-03-20`, `${YEAR}-03-18T03:00:00Z`),
      await item(guanlang, `${YEAR}-03-31`, `${YEAR}-03-31T09:00:00Z`),
    ];
    const late = await item(zhongjiang, `${YEAR}-05-10`, `${YEAR}-05-20T03:00:00Z`);
    const overdue = await item(guidao, `${YEAR}-10-15`, null);
    const record = async (month: string, status: 'confirmed' | 'refused') => {
      const id = randomUUID();
      await h.db.query(
        `INSERT INTO evaluation_records (id, unit_id, record_type, occurred_on, title, status, recorded_by, decision_reason)
         VALUES ($1,$2,'three_meetings_one_lesson',$3,'支委会',$4,$5,$6)`,
        [id, zhongjiang, `${month}-12`, status, secretary, status === 'refused' ? '签到表不全' : null],
      );
      return id;
    };
    const confirmed = [await record(`${YEAR}-02`, 'confirmed'), await record(`${YEAR}-04`, 'confirmed')];
    await record(`${YEAR}-06`, 'refused');

    // ── The same facts by hand, scored by the pure functions: what the rating must show.
    const factsOf = (unitId: string): UnitMonthFacts[] =>
      months.map((month, i) => ({
        unitId,
        month,
        cycleScores: [{ cycleId: cycleIds[i], total: totals(i)[unitId] }],
        items: [
          ...(unitId === guanlang && month === `${YEAR}-03`
            ? onTime.map((itemId) => ({ itemId, outcome: 'closed_on_time' as const }))
            : []),
          ...(unitId === zhongjiang && month === `${YEAR}-05`
            ? [{ itemId: late, outcome: 'closed_late' as const }]
            : []),
          ...(unitId === guidao && month >= `${YEAR}-10` ? [{ itemId: overdue, outcome: 'overdue' as const }] : []),
        ],
        repeatFindings: [],
        records: confirmed
          .filter((_, j) => unitId === zhongjiang && month === [`${YEAR}-02`, `${YEAR}-04`][j])
          .map((recordId) => ({ recordId, recordType: 'three_meetings_one_lesson' })),
        missedObligations: [],
      }));
    const expectedYear = new Map(
      participants.map((u) => [
        u,
        sumMonths(
          u,
          String(YEAR),
          factsOf(u).map((f) => scoreMonth(DEFAULT_INDICATOR_SET, f)),
        ),
      ]),
    );

    // ── The rating.
    const { input } = await reserveStarRating(
      h.db,
      new PoliciesService(h.db),
      { orgTimeZone: TZ },
      { regionId: region.regionId, year: YEAR, startedBy: leadPerson },
    );
    const ratingId = input.ratingId;
    const handle = await env.client.workflow.start('starRatingWorkflow', {
      workflowId: starRatingWorkflowId(region.regionId, YEAR),
      taskQueue,
      args: [input],
    });
    const stored = async () =>
      (
        await h.db.query('SELECT phase, notice_ends_at, revision, results FROM star_ratings WHERE id = $1', [ratingId])
      )[0];
    await eventually(async () => ((await stored()).phase === 'review' ? true : undefined));
    const computed = (await stored()).results;
    for (const u of computed.units) {
      expect(u.year).toEqual(expectedYear.get(u.unitId));
    }

    // ── The lead unit's review is late: reminders before its due date, 催办 after it, then 督办 at both levels.
    interface Notice {
      id: string;
      kind: string;
      recipient_unit_id: string;
      title: string;
      body: string;
      idempotency_key: string;
      due_at: Date;
      facts: { step: { due: string } | null; level: number | null };
    }
    const notices = async (kind: string): Promise<Notice[]> =>
      h.db.query(
        `SELECT id::text, kind, recipient_unit_id, title, body, idempotency_key, due_at, facts FROM notifications
          WHERE star_rating_id = $1 AND kind = $2 ORDER BY due_at, recipient_unit_id`,
        [ratingId, kind],
      );
    const [review] = await eventually(async () => {
      const found = await notices('rating_review');
      return found.length > 0 ? found : undefined;
    });
    expect(review.recipient_unit_id).toBe(lead);
    expect(review.body).toContain('发布公示');
    const reviewDue = review.facts.step!.due;
    const calendar = createWorkCalendar([]);
    const level2 = calendar.addWorkingDays(reviewDue, input.policy.escalation.level2AfterWorkingDays);
    await world.until(`${level2}T10:00`);
    const ladder = alertsBetween(
      ratingStepAlertInput('review', reviewDue, input.policy, calendar, TZ),
      review.due_at.getTime(),
      await env.currentTimeMs(),
    );
    expect(ladder.filter((a) => a.kind === 'escalation').map((a) => a.level)).toEqual([1, 2]);
    const unitOf = { lead, committee: region.committee } as const;
    const expectedAlerts = ladder
      .flatMap((a) =>
        ratingAlertAudiences('review', a).map((audience) => ({
          kind: { reminder: 'rating_reminder', overdue_chase: 'rating_chase', escalation: 'rating_escalation' }[a.kind],
          unit: unitOf[audience as 'lead' | 'committee'],
          at: a.dueAt,
        })),
      )
      .sort((x, y) => x.at - y.at || x.kind.localeCompare(y.kind) || x.unit.localeCompare(y.unit));
    const sent = await eventually(async () => {
      const rows: Notice[] = await h.db.query(
        `SELECT kind, recipient_unit_id, due_at FROM notifications
          WHERE star_rating_id = $1 AND kind IN ('rating_reminder','rating_chase','rating_escalation')`,
        [ratingId],
      );
      return rows.length >= expectedAlerts.length ? rows : undefined;
    });
    expect(
      sent
        .map((n) => ({ kind: n.kind, unit: n.recipient_unit_id, at: n.due_at.getTime() }))
        .sort((x, y) => x.at - y.at || x.kind.localeCompare(y.kind) || x.unit.localeCompare(y.unit)),
    ).toEqual(expectedAlerts);
    const [escalatedUp] = (await notices('rating_escalation')).filter(
      (n) => n.recipient_unit_id === region.committee && n.facts.level === 2,
    );
    expect(escalatedUp.title).toContain('督办');
    expect(escalatedUp.body).toContain('已升级为党委督办');
    expect(escalatedUp.body).toContain('请督促');

    const leadActor: RatingActor = { personId: leadPerson, unitId: lead, side: 'lead' };
    const unitActor = (unitId: string): RatingActor => ({ personId: secretary, unitId, side: 'unit' });
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => 'accepted',
        (e: { cause?: { type?: string } }) => e.cause?.type,
      );

    expect(
      await refusal(handle.executeUpdate(starRatingUpdates.object, { args: [unitActor(guidao), { reason: '早' }] })),
    ).toBe('ILLEGAL_TRANSITION');
    await handle.executeUpdate(starRatingUpdates.adjust, {
      args: [leadActor, { unitId: guidao, points: -2, reason: '安全事故一起' }],
    });
    const published = await handle.executeUpdate(starRatingUpdates.publish, { args: [leadActor] });
    expect(published.phase).toBe('notice');
    expect(await refusal(handle.executeUpdate(starRatingUpdates.publish, { args: [leadActor] }))).toBe(
      'ILLEGAL_TRANSITION',
    );

    // 通报: every unit of the region hears of the 公示, until when and how to object.
    const bulletins = await eventually(async () => {
      const found = await notices('rating_published');
      return found.length >= 4 ? found : undefined;
    });
    expect(bulletins.map((n) => n.recipient_unit_id).sort()).toEqual([...participants].sort());
    for (const b of bulletins) {
      expect(b.title).toContain('【评星公示】');
      expect(b.body).toContain('公示期至');
      expect(b.body).toContain('如有异议');
    }
    // Its link opens the rating's page, where a unit lodges its objection.
    const rendered = renderMessage(
      (await loadMessageModels(h.db, [bulletins[0].id], 'https://hj.test')).get(bulletins[0].id)!,
    );
    expect(rendered.markdown).toContain(`[查看评星](https://hj.test/app/evaluation/ratings/${ratingId})`);

    const upheld = await handle.executeUpdate(starRatingUpdates.object, {
      args: [unitActor(zhongjiang), { reason: '6月支委会记实被退回，签到表已补齐' }],
    });
    const dismissed = await handle.executeUpdate(starRatingUpdates.object, {
      args: [unitActor(guidao), { reason: '逾期项不应连扣三个月' }],
    });
    // Past the notice period: the objection window is closed, and the rating waits for the answers.
    await env.sleep(Date.parse(published.noticeEndsAt!) - (await env.currentTimeMs()) + 60_000);
    expect(
      await refusal(handle.executeUpdate(starRatingUpdates.object, { args: [unitActor(guanlang), { reason: '晚' }] })),
    ).toBe('ILLEGAL_TRANSITION');
    await eventually(async () => ((await stored()).phase === 'answering' ? true : undefined));
    expect(
      await refusal(handle.executeUpdate(starRatingUpdates.approve, { args: [{ ...leadActor, side: 'committee' }] })),
    ).toBe('ILLEGAL_TRANSITION');

    await handle.executeUpdate(starRatingUpdates.answer, {
      args: [leadActor, { objectionId: upheld.objectionId, upheld: true, answer: '经核实补计1分', correction: 1 }],
    });
    const afterAnswers = await handle.executeUpdate(starRatingUpdates.answer, {
      args: [leadActor, { objectionId: dismissed.objectionId, upheld: false, answer: '按细则逐月计扣，维持' }],
    });
    expect(afterAnswers.phase).toBe('approval');
    await handle.executeUpdate(starRatingUpdates.approve, {
      args: [{ personId: leadPerson, unitId: region.committee, side: 'committee' }],
    });
    await handle.result();

    // Each objection told the lead unit, each answer the unit that objected; the final result went up and out.
    const objected = await notices('rating_objection');
    expect(objected.map((n) => n.recipient_unit_id)).toEqual([lead, lead]);
    expect(objected[0].body).toContain('请于');
    const answered = await notices('rating_answered');
    expect(answered.map((n) => n.recipient_unit_id).sort()).toEqual([zhongjiang, guidao].sort());
    expect(answered.find((n) => n.recipient_unit_id === zhongjiang)!.body).toContain('成立，积分已更正');
    expect(answered.find((n) => n.recipient_unit_id === guidao)!.body).toContain('维持原结果');
    const approval = await notices('rating_approval');
    expect(approval.map((n) => n.recipient_unit_id)).toEqual([region.committee]);
    const finals = await eventually(async () => {
      const found = await notices('rating_final');
      return found.length >= 5 ? found : undefined;
    });
    const reported = finals.filter((n) => n.recipient_unit_id === region.committee && n.title.includes('上报'));
    expect(reported).toHaveLength(1);
    expect(reported[0].body).toContain('归档');
    const toUnits = finals.filter((n) => n.title.includes('【评星通报】'));
    expect(toUnits.map((n) => n.recipient_unit_id).sort()).toEqual([...participants].sort());

    // ── Final: the snapshot plus the recorded changes, rated by the pure function.
    const final = await stored();
    expect(final.phase).toBe('final');
    expect(final.revision).toBe(2);
    const expected = rateYear(
      DEFAULT_INDICATOR_SET.rating,
      participants.map((u) => ({ unitId: u, points: expectedYear.get(u)!.points })),
      [
        { unitId: guidao, points: -2, reason: '安全事故一起' },
        { unitId: zhongjiang, points: 1, reason: '经核实补计1分' },
      ],
    );
    expect(
      final.results.units.map((u: { unitId: string; points: number; rank: number; stars: number }) => [
        u.unitId,
        u.points,
        u.rank,
        u.stars,
      ]),
    ).toEqual(expected.map((e) => [e.unitId, e.points, e.rank, e.stars]));
    // The breakdown names each fact: 管廊's two on-time items, 轨道's overdue item in each of its three months.
    const line = (unitId: string, key: string) =>
      final.results.units
        .find((u: { unitId: string }) => u.unitId === unitId)
        .year.lines.find((l: { indicatorKey: string }) => l.indicatorKey === key);
    expect(line(guanlang, 'closed_on_time')).toMatchObject({ refs: onTime, points: 2 });
    expect(line(guidao, 'overdue')).toMatchObject({ refs: [overdue, overdue, overdue], points: -6 });
    expect(line(zhongjiang, 'three_meetings').refs).toEqual(confirmed);
    const objections = await h.db.query(
      'SELECT status FROM star_rating_objections WHERE rating_id = $1 ORDER BY lodged_at, id',
      [ratingId],
    );
    expect(objections.map((o: { status: string }) => o.status).sort()).toEqual(['dismissed', 'upheld']);
  });
});
