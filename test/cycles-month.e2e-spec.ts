/**
 * Three consecutive monthly 互检 cycles of the 4-unit 芜湖片区 on Temporal's time-skipping test server, with the real
 * worker code and a real Postgres: pairings rotate without repeats, a late self-check is chased and escalated,
 * findings become exactly one item each, repeats are flagged, the third report carries the earlier open items, and
 * scores and ranking are right.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Pair } from '../libs/domain/src';
import type { CycleReport } from '../libs/inspections/src';
import { createProgrammeActivities } from '../libs/programmes/src/programme.activities';
import { cycleUpdates, type SubmissionInput, workflowIds } from '../workflows/contracts';
import { demoRegion, insertProgramme, marks } from './support/cycles';
import { eventually, type Harness } from './support/harness';
import { local, startTimeSkippingWorld, type TimeSkippingWorld } from './support/time-skipping';

jest.setTimeout(240_000);

describe('three monthly cycles on the time-skipping server', () => {
  let world: TimeSkippingWorld;
  let h: Harness;
  let env: TestWorkflowEnvironment;
  const taskQueue = 'cycles-month';

  beforeAll(async () => {
    world = await startTimeSkippingWorld(taskQueue);
    ({ h, env } = world);
  });
  afterAll(() => world?.close());

  it('rotates, chases, turns findings into items and reports', async () => {
    const region = await demoRegion(h.db);
    const { lead, guanlang, zhongjiang, guidao, participants, leadPerson, secretary } = region;
    const programmeId = await insertProgramme(h.db, region);

    const { until } = world;
    /**
     * What the programme's Schedule tick does each month: the real prepareCycle activity (period, rotation over the
     * stored pairs, earlier findings), then the cycle under its deterministic id. The tick workflow itself is left
     * out here: the Java test server stops skipping time once a workflow started by a since-closed parent runs
     * (temporalio/sdk-typescript#1101, sdk-java#2392); the programmes suite runs real ticks on the dev server.
     */
    const { prepareCycle } = createProgrammeActivities(h.db, { orgTimeZone: 'Asia/Shanghai' });
    const openCycle = async (cycleNumber: number, period: string, start: string) => {
      await until(start);
      const input = await prepareCycle(programmeId, local(start));
      expect(input).toMatchObject({ cycleNumber, period });
      if (!input) throw new Error('no cycle prepared');
      const handle = await env.client.workflow.start('cycleWorkflow', {
        workflowId: workflowIds.cycle(programmeId, period),
        taskQueue,
        args: [input],
      });
      // prepareCycle reserved the row; the cycle projects it in its first activity, and a second fire in the same
      // period then finds it running.
      await eventually(
        async () => (await h.db.query('SELECT 1 FROM cycles WHERE id = $1 AND projection_seq > 0', [input.cycleId]))[0],
      );
      expect(await prepareCycle(programmeId, local(start) + 3_600_000)).toBeNull();
      const inspecteeOf = (inspector: string) =>
        input.pairs.find((p) => p.inspector === inspector)?.inspectee as string;
      return { input, handle, inspecteeOf };
    };
    const submission = (value: number, findings: SubmissionInput['findings'] = []): SubmissionInput => ({
      scores: marks(value),
      comments: '',
      findings,
    });
    const finding = (deadline: string) => ({
      criterionKey: 'party_members_lead',
      description: '党员示范岗标识不全',
      severity: 'major' as const,
      deduction: 30,
      requirement: '补齐标识',
      deadline,
    });
    /** Mutual marks by inspectee: lead 90, 管廊 80, 中江桥 95 (less 30 on one criterion), 轨道 85. */
    const inspectAll = async (
      c: Awaited<ReturnType<typeof openCycle>>,
      byInspectee: Record<string, number>,
      deadline: string,
    ) => {
      for (const inspector of participants) {
        const inspectee = c.inspecteeOf(inspector);
        const findings = inspectee === zhongjiang ? [finding(deadline)] : [];
        await c.handle.executeUpdate(cycleUpdates.submitInspection, {
          args: [
            { personId: secretary, unitId: inspector },
            { ...submission(byInspectee[inspectee], findings), inspecteeUnitId: inspectee },
          ],
        });
      }
    };
    const marksCycle1 = { [lead]: 90, [guanlang]: 80, [zhongjiang]: 95, [guidao]: 85 };

    // ── Cycle 1: opens Friday 2030-01-25 09:00; self-check due Wed 01-30 18:00; 轨道交通 is late.
    const c1 = await openCycle(1, '2030-01', '2030-01-25T09:00');
    await until('2030-01-28T10:00');
    for (const u of [lead, guanlang, zhongjiang]) {
      await c1.handle.executeUpdate(cycleUpdates.submitSelfCheck, {
        args: [{ personId: secretary, unitId: u }, submission(88)],
      });
    }
    const dup = await c1.handle
      .executeUpdate(cycleUpdates.submitSelfCheck, { args: [{ personId: secretary, unitId: lead }, submission(88)] })
      .catch((e: { cause?: { type?: string } }) => e.cause?.type);
    expect(dup).toBe('CONFLICT');
    await until('2030-02-01T10:00');
    await c1.handle.executeUpdate(cycleUpdates.submitSelfCheck, {
      args: [{ personId: secretary, unitId: guidao }, submission(70)],
    });
    await until('2030-02-04T10:00');
    await inspectAll(c1, marksCycle1, '2030-03-15');
    await c1.handle.executeUpdate(cycleUpdates.recordMeeting, {
      args: [
        { personId: leadPerson, unitId: lead },
        {
          minutes: '通报互检情况',
          attendance: participants.map((u) => ({ unitId: u, present: true, attendees: ['书记'] })),
        },
      ],
    });
    expect((await c1.handle.result()).phase).toBe('closed');

    const lateNotices: { at: string; what: string }[] = await h.db.query(
      `SELECT to_char(due_at AT TIME ZONE 'Asia/Shanghai', 'MM-DD HH24:MI') AS at, kind || '→' || audience AS what
         FROM notifications WHERE cycle_id = $1 AND idempotency_key LIKE '%:self_check:%'
        ORDER BY due_at, id`,
      [c1.input.cycleId],
    );
    expect(lateNotices.map((n) => `${n.at} ${n.what}`)).toEqual([
      '01-29 09:00 cycle_reminder→unit', // T−1 to 轨道交通 (the three others were in already)
      '01-30 09:00 cycle_reminder→unit', // T
      '01-31 09:00 cycle_escalation→verifier', // 督办 level 1 to the lead unit, one working day late
      '01-31 09:00 cycle_escalation→unit',
      '01-31 09:00 cycle_chase→unit', // 催办 every working day …
      '02-01 09:00 cycle_chase→unit', // … until it is in (10:00 that day)
    ]);

    // The notices name the units (never their ids) and say what is asked and by when.
    const noticeTo = async (kind: string, unitId: string): Promise<string> =>
      (
        await h.db.query(
          `SELECT title || '\n' || body AS text FROM notifications
            WHERE cycle_id = $1 AND kind = $2 AND recipient_unit_id = $3 ORDER BY due_at, id LIMIT 1`,
          [c1.input.cycleId, kind, unitId],
        )
      )[0].text as string;
    const [names] = await h.db.query(
      `SELECT (SELECT name FROM units WHERE id = $1) AS guidao, (SELECT name FROM units WHERE id = $2) AS inspectee`,
      [guidao, c1.inspecteeOf(guidao)],
    );
    const opened = await noticeTo('cycle_opened', guidao);
    expect(opened).toContain(`互检对象：${names.inspectee}`);
    expect(opened).toContain('请于1月30日（周三）18:00前提交自检');
    expect(await noticeTo('cycle_chase', guidao)).toContain('请尽快提交自检：原定1月30日（周三）18:00截止。');
    expect(await noticeTo('cycle_escalation', lead)).toContain(`${names.guidao}逾期未提交本期自检`);
    const reports: { text: string }[] = await h.db.query(
      `SELECT title || body AS text FROM notifications WHERE cycle_id = $1`,
      [c1.input.cycleId],
    );
    for (const r of reports) expect(r.text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|self_check|mutual_inspection/);

    const report1 = (await h.db.query('SELECT report FROM cycles WHERE id = $1', [c1.input.cycleId]))[0]
      .report as CycleReport;
    expect(report1.ranking.map((r) => [r.unitId, r.total, r.rank])).toEqual(
      [
        [zhongjiang, 90, 1], // (95×5 + 65) / 6
        [lead, 90, 1],
        [guidao, 85, 3],
        [guanlang, 80, 4],
      ].sort((a, b) => (a[2] as number) - (b[2] as number) || String(a[0]).localeCompare(String(b[0]))),
    );
    const items1: { id: string; cycle_id: string; responsible_unit_id: string; verifier_unit_id: string }[] =
      await h.db.query('SELECT id, cycle_id, responsible_unit_id, verifier_unit_id FROM items WHERE cycle_id = $1', [
        c1.input.cycleId,
      ]);
    expect(items1).toHaveLength(1);
    expect(items1[0]).toMatchObject({ responsible_unit_id: zhongjiang, verifier_unit_id: lead });
    expect(report1.findings.map((f) => f.itemId)).toEqual([items1[0].id]);

    // ── Cycle 2: 2030-02-25; everyone on time; 中江桥 is found again on the same criterion (屡查屡犯).
    const c2 = await openCycle(2, '2030-02', '2030-02-25T09:00');
    await until('2030-02-26T10:00');
    for (const u of participants) {
      await c2.handle.executeUpdate(cycleUpdates.submitSelfCheck, {
        args: [{ personId: secretary, unitId: u }, submission(90)],
      });
    }
    await inspectAll(c2, { [lead]: 80, [guanlang]: 92, [zhongjiang]: 95, [guidao]: 85 }, '2030-04-30');
    await until('2030-03-07T10:00');
    await c2.handle.executeUpdate(cycleUpdates.recordMeeting, {
      args: [
        { personId: leadPerson, unitId: lead },
        { minutes: '例会', attendance: [] },
      ],
    });
    await c2.handle.result();
    const report2 = (await h.db.query('SELECT report FROM cycles WHERE id = $1', [c2.input.cycleId]))[0]
      .report as CycleReport;
    expect(report2.repeats).toEqual([{ unitId: zhongjiang, count: 1 }]);
    expect(report2.ranking.find((r) => r.unitId === guanlang)).toMatchObject({
      total: 92,
      rank: 1,
      rankChange: 3,
      totalChange: 12,
    });
    const [f2] = await h.db.query('SELECT repeat_of FROM findings WHERE cycle_id = $1', [c2.input.cycleId]);
    expect(f2.repeat_of).toEqual([items1[0].id]);

    // ── Cycle 3: 2030-03-25; the report carries both earlier items, still open, one of them overdue.
    const c3 = await openCycle(3, '2030-03', '2030-03-25T09:00');
    await until('2030-03-26T10:00');
    for (const u of participants) {
      await c3.handle.executeUpdate(cycleUpdates.submitSelfCheck, {
        args: [{ personId: secretary, unitId: u }, submission(90)],
      });
    }
    for (const inspector of participants) {
      await c3.handle.executeUpdate(cycleUpdates.submitInspection, {
        args: [
          { personId: secretary, unitId: inspector },
          { ...submission(90), inspecteeUnitId: c3.inspecteeOf(inspector) },
        ],
      });
    }
    await until('2030-04-03T10:00');
    await c3.handle.executeUpdate(cycleUpdates.recordMeeting, {
      args: [
        { personId: leadPerson, unitId: lead },
        { minutes: '例会', attendance: [] },
      ],
    });
    await c3.handle.result();
    const report3 = (await h.db.query('SELECT report FROM cycles WHERE id = $1', [c3.input.cycleId]))[0]
      .report as CycleReport;
    expect(report3.openFromEarlier.map((i) => [i.unitId, i.deadline])).toEqual([
      [zhongjiang, '2030-03-15'],
      [zhongjiang, '2030-04-30'],
    ]);
    expect(report3.reconciliation.find((r) => r.unitId === zhongjiang)).toMatchObject({
      found: 2,
      closed: 0,
      open: 2,
      overdue: 1,
    });

    // Pairings: a derangement every cycle, and no inspector–inspectee pair twice in three cycles.
    const history: Pair[][] = (
      await h.db.query('SELECT pairs FROM cycles WHERE programme_id = $1 ORDER BY cycle_number', [programmeId])
    ).map((r: { pairs: Pair[] }) => r.pairs);
    expect(history).toHaveLength(3);
    const used = history.flat().map((p) => `${p.inspector}>${p.inspectee}`);
    expect(new Set(used).size).toBe(used.length);
    for (const pairs of history) {
      expect(pairs.every((p) => p.inspector !== p.inspectee)).toBe(true);
      expect(new Set(pairs.map((p) => p.inspectee)).size).toBe(participants.length);
    }
    // Every finding is exactly one item; the committee got each report (上报), every unit the 通报.
    const counts = await h.db.query(
      `SELECT (SELECT count(*)::int FROM findings f JOIN cycles c ON c.id = f.cycle_id WHERE c.programme_id = $1) AS findings,
              (SELECT count(*)::int FROM items i JOIN cycles c ON c.id = i.cycle_id WHERE c.programme_id = $1) AS items,
              (SELECT count(*)::int FROM notifications n JOIN cycles c ON c.id = n.cycle_id
                WHERE c.programme_id = $1 AND n.kind = 'cycle_report') AS reports`,
      [programmeId],
    );
    expect(counts[0]).toEqual({ findings: 2, items: 2, reports: 3 * (1 + participants.length) });
  });
});
