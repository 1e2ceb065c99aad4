/**
 * One rectification item under the default production policy through a 30-day deadline, on Temporal's
 * time-skipping test server with the real worker code and a real Postgres: every reminder at its local time,
 * the red light, 催办, level-1 and level-2 督办, evidence, 退回, resubmission, 销号 — then the exact rows.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { POLICY_SET_V1, resolvePolicy } from '../libs/domain/src';
import { type Actor, type ItemInput, itemStateQuery, itemUpdates } from '../workflows/contracts';
import type { Harness } from './support/harness';
import { recordHistory } from './support/histories';
import { startTimeSkippingWorld, type TimeSkippingWorld } from './support/time-skipping';

jest.setTimeout(120_000);

const TZ = 'Asia/Shanghai';

describe('an item through a month on the time-skipping server', () => {
  let world: TimeSkippingWorld;
  let h: Harness;
  let env: TestWorkflowEnvironment;
  const taskQueue = 'item-month';

  beforeAll(async () => {
    world = await startTimeSkippingWorld(taskQueue);
    ({ h, env } = world);
  });
  afterAll(() => world?.close());

  it('reminds, chases, escalates and signs off exactly as the policy says', async () => {
    const [unit] = await h.db.query(`SELECT id FROM units WHERE code = 'wuhu-zjq-dzb'`);
    const [region] = await h.db.query(`SELECT id, lead_unit_id FROM regions WHERE code = 'wuhu'`);
    const [committee] = await h.db.query(`SELECT id FROM units WHERE kind = 'committee'`);
    const [leadAdmin] = await h.db.query(`SELECT id FROM people WHERE name LIKE '%李强%'`);
    const [secretary] = await h.db.query(`SELECT id FROM people WHERE name LIKE '%张华%'`);
    const responsible: Actor = { personId: secretary.id, side: 'responsible' };
    const verifier: Actor = { personId: leadAdmin.id, side: 'verifier' };

    // Years without published holidays fall back to Mon–Fri; the overrides add a holiday and a 调休 workday.
    const input: ItemInput = {
      itemId: '5a1d8c53-4f1e-4e7e-9a51-3c0a2f000001',
      regionId: region.id,
      responsibleUnitId: unit.id,
      responsiblePersonId: secretary.id,
      verifierUnitId: region.lead_unit_id,
      committeeUnitId: committee.id,
      title: '党员示范岗标识不全',
      description: '',
      requirement: '补齐标识',
      severity: 'major',
      deadline: '2030-05-01',
      policyVersion: 1,
      policy: resolvePolicy(POLICY_SET_V1, 'major'),
      timeZone: TZ,
      calendarOverrides: [
        { date: '2030-04-05', kind: 'holiday', note: '清明节' },
        { date: '2030-04-13', kind: 'workday', note: '调休' },
      ],
      createdBy: leadAdmin.id,
    };
    const { until } = world;
    const row = async () =>
      (await h.db.query('SELECT status, light, escalation_level FROM items WHERE id = $1', [input.itemId]))[0];

    await until('2030-04-01T08:00');
    const handle = await env.client.workflow.start('itemWorkflow', {
      workflowId: `item-${input.itemId}`,
      taskQueue,
      args: [input],
    });
    const created = await handle.executeUpdate(itemUpdates.awaitRegistered);
    expect(created.milestones.map((m) => `${m.key} ${m.due}`)).toEqual([
      'plan 2030-04-06',
      'progress 2030-04-16',
      'evidence 2030-04-28',
      'verification 2030-05-01',
    ]);

    await until('2030-04-04T10:00');
    await handle.executeUpdate(itemUpdates.submitPlan, { args: [responsible, { plan: '两周内补齐' }] });
    await until('2030-04-17T10:00');
    expect(await row()).toMatchObject({ status: 'in_progress', light: 'red', escalation_level: 0 });

    // The worker dies mid-life; a new one takes over from the durable history.
    await world.replaceWorker();

    await until('2030-04-18T10:00');
    await handle.executeUpdate(itemUpdates.reportProgress, { args: [responsible, { progress: '已完成一半' }] });
    expect(await row()).toMatchObject({ light: 'green' });
    await until('2030-05-02T10:00');
    expect(await row()).toMatchObject({ light: 'red', escalation_level: 1 });
    await until('2030-05-08T10:00');
    expect(await row()).toMatchObject({ escalation_level: 2 });
    await handle.executeUpdate(itemUpdates.submitEvidence, {
      args: [responsible, { text: '已补齐', attachments: ['att://1'] }],
    });
    await until('2030-05-08T11:00');
    await handle.executeUpdate(itemUpdates.verify, { args: [verifier, { decision: 'reject', reason: '照片不清晰' }] });
    await until('2030-05-09T10:00');
    await handle.executeUpdate(itemUpdates.submitEvidence, {
      args: [responsible, { text: '重新拍照', attachments: ['att://2'] }],
    });
    await until('2030-05-09T11:00');
    await handle.executeUpdate(itemUpdates.verify, { args: [verifier, { decision: 'approve' }] });
    const final = await handle.result();
    expect(final.status).toBe('closed');
    expect(await handle.query(itemStateQuery)).toMatchObject({ status: 'closed', escalationLevel: 2 });

    const notifications: { at: string; what: string }[] = await h.db.query(
      `SELECT to_char(due_at AT TIME ZONE 'Asia/Shanghai', 'MM-DD HH24:MI') AS at, kind || '→' || audience AS what
         FROM notifications WHERE item_id = $1 ORDER BY due_at, id`,
      [input.itemId],
    );
    expect(notifications.map((n) => `${n.at} ${n.what}`)).toEqual([
      '04-01 08:00 assigned→responsible',
      '04-03 09:00 reminder→responsible', // plan T−3
      '04-04 09:00 reminder→responsible', // plan T−1 and T (Fri 04-05 holiday, Sat 04-06) collapse on Thu
      '04-04 10:00 plan_submitted→verifier',
      '04-13 09:00 reminder→responsible', // progress T−3 on the 调休 Saturday
      '04-15 09:00 reminder→responsible', // progress T−1
      '04-16 09:00 reminder→responsible', // progress T
      '04-17 09:00 overdue_chase→responsible', // 催办 while progress is overdue
      '04-18 09:00 overdue_chase→responsible',
      '04-18 10:00 progress_reported→verifier',
      '04-25 09:00 reminder→responsible', // evidence T−3
      '04-26 09:00 reminder→responsible', // evidence T−1/T (weekend) on Friday
      '04-26 09:00 reminder→verifier', // verification T−3 (Sunday) on Friday
      '04-29 09:00 overdue_chase→responsible',
      '04-30 09:00 overdue_chase→responsible',
      '04-30 09:00 reminder→verifier', // verification T−1
      '05-01 09:00 overdue_chase→responsible',
      '05-01 09:00 reminder→verifier', // verification T
      '05-02 09:00 escalation→verifier', // level 1: one working day past the deadline
      '05-02 09:00 escalation→responsible',
      '05-02 09:00 overdue_chase→responsible',
      '05-03 09:00 overdue_chase→responsible',
      '05-06 09:00 overdue_chase→responsible',
      '05-07 09:00 overdue_chase→responsible',
      '05-08 09:00 escalation→committee', // level 2: five working days past it
      '05-08 09:00 escalation→verifier',
      '05-08 09:00 escalation→responsible',
      '05-08 09:00 overdue_chase→responsible',
      '05-08 10:00 verification_requested→verifier',
      '05-08 11:00 rejected→responsible',
      '05-09 09:00 overdue_chase→responsible', // evidence overdue again after 退回
      '05-09 10:00 verification_requested→verifier',
      '05-09 11:00 closed→responsible',
    ]);

    // Each message says what to do and by when, names the units and carries the requirement and the reasons.
    const texts: { kind: string; audience: string; title: string; body: string }[] = await h.db.query(
      `SELECT kind, audience, title, body FROM notifications WHERE item_id = $1 ORDER BY due_at, id`,
      [input.itemId],
    );
    const first = (kind: string, audience = 'responsible') =>
      texts.find((t) => t.kind === kind && t.audience === audience) as (typeof texts)[number];
    expect(first('assigned').title).toBe('【新整改任务】党员示范岗标识不全');
    expect(first('assigned').body.split('\n')).toEqual(
      expect.arrayContaining([
        '商合杭芜湖长江公铁大桥项目部党总支向芜湖中江桥项目党支部交办整改项「党员示范岗标识不全」，整改时限5月1日（周三）。',
        '请于4月6日（周六）前提交整改方案，还有5天。',
        '整改要求：补齐标识',
        '责任单位：芜湖中江桥项目党支部（中江桥党支部书记 张华）',
        '红黄绿灯：绿灯（按计划推进）',
      ]),
    );
    expect(first('reminder').body).toContain('「制定整改方案」节点还有3天（4月6日（周六））');
    expect(first('overdue_chase').body).toContain('请尽快报告整改进度：原定4月16日（周二），已逾期1个工作日。');
    expect(first('rejected').body).toContain('退回理由：照片不清晰');
    expect(first('escalation', 'committee').body).toContain('已升级为党委督办');
    expect(first('verification_requested', 'verifier').body).toContain('整改佐证：已补齐');
    for (const t of texts) expect(`${t.title}${t.body}`).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|T-\d|[a-z]+_[a-z]+/);

    // Record this history for the replay suite when asked to (RECORD_HISTORIES=1; see item-history.e2e-spec.ts).
    if (process.env.RECORD_HISTORIES) recordHistory('item-month', await handle.fetchHistory());

    const events: { seq: number; kind: string }[] = await h.db.query(
      'SELECT seq, kind FROM item_events WHERE item_id = $1 ORDER BY seq',
      [input.itemId],
    );
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events.filter((e) => !['reminder', 'overdue_chase'].includes(e.kind)).map((e) => e.kind)).toEqual([
      'created',
      'plan_submitted',
      'progress_reported',
      'escalated_level_1',
      'escalated_level_2',
      'evidence_submitted',
      'verification_rejected',
      'evidence_submitted',
      'verified_closed',
    ]);
  });
});
