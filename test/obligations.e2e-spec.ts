/**
 * Recurring obligations (三会一课 …) through the API on the real dev server: seed 000's types as data, a type's
 * Schedule opening each unit's obligation once per period (trigger-now, and a backfill standing in for the catch-up
 * after a Temporal outage), 记实 with field-level 400s, another unit's or a closed obligation refused with the
 * reason, the lead unit's 退回 and confirmation, the ledgers and their export, 明细账, the region feed (晒) with its
 * not-shared mark, and a type change applying from the next period only.
 */
import ExcelJS from 'exceljs';
import { IdentityService } from '../libs/identity/src';
import { TemporalClient } from '../libs/temporal/src';
import { createObligationActivities, DEFAULT_OBLIGATION_TYPES, obligationFacts } from '../libs/obligations/src';
import { addCalendarDays, localDateOf, nextPeriod, periodContaining } from '../libs/domain/src';
import type { ObligationTickResult } from '../workflows/obligation-contracts';
import { demoRegion, type DemoRegion } from './support/cycles';
import { binary, uploadIds } from './support/files';
import { bearer, eventually, type Harness, startHarness } from './support/harness';
import { phonePhoto } from './support/photo-fixtures';

jest.setTimeout(180_000);

const TZ = 'Asia/Shanghai';

describe('recurring obligations through the API (real Temporal dev server)', () => {
  let h: Harness;
  let region: DemoRegion;
  const tokens: Record<string, { Authorization: string }> = {};
  const raw: Record<string, string> = {};
  const typeIds: string[] = [];
  let monthlyId: string;
  const today = localDateOf(Date.now(), TZ);
  const period = periodContaining('monthly', today);

  beforeAll(async () => {
    h = await startHarness({ worker: true });
    region = await demoRegion(h.db);
    const issue = async (name: string) => {
      const [p] = await h.db.query('SELECT id FROM people WHERE name LIKE $1', [`%${name}%`]);
      return (await h.app.get(IdentityService).issue(p.id, 'test')).token;
    };
    Object.assign(raw, {
      admin: h.tokens.systemAdmin,
      lead: h.tokens.leadAdmin,
      zhongjiang: h.tokens.branchSecretary,
      guanlang: await issue('刘芳'),
      guidao: await issue('陈刚'),
      committee: h.tokens.committeeMember,
    });
    for (const [k, v] of Object.entries(raw)) tokens[k] = bearer(v);
  });
  afterAll(async () => {
    // The dev server outlives this file: leave no Schedule firing and no obligation waiting behind.
    const temporal = h.app.get(TemporalClient);
    for (const id of typeIds) {
      await temporal.schedule
        .getHandle(`obligation-type-${id}`)
        .delete()
        .catch(() => undefined);
    }
    const rows: { workflow_id: string }[] = await h.db.query('SELECT workflow_id FROM obligations');
    for (const { workflow_id } of rows) {
      await temporal.workflow
        .getHandle(workflow_id)
        .terminate('test over')
        .catch(() => undefined);
    }
    await h.close();
  });

  const obligationOf = async (unitId: string, typeId = monthlyId) => {
    const [row] = await h.db.query('SELECT id FROM obligations WHERE type_id = $1 AND unit_id = $2 AND period = $3', [
      typeId,
      unitId,
      period.key,
    ]);
    return row?.id as string | undefined;
  };

  it("installs seed 000's six types once, only for a system admin", async () => {
    const codes = DEFAULT_OBLIGATION_TYPES.map((t) => t.code);
    await h.http().post('/obligation-types/defaults').set(tokens.lead).send({ codes }).expect(403);
    const none = await h.http().post('/obligation-types/defaults').set(tokens.admin).send({}).expect(400);
    expect(none.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(['codes']);
    const first = await h.http().post('/obligation-types/defaults').set(tokens.admin).send({ codes }).expect(200);
    const again = await h.http().post('/obligation-types/defaults').set(tokens.admin).send({ codes }).expect(200);
    expect(again.body.items).toEqual(first.body.items);
    typeIds.push(...first.body.items.map((t: { id: string }) => t.id));
    expect(
      first.body.items.map((t: { name: string; cadence: { kind: string } }) => `${t.name} ${t.cadence.kind}`),
    ).toEqual([
      '支委会 monthly',
      '党员大会 quarterly',
      '党课 quarterly',
      '中心组学习 quarterly',
      '民主评议党员 yearly',
      '职工思想状况调查分析 half_yearly',
    ]);
    const schedule = await h.app.get(TemporalClient).schedule.getHandle(first.body.items[1].scheduleId).describe();
    expect(schedule.policies).toMatchObject({ overlap: 'ALLOW_ALL', catchupWindow: 27 * 86_400_000 });
    expect(schedule.spec.calendars?.[0]).toMatchObject({ dayOfMonth: [{ start: 1, end: 1, step: 1 }] });
  });

  it('refuses a bad type with 400 naming each field and why', async () => {
    const res = await h
      .http()
      .post('/obligation-types')
      .set(tokens.admin)
      .send({
        code: 'bad code!',
        name: '支委会',
        appliesTo: { kind: 'units', unitIds: ['00000000-0000-4000-8000-000000000000'] },
        cadence: { kind: 'cron', expression: '61 * * * *' },
        window: { kind: 'day_of_last_month', day: 40 },
        requires: { attendeesCount: true, minutes: 'yes', minFiles: 11 },
      })
      .expect(400);
    expect(res.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'code',
      'appliesTo.unitIds[0]',
      'cadence.expression',
      'requires.minutes',
      'requires.minFiles',
    ]);
    const window = await h
      .http()
      .post('/obligation-types')
      .set(tokens.admin)
      .send({
        code: 'w',
        name: 'x',
        appliesTo: { kind: 'unit_kinds', unitKinds: ['branch'] },
        cadence: { kind: 'monthly' },
        window: { kind: 'day_of_last_month', day: 40 },
      })
      .expect(400);
    expect(window.body.error.details.fields).toEqual([
      { field: 'window.day', reason: 'must be a whole number from 1 to 31' },
    ]);
    expect(
      (await h.db.query(`SELECT count(*)::int AS n FROM obligation_types WHERE code IN ('w', 'bad code!')`))[0].n,
    ).toBe(0);
  });

  it("opens each unit's obligation of the period once: trigger twice and a backfill over the period's start", async () => {
    const created = await h
      .http()
      .post('/obligation-types')
      .set(tokens.admin)
      .send({
        code: 'test-monthly',
        name: '月度组织生活',
        appliesTo: { kind: 'unit_kinds', unitKinds: ['general_branch', 'branch'] },
        cadence: { kind: 'monthly' },
        window: { kind: 'day_of_last_month', day: 31 },
      })
      .expect(201);
    monthlyId = created.body.id;
    typeIds.push(monthlyId);
    expect(created.body).toMatchObject({
      version: 1,
      effectiveFrom: period.start,
      confirmation: true,
      closeAfterWorkingDays: 5,
    });

    const trigger = await h.http().post(`/obligation-types/${monthlyId}/trigger`).set(tokens.admin).expect(202);
    expect(trigger.body.period).toBe(period.key);
    await h.http().post(`/obligation-types/${monthlyId}/trigger`).set(tokens.admin).expect(202);
    // Temporal down over the 1st: when it is back the Schedule takes the missed fire, stamped with its nominal time.
    const handle = h.app.get(TemporalClient).schedule.getHandle(created.body.scheduleId);
    const opening = Date.parse(`${period.start}T08:00:00+08:00`);
    await handle.backfill([{ start: new Date(opening - 60_000), end: new Date(opening + 60_000) }]);

    const rows = await eventually(async () => {
      const found: { unit_id: string; status: string; type_version: number }[] = await h.db.query(
        'SELECT unit_id, status, type_version FROM obligations WHERE type_id = $1 ORDER BY unit_id',
        [monthlyId],
      );
      return found.length === 4 ? found : undefined;
    });
    expect(rows.map((r) => r.unit_id).sort()).toEqual([...region.participants].sort());
    expect(rows.every((r) => r.status === 'open' && r.type_version === 1)).toBe(true);
    // Every tick the Schedule has taken (the two triggers, and the backfill's once the server has run it) ended in
    // this period and, all together, opened each unit's obligation once.
    const actions = await eventually(async () => {
      const { info } = await handle.describe();
      return info.recentActions.length >= 2 ? info.recentActions : undefined;
    }, 60_000);
    const results: ObligationTickResult[] = [];
    for (const a of actions) {
      results.push(await h.app.get(TemporalClient).workflow.getHandle(a.action.workflow.workflowId).result());
    }
    expect(results.reduce((sum, r) => sum + r.started, 0)).toBe(4);
    expect(results.every((r) => r.period === period.key)).toBe(true);
    const [{ n }] = await h.db.query(
      `SELECT count(*)::int AS n FROM obligation_events e JOIN obligations o ON o.id = e.obligation_id
        WHERE o.type_id = $1 AND e.kind = 'opened'`,
      [monthlyId],
    );
    expect(n).toBe(4);
    const [{ notices }] = await h.db.query(
      `SELECT count(*)::int AS notices FROM notifications n JOIN obligations o ON o.id = n.obligation_id
        WHERE o.type_id = $1 AND n.kind = 'obligation_opened'`,
      [monthlyId],
    );
    expect(notices).toBe(4);
  });

  it('shows 总台账 to the lead unit and the committee, 分台账 to a branch, nothing of other branches', async () => {
    const lead = await h.http().get(`/obligations?typeId=${monthlyId}`).set(tokens.lead).expect(200);
    expect(lead.body.total).toBe(4);
    const branch = await h.http().get(`/obligations?typeId=${monthlyId}`).set(tokens.zhongjiang).expect(200);
    expect(branch.body.items.map((e: { unitId: string }) => e.unitId)).toEqual([region.zhongjiang]);
    const committee = await h.http().get(`/obligations?typeId=${monthlyId}`).set(tokens.committee).expect(200);
    expect(committee.body.total).toBe(4);
    const other = (await obligationOf(region.guanlang)) as string;
    await h.http().get(`/obligations/${other}`).set(tokens.zhongjiang).expect(404);
    const mine = await h
      .http()
      .get(`/obligations/${await obligationOf(region.zhongjiang)}`)
      .set(tokens.zhongjiang);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({
      status: 'open',
      period: period.key,
      due: expect.any(String),
      allowedActions: ['submit'],
      confirmingUnitId: region.lead,
      requires: { attendeesCount: true, minutes: true, minFiles: 1 },
    });
    // The lead unit's own obligation has nobody above it in the region to confirm it.
    const own = await h
      .http()
      .get(`/obligations/${await obligationOf(region.lead)}`)
      .set(tokens.lead)
      .expect(200);
    expect(own.body).toMatchObject({ confirmingUnitId: null, allowedActions: ['submit'] });
  });

  it('refuses a record without its fields or files with 400 naming each, and stores nothing', async () => {
    const id = (await obligationOf(region.zhongjiang)) as string;
    const res = await h
      .http()
      .post(`/obligations/${id}/records`)
      .set(tokens.zhongjiang)
      .send({ title: '', heldOn: '2001-01-01', attendeeIds: [region.leadPerson] })
      .expect(400);
    expect(res.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'title',
      'heldOn',
      'attendeesCount',
      'minutes',
      'files',
      'attendeeIds[0]',
    ]);
    const shape = await h
      .http()
      .post(`/obligations/${id}/records`)
      .set(tokens.zhongjiang)
      .send({ attendeesCount: 'x' });
    expect(shape.status).toBe(400);
    expect(shape.body.error.details.fields.map((f: { field: string }) => f.field)).toContain('attendeesCount');
    expect((await h.db.query('SELECT count(*)::int AS n FROM obligation_records'))[0].n).toBe(0);
  });

  it("refuses a record for another unit with the reason: another branch's is hidden, the lead unit may not", async () => {
    const id = (await obligationOf(region.guanlang)) as string;
    const photo = await uploadIds(h, raw.lead, [{ name: '现场.jpg', bytes: await phonePhoto() }]);
    const body = { title: '支委会', heldOn: today, attendeesCount: 5, minutes: '学习', files: photo };
    await h.http().post(`/obligations/${id}/records`).set(tokens.zhongjiang).send(body).expect(404);
    const lead = await h.http().post(`/obligations/${id}/records`).set(tokens.lead).send(body).expect(403);
    expect(lead.body.error).toMatchObject({ code: 'WRONG_ACTOR' });
    expect(lead.body.error.message).toContain('芜湖长江路管廊及高架项目党支部');
  });

  let recordPhoto: string;
  it('takes a record, 退回 with a reason, the resubmission, and the confirmation; the feed shows it', async () => {
    const id = (await obligationOf(region.zhongjiang)) as string;
    [recordPhoto] = await uploadIds(h, raw.zhongjiang, [{ name: '会议照片.jpg', bytes: await phonePhoto() }]);
    const [secretary] = await h.db.query('SELECT id FROM people WHERE name LIKE $1', ['%张华%']);
    const body = {
      title: '12月支委会：传达公司党委会议精神',
      heldOn: today,
      attendeesCount: 5,
      attendeeIds: [secretary.id],
      minutes: '一、传达学习；二、研究党员发展',
      files: [recordPhoto],
    };
    const recorded = await h.http().post(`/obligations/${id}/records`).set(tokens.zhongjiang).send(body).expect(200);
    expect(recorded.body).toMatchObject({ status: 'recorded', allowedActions: [], firstSubmittedOn: today });
    expect(recorded.body.records[0].files.map((f: { id: string }) => f.id)).toEqual([recordPhoto]);
    const again = await h.http().post(`/obligations/${id}/records`).set(tokens.zhongjiang).send(body).expect(409);
    expect(again.body.error.details).toMatchObject({ currentState: 'recorded' });

    await h.http().post(`/obligations/${id}/decision`).set(tokens.zhongjiang).send({ decision: 'confirm' }).expect(403);
    const noReason = await h
      .http()
      .post(`/obligations/${id}/decision`)
      .set(tokens.lead)
      .send({ decision: 'send_back' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.fields).toEqual([
      { field: 'reason', reason: 'is required to send a record back' },
    ]);
    const back = await h
      .http()
      .post(`/obligations/${id}/decision`)
      .set(tokens.lead)
      .send({ decision: 'send_back', reason: '缺少签到表' })
      .expect(200);
    expect(back.body).toMatchObject({ status: 'sent_back', allowedActions: [] });
    expect(back.body.records[0]).toMatchObject({ decision: 'sent_back', decisionReason: '缺少签到表' });
    const [sheet] = await uploadIds(h, raw.zhongjiang, [{ name: '签到表.jpg', bytes: await phonePhoto() }]);
    await h
      .http()
      .post(`/obligations/${id}/records`)
      .set(tokens.zhongjiang)
      .send({ ...body, files: [recordPhoto, sheet] })
      .expect(200);
    const done = await h
      .http()
      .post(`/obligations/${id}/decision`)
      .set(tokens.lead)
      .send({ decision: 'confirm' })
      .expect(200);
    expect(done.body).toMatchObject({ status: 'done', outcome: 'on_time', light: 'green', firstSubmittedOn: today });
    expect(done.body.records.map((r: { attempt: number; decision: string }) => `${r.attempt} ${r.decision}`)).toEqual([
      '1 sent_back',
      '2 confirmed',
    ]);
    expect(done.body.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'opened',
      'recorded',
      'sent_back',
      'recorded',
      'confirmed',
    ]);
    const notices: { kind: string; audience: string; title: string }[] = await h.db.query(
      `SELECT kind, audience, title FROM notifications WHERE obligation_id = $1 ORDER BY id`,
      [id],
    );
    expect(notices.map((n) => `${n.kind} ${n.audience}`)).toEqual([
      'obligation_opened responsible',
      'obligation_recorded verifier',
      'obligation_sent_back responsible',
      'obligation_recorded verifier',
      'obligation_confirmed responsible',
    ]);
    expect(notices[2].title).toBe(`【记实退回】芜湖中江桥项目党支部 ${period.key}月度组织生活`);

    // 晒: another branch reads the record on the region's feed, with its photos.
    const feed = await h.http().get(`/regions/${region.regionId}/feed`).set(tokens.guanlang).expect(200);
    const entry = feed.body.items.find((e: { kind: string }) => e.kind === 'record');
    expect(entry).toMatchObject({
      unitName: '芜湖中江桥项目党支部',
      title: body.title,
      typeName: '月度组织生活',
      heldOn: today,
    });
    expect(entry.photos.map((p: { id: string }) => p.id)).toEqual([recordPhoto, sheet]);
    await h.http().get(`/files/${recordPhoto}/thumbnail`).set(tokens.guanlang).expect(200);

    // 明细账: the secretary attended.
    const mine = await h.http().get('/obligations/attendance').set(tokens.zhongjiang).expect(200);
    expect(mine.body.items.map((a: { title: string; status: string }) => `${a.title} ${a.status}`)).toEqual([
      `${body.title} done`,
    ]);
    await h.http().get(`/obligations/attendance?personId=${secretary.id}`).set(tokens.guanlang).expect(404);
  });

  it('lets the unit keep a record off the feed with a reason; its photos are then its own again', async () => {
    const [rec] = await h.db.query(
      `SELECT r.id FROM obligation_records r JOIN obligations o ON o.id = r.obligation_id
        WHERE o.unit_id = $1 AND r.attempt = 2`,
      [region.zhongjiang],
    );
    await h
      .http()
      .post(`/obligation-records/${rec.id}/sharing`)
      .set(tokens.guanlang)
      .send({ shared: false, reason: 'x' })
      .expect(404);
    const noReason = await h
      .http()
      .post(`/obligation-records/${rec.id}/sharing`)
      .set(tokens.zhongjiang)
      .send({ shared: false });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.fields).toEqual([
      { field: 'reason', reason: 'is required to keep a record off the feed' },
    ]);
    const off = await h
      .http()
      .post(`/obligation-records/${rec.id}/sharing`)
      .set(tokens.zhongjiang)
      .send({ shared: false, reason: '涉及人员隐私' })
      .expect(200);
    expect(off.body).toEqual({ recordId: rec.id, shared: false, notSharedReason: '涉及人员隐私' });
    const feed = await h.http().get(`/regions/${region.regionId}/feed`).set(tokens.guanlang).expect(200);
    expect(feed.body.items.filter((e: { kind: string }) => e.kind === 'record')).toEqual([]);
    await h.http().get(`/files/${recordPhoto}/thumbnail`).set(tokens.guanlang).expect(404);
    await h.http().get(`/files/${recordPhoto}/thumbnail`).set(tokens.lead).expect(200);
    await h.http().get(`/regions/00000000-0000-4000-8000-000000000000/feed`).set(tokens.lead).expect(404);
  });

  it('counts the ledger per light and outcome and exports it as xlsx', async () => {
    const counts = await h.http().get(`/obligations/counts?typeId=${monthlyId}`).set(tokens.lead).expect(200);
    expect(counts.body).toMatchObject({ total: 4, byOutcome: { on_time: 1, late: 0, missed: 0, pending: 3 } });
    expect(counts.body.byLight.green + counts.body.byLight.yellow + counts.body.byLight.red).toBe(4);
    const file = await h
      .http()
      .get(`/obligations/export?typeId=${monthlyId}`)
      .set(tokens.lead)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(file.headers['content-disposition']).toContain(encodeURIComponent('组织生活总台账'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body);
    expect(book.worksheets.map((w) => w.name)[0]).toBe('汇总');
    expect(book.worksheets).toHaveLength(5);
    const zhongjiang = book.worksheets.find((w) => w.name.startsWith('芜湖中江桥')) as ExcelJS.Worksheet;
    expect(zhongjiang.getRow(1).values).toEqual([
      undefined,
      '序号',
      '事项',
      '周期',
      '单位',
      '所属片区',
      '记实截止',
      '最迟补录',
      '首次记实',
      '状态',
      '完成情况',
      '红黄绿灯',
      '督办级别',
      '催办次数',
      '确认单位',
    ]);
    expect(zhongjiang.getRow(2).getCell(9).value).toBe('已落实');
    expect(zhongjiang.getRow(2).getCell(10).value).toBe('按时');
  });

  it('applies a type change from the next period only, never to the open one', async () => {
    const changed = await h
      .http()
      .patch(`/obligation-types/${monthlyId}`)
      .set(tokens.admin)
      .send({ window: { kind: 'day_of_last_month', day: 20 } })
      .expect(200);
    const next = nextPeriod('monthly', period);
    expect(changed.body).toMatchObject({ version: 2, effectiveFrom: next.start, window: { day: 20 } });
    const detail = await h.http().get(`/obligation-types/${monthlyId}`).set(tokens.zhongjiang).expect(200);
    expect(
      detail.body.versions.map((v: { version: number; effectiveFrom: string }) => `${v.version} ${v.effectiveFrom}`),
    ).toEqual([`1 ${period.start}`, `2 ${next.start}`]);
    // A tick in this period again (trigger) opens nothing new and keeps version 1's dates.
    await h.http().post(`/obligation-types/${monthlyId}/trigger`).set(tokens.admin).expect(202);
    const rows: { type_version: number; due_date: string }[] = await h.db.query(
      'SELECT DISTINCT type_version, due_date FROM obligations WHERE type_id = $1',
      [monthlyId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].type_version).toBe(1);
    // The next period's obligations take version 2 (what its tick would prepare).
    const inputs = await createObligationActivities(h.db, { orgTimeZone: TZ }).prepareObligations(
      monthlyId,
      Date.parse(`${next.start}T08:00:00+08:00`),
    );
    expect(inputs.map((i) => i.typeVersion)).toEqual([2, 2, 2, 2]);
    expect(inputs[0].dates.due <= addCalendarDays(next.start, 19)).toBe(true);
    const bad = await h
      .http()
      .patch(`/obligation-types/${monthlyId}`)
      .set(tokens.admin)
      .send({ closeAfterWorkingDays: 99 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields).toEqual([
      { field: 'closeAfterWorkingDays', reason: 'must be a whole number from 0 to 60' },
    ]);
  });

  it('gives evaluation its facts: the confirmed record, nothing for what is still open', async () => {
    const facts = await obligationFacts(h.db, { from: period.start, to: period.end, regionId: region.regionId });
    expect(facts.map((f) => `${f.fact} ${f.unitId === region.zhongjiang} ${f.onTime} ${f.attendeesCount}`)).toEqual([
      'confirmed_record true true 5',
    ]);
  });
});
