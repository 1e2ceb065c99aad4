/**
 * 互检 programmes through the API on the real dev server: every change keeps the Postgres row and the programme's
 * Temporal Schedule consistent, also when Temporal refuses or the commit fails halfway; scope; field-level 400s;
 * trigger-now and a fast cron Schedule start at most one cycle per period.
 */
import type { INestApplication } from '@nestjs/common';
import { ScheduleNotFoundError } from '@temporalio/client';
import request from 'supertest';
import { createApiApp } from '../apps/api/src/bootstrap';
import { localDateOf } from '../libs/domain/src';
import { IdentityService } from '../libs/identity/src';
import type { ProgrammeTickResult } from '../workflows/contracts';
import { TemporalClient } from '../libs/temporal/src';
import { bearer, eventually, type Harness, startHarness } from './support/harness';
import { recordHistory } from './support/histories';

jest.setTimeout(120_000);

const DAY = 24 * 60 * 60 * 1000;

describe('inspection programmes and their Schedules (real Temporal dev server)', () => {
  let h: Harness;
  let temporal: TemporalClient;
  let regionId: string;
  let members: string[];
  const lead = () => bearer(h.tokens.leadAdmin);
  const branch = () => bearer(h.tokens.branchSecretary);
  const committee = () => bearer(h.tokens.committeeMember);
  const created: string[] = [];
  const cycleIds: string[] = [];

  beforeAll(async () => {
    h = await startHarness({ worker: true });
    temporal = h.app.get(TemporalClient);
    [{ id: regionId }] = await h.db.query(`SELECT id FROM regions WHERE code = 'wuhu'`);
    members = (await h.db.query('SELECT unit_id FROM region_members WHERE region_id = $1', [regionId])).map(
      (m: { unit_id: string }) => m.unit_id,
    );
  });
  afterAll(async () => {
    // The dev server outlives this file: leave no Schedule firing and no cycle running behind.
    for (const id of created) {
      await temporal.schedule
        .getHandle(`programme-${id}`)
        .delete()
        .catch(() => undefined);
    }
    for (const id of cycleIds) {
      await temporal.workflow
        .getHandle(id)
        .terminate('test over')
        .catch(() => undefined);
    }
    await h.close();
  });

  const create = async (body: Record<string, unknown>, as = lead()) => {
    const res = await h
      .http()
      .post('/programmes')
      .set(as)
      .send({ regionId, ...body });
    if (res.status === 201) created.push(res.body.id);
    return res;
  };
  const describeSchedule = (id: string) => temporal.schedule.getHandle(`programme-${id}`).describe();
  const rowCount = async (): Promise<number> => (await h.db.query('SELECT count(*)::int AS n FROM programmes'))[0].n;

  it('creates, reads, updates, pauses, resumes and deletes a programme, its Schedule following each step', async () => {
    const { body: p } = await create({ name: '芜湖片区月度互检' }).then((r) => {
      expect(r.status).toBe(201);
      return r;
    });
    expect(p).toMatchObject({
      regionId,
      cadence: { kind: 'monthly', dayOfMonth: 25, time: '09:00' },
      pairingStrategy: 'rotation',
      policyVersion: null,
      repeatLookback: 3,
      paused: false,
      scheduleId: `programme-${p.id}`,
    });
    expect([...p.participants].sort()).toEqual([...members].sort());
    expect(p.rubric.criteria.map((c: { name: string }) => c.name)).toEqual([
      '党员有示范',
      '职工有士气',
      '人才有成长',
      '工作有亮点',
      '生产有秩序',
      '效益有保证',
    ]);

    const schedule = await describeSchedule(p.id);
    expect(schedule.spec.timezone).toBe('Asia/Shanghai');
    expect(schedule.spec.calendars?.[0]).toMatchObject({
      dayOfMonth: [{ start: 25, end: 25, step: 1 }],
      hour: [{ start: 9, end: 9, step: 1 }],
      minute: [{ start: 0, end: 0, step: 1 }],
    });
    expect(schedule.action).toMatchObject({
      type: 'startWorkflow',
      workflowType: 'programmeTickWorkflow',
      taskQueue: h.taskQueue,
      args: [{ programmeId: p.id }],
    });
    expect(schedule.policies).toEqual({ overlap: 'ALLOW_ALL', catchupWindow: 27 * DAY, pauseOnFailure: false });
    expect(schedule.state.paused).toBe(false);
    // Every next fire is the 25th at 09:00 in Shanghai.
    for (const at of schedule.info.nextActionTimes.slice(0, 3)) {
      expect(new Date(at.getTime() + 8 * 3600_000).toISOString().slice(8, 16)).toBe('25T09:00');
    }

    const read = await h.http().get(`/programmes/${p.id}`).set(lead()).expect(200);
    expect(read.body.schedule).toMatchObject({ scheduleId: `programme-${p.id}`, paused: false, overlap: 'ALLOW_ALL' });
    expect(read.body.schedule.nextActionTimes[0]).toBe(schedule.info.nextActionTimes[0].toISOString());
    // The region's branches and the committee may read it.
    await h.http().get(`/programmes/${p.id}`).set(branch()).expect(200);
    await h.http().get(`/programmes/${p.id}`).set(committee()).expect(200);
    const listed = await h.http().get('/programmes').set(committee()).expect(200);
    expect(listed.body.items.map((x: { id: string }) => x.id)).toContain(p.id);

    const patched = await h
      .http()
      .patch(`/programmes/${p.id}`)
      .set(lead())
      .send({
        name: '芜湖片区互检（月初）',
        cadence: { kind: 'monthly', dayOfMonth: 1, time: '08:30' },
        repeatLookback: 2,
      })
      .expect(200);
    expect(patched.body).toMatchObject({ name: '芜湖片区互检（月初）', repeatLookback: 2, cadence: { dayOfMonth: 1 } });
    const [row] = await h.db.query('SELECT name, cadence, repeat_lookback FROM programmes WHERE id = $1', [p.id]);
    expect(row).toEqual({
      name: '芜湖片区互检（月初）',
      cadence: { kind: 'monthly', dayOfMonth: 1, time: '08:30' },
      repeat_lookback: 2,
    });
    expect((await describeSchedule(p.id)).spec.calendars?.[0]).toMatchObject({
      dayOfMonth: [{ start: 1, end: 1, step: 1 }],
      hour: [{ start: 8, end: 8, step: 1 }],
      minute: [{ start: 30, end: 30, step: 1 }],
    });

    const paused = await h.http().post(`/programmes/${p.id}/pause`).set(lead()).expect(200);
    expect(paused.body.paused).toBe(true);
    expect((await describeSchedule(p.id)).state.paused).toBe(true);
    expect((await h.http().get(`/programmes/${p.id}`).set(lead()).expect(200)).body.schedule.paused).toBe(true);
    // A cron cadence on a paused programme: the spec changes, the pause stays.
    await h
      .http()
      .patch(`/programmes/${p.id}`)
      .set(lead())
      .send({ cadence: { kind: 'cron', expression: '0 9 28 * *' } })
      .expect(200);
    const cron = await describeSchedule(p.id);
    expect(cron.state.paused).toBe(true);
    expect(cron.spec.calendars?.[0]).toMatchObject({ dayOfMonth: [{ start: 28, end: 28, step: 1 }] });

    await h.http().post(`/programmes/${p.id}/resume`).set(lead()).expect(200);
    expect((await describeSchedule(p.id)).state.paused).toBe(false);
    expect((await h.db.query('SELECT paused FROM programmes WHERE id = $1', [p.id]))[0].paused).toBe(false);

    await h.http().delete(`/programmes/${p.id}`).set(lead()).expect(204);
    await h.http().get(`/programmes/${p.id}`).set(lead()).expect(404);
    expect(await h.db.query('SELECT id FROM programmes WHERE id = $1', [p.id])).toEqual([]);
    await expect(describeSchedule(p.id)).rejects.toBeInstanceOf(ScheduleNotFoundError);
  });

  it('answers the defaults a programme gets for the fields left out, to those who may create one', async () => {
    const { body: defaults } = await h.http().get('/programmes/defaults').set(lead()).expect(200);
    const { body: p } = await create({ name: '默认设置' });
    expect(defaults).toEqual({
      cadence: p.cadence,
      phaseWindows: p.phaseWindows,
      rubric: p.rubric,
      pairingStrategy: p.pairingStrategy,
      repeatLookback: p.repeatLookback,
    });
    expect(defaults.phaseWindows.selfCheckDue).toEqual({ days: 3, dayKind: 'working', time: '18:00' });
    await h.http().get('/programmes/defaults').set(branch()).expect(403);
    await h.http().get('/programmes/defaults').set(committee()).expect(403);
  });

  it('lets only the lead unit (or a system admin) manage; others get 403, or 404 when they cannot see it', async () => {
    const { body: p } = await create({ name: '权限测试' });
    const before = await rowCount();
    const refused = await create({ name: '支部自建' }, branch());
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    expect((await create({ name: '党委代建' }, committee())).status).toBe(403);
    await h.http().patch(`/programmes/${p.id}`).set(branch()).send({ name: '改名' }).expect(403);
    await h.http().post(`/programmes/${p.id}/pause`).set(branch()).expect(403);
    await h.http().post(`/programmes/${p.id}/trigger`).set(branch()).expect(403);
    await h.http().delete(`/programmes/${p.id}`).set(committee()).expect(403);
    expect(await rowCount()).toBe(before);
    expect((await describeSchedule(p.id)).state.paused).toBe(false);

    // The lead admin of another region sees neither the region nor its programmes.
    const [{ id: committeeUnit }] = await h.db.query(`SELECT id, path FROM units WHERE code = 'gs-dw'`);
    const [{ path: committeePath }] = await h.db.query('SELECT path FROM units WHERE id = $1', [committeeUnit]);
    const [{ id: otherLead }] = await h.db.query(
      `INSERT INTO units (id, code, name, kind, parent_id, path)
       SELECT g, 'other-dzz', '另一片区党总支', 'general_branch', $1, $2 || g || '/' FROM gen_random_uuid() g
       RETURNING id`,
      [committeeUnit, committeePath],
    );
    const [{ id: otherRegion }] = await h.db.query(
      `INSERT INTO regions (code, name, lead_unit_id) VALUES ('other', '另一片区', $1) RETURNING id`,
      [otherLead],
    );
    await h.db.query('INSERT INTO region_members (region_id, unit_id) VALUES ($1, $2)', [otherRegion, otherLead]);
    const [{ id: person }] = await h.db.query(
      `INSERT INTO people (name, unit_id) VALUES ('另一片区管理员', $1) RETURNING id`,
      [otherLead],
    );
    await h.db.query(`INSERT INTO role_assignments (person_id, role, unit_id) VALUES ($1, 'lead_admin', $2)`, [
      person,
      otherLead,
    ]);
    const stranger = bearer((await h.app.get(IdentityService).issue(person, 'test')).token);
    await h.http().get(`/programmes/${p.id}`).set(stranger).expect(404);
    await h.http().patch(`/programmes/${p.id}`).set(stranger).send({ name: '越权' }).expect(404);
    expect((await create({ name: '越权创建' }, stranger)).status).toBe(404);
    expect((await h.http().get('/programmes').set(stranger).expect(200)).body.items).toEqual([]);
    expect(await rowCount()).toBe(before);
  });

  it('refuses an invalid cadence, rubric, windows or participants with 400 naming each field and why', async () => {
    const before = await rowCount();
    const bad = await create({
      name: '错误配置',
      cadence: { kind: 'monthly', dayOfMonth: 31, time: '9am' },
      rubric: { criteria: [{ key: 'Staff Morale', name: '职工有士气', weight: 0, maxScore: 100 }] },
      phaseWindows: {
        selfCheckDue: { days: 5, dayKind: 'working' },
        mutualInspectionDue: { days: 3, dayKind: 'working' },
        meeting: { days: 8, dayKind: 'working' },
        reportDue: { days: 10, dayKind: 'fortnights' },
      },
      participants: [members[0], '00000000-0000-4000-8000-000000000000'],
      policyVersion: 99,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    const fields = Object.fromEntries(
      bad.body.error.details.fields.map((f: { field: string; reason: string }) => [f.field, f.reason]),
    );
    expect(fields).toMatchObject({
      'cadence.dayOfMonth': expect.stringContaining('1 to 28'),
      'cadence.time': expect.stringContaining('HH:mm'),
      'rubric.criteria[0].key': expect.stringContaining('lower-case'),
      'rubric.criteria[0].weight': expect.stringContaining('greater than 0'),
      'phaseWindows.mutualInspectionDue': 'must come after selfCheckDue',
      'phaseWindows.reportDue.dayKind': expect.any(String),
      'participants[1]': 'is not a member unit of the region',
      policyVersion: 'policy version 99 does not exist',
    });
    expect(bad.body.error.message).toContain('cadence.dayOfMonth');

    const cron = await create({ name: '错误 cron', cadence: { kind: 'cron', expression: '0 25 * * *' } });
    expect(cron.status).toBe(400);
    expect(cron.body.error.details.fields).toEqual([
      { field: 'cadence.expression', reason: expect.stringContaining('hour field "25"') },
    ]);
    // A cadence faster than daily: refused, the field named and the reason in Chinese.
    for (const expression of ['@every 1s', '*/2 * * * * * *', '0 9,21 * * *']) {
      const often = await create({ name: '太频繁', cadence: { kind: 'cron', expression } });
      expect(often.status).toBe(400);
      expect(often.body.error.details.fields).toEqual([
        { field: 'cadence.expression', reason: expect.stringContaining('at most once a day') },
      ]);
      expect(often.body.error.message).toMatch(/cadence\.expression（每天至多开始一期互检/);
    }
    const { body: p } = await create({ name: '待修改' });
    const patch = await h
      .http()
      .patch(`/programmes/${p.id}`)
      .set(lead())
      .send({ cadence: { kind: 'cron', expression: 'CRON_TZ=UTC 0 9 25 * *' } })
      .expect(400);
    expect(patch.body.error.details.fields[0]).toEqual({
      field: 'cadence.expression',
      reason: expect.stringContaining('time zone'),
    });
    await h.http().patch(`/programmes/${p.id}`).set(lead()).send({ cadence: 'monthly' }).expect(400);
    expect(await rowCount()).toBe(before + 1);
    expect((await describeSchedule(p.id)).spec.calendars?.[0].dayOfMonth).toEqual([{ start: 25, end: 25, step: 1 }]);
  });

  describe('a failure between the row and the Schedule leaves neither without the other', () => {
    let refusing: INestApplication;

    beforeAll(async () => {
      // The same database and Temporal server, but a namespace that does not exist: Temporal refuses every call.
      const saved = process.env.TEMPORAL_NAMESPACE;
      process.env.TEMPORAL_NAMESPACE = 'no-such-namespace';
      refusing = await createApiApp({ logs: false });
      await refusing.init();
      if (saved === undefined) delete process.env.TEMPORAL_NAMESPACE;
      else process.env.TEMPORAL_NAMESPACE = saved;
      // Commits of programmes named 'commit-fails' (insert, update) or 'keep-me' (delete) fail, after the Schedule call.
      await h.db.query(`
        CREATE FUNCTION refuse_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF (TG_OP = 'DELETE' AND OLD.name = 'keep-me') OR (TG_OP <> 'DELETE' AND NEW.name = 'commit-fails') THEN
            RAISE EXCEPTION 'commit refused by the test';
          END IF;
          RETURN NULL;
        END $$`);
      await h.db.query(`
        CREATE CONSTRAINT TRIGGER programmes_refuse_commit AFTER INSERT OR UPDATE OR DELETE ON programmes
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_commit()`);
    });
    afterAll(async () => {
      await refusing.close();
      await h.db.query('DROP TRIGGER programmes_refuse_commit ON programmes');
    });

    it('Temporal refusing the Schedule call: 503 and the row is not written, changed or deleted', async () => {
      const { body: p } = await create({ name: '一致性' });
      const before = await rowCount();
      const http = () => request(refusing.getHttpServer());
      const res = await http().post('/programmes').set(lead()).send({ regionId, name: '不应存在' }).expect(503);
      expect(res.body.error.code).toBe('DEPENDENCY_UNAVAILABLE');
      expect(await rowCount()).toBe(before);
      expect(await h.db.query(`SELECT id FROM programmes WHERE name = '不应存在'`)).toEqual([]);

      await http()
        .patch(`/programmes/${p.id}`)
        .set(lead())
        .send({ name: '不应改名', cadence: { kind: 'monthly', dayOfMonth: 5, time: '10:00' } })
        .expect(503);
      await http().post(`/programmes/${p.id}/pause`).set(lead()).expect(503);
      await http().delete(`/programmes/${p.id}`).set(lead()).expect(503);
      const [row] = await h.db.query('SELECT name, paused, cadence FROM programmes WHERE id = $1', [p.id]);
      expect(row).toEqual({
        name: '一致性',
        paused: false,
        cadence: { kind: 'monthly', dayOfMonth: 25, time: '09:00' },
      });
      const schedule = await describeSchedule(p.id);
      expect(schedule.state.paused).toBe(false);
      expect(schedule.spec.calendars?.[0].dayOfMonth).toEqual([{ start: 25, end: 25, step: 1 }]);
    });

    it('the commit failing after the Schedule call: the Schedule change is undone', async () => {
      // Update: the Schedule was changed, the commit failed, the Schedule is back to the row.
      const { body: p } = await create({ name: '提交失败' });
      await h
        .http()
        .patch(`/programmes/${p.id}`)
        .set(lead())
        .send({ name: 'commit-fails', cadence: { kind: 'monthly', dayOfMonth: 3, time: '10:00' } })
        .expect(500);
      expect((await h.db.query('SELECT name FROM programmes WHERE id = $1', [p.id]))[0].name).toBe('提交失败');
      expect((await describeSchedule(p.id)).spec.calendars?.[0]).toMatchObject({
        dayOfMonth: [{ start: 25, end: 25, step: 1 }],
        hour: [{ start: 9, end: 9, step: 1 }],
      });

      // Delete: the Schedule was deleted, the commit failed, the row is still there and so is its Schedule again.
      const { body: kept } = await create({ name: 'keep-me' });
      await h.http().delete(`/programmes/${kept.id}`).set(lead()).expect(500);
      expect(await h.db.query('SELECT name FROM programmes WHERE id = $1', [kept.id])).toEqual([{ name: 'keep-me' }]);
      expect((await describeSchedule(kept.id)).action).toMatchObject({ args: [{ programmeId: kept.id }] });

      // Create: the Schedule was created, the commit failed, the Schedule is deleted again. Its id was never
      // returned, so look for any Schedule of this region without a row, once a later Schedule is visible.
      const before = await rowCount();
      await create({ name: 'commit-fails' }).then((r) => expect(r.status).toBe(500));
      expect(await rowCount()).toBe(before);
      const { body: later } = await create({ name: '之后创建' });
      const orphans = await eventually(async () => {
        const ids: string[] = [];
        for await (const s of temporal.schedule.list()) {
          if ((s.memo as { regionId?: string } | undefined)?.regionId === regionId) ids.push(s.scheduleId);
        }
        if (!ids.includes(`programme-${later.id}`)) return undefined;
        const rows: { schedule_id: string }[] = await h.db.query('SELECT schedule_id FROM programmes');
        return ids.filter((id) => !rows.some((r) => r.schedule_id === id));
      });
      expect(orphans).toEqual([]);
    });
  });

  it('trigger-now starts the cycle cycle-<programmeId>-<period> once; a second trigger in the period adds none', async () => {
    const { body: p } = await create({ name: '立即触发' });
    const period = localDateOf(Date.now(), 'Asia/Shanghai').slice(0, 7);
    const first = await h.http().post(`/programmes/${p.id}/trigger`).set(lead()).expect(202);
    expect(first.body).toMatchObject({
      period,
      cycleId: expect.any(String),
      cycleWorkflowId: `cycle-${p.id}-${period}`,
    });
    const ticks = async (n: number) =>
      eventually(async () => {
        const s = await describeSchedule(p.id);
        return s.info.recentActions.length >= n
          ? s.info.recentActions.map((a) => a.action.workflow.workflowId)
          : undefined;
      });
    const [tick1] = await ticks(1);
    const result1: ProgrammeTickResult = await temporal.workflow.getHandle(tick1).result();
    expect(result1).toEqual({ outcome: 'started', cycleWorkflowId: `cycle-${p.id}-${period}` });
    if (process.env.RECORD_HISTORIES)
      recordHistory('programme-tick', await temporal.workflow.getHandle(tick1).fetchHistory());
    cycleIds.push(`cycle-${p.id}-${period}`);
    const cycle = await temporal.workflow.getHandle(`cycle-${p.id}-${period}`).describe();
    expect(cycle.type).toBe('cycleWorkflow');
    // The answer names the cycle itself: no polling GET /cycles?programmeId= for it.
    const read = await eventually(async () => {
      const res = await h.http().get(`/cycles/${first.body.cycleId}`).set(lead());
      return res.status === 200 ? res.body : undefined;
    });
    expect(read).toMatchObject({ id: first.body.cycleId, programmeId: p.id, period });
    // An operator sees the programme, region and period beside the search attributes.
    expect(cycle.memo).toMatchObject({
      region: '芜湖片区',
      period,
      participants: expect.arrayContaining(['芜湖中江桥项目党支部']),
    });

    const second = await h.http().post(`/programmes/${p.id}/trigger`).set(lead()).expect(202);
    expect(second.body).toMatchObject({ cycleId: first.body.cycleId, cycleWorkflowId: `cycle-${p.id}-${period}` });
    const [, tick2] = await ticks(2);
    const result2: ProgrammeTickResult = await temporal.workflow.getHandle(tick2).result();
    expect(['already_started', 'skipped']).toContain(result2.outcome);
    // Still the same single run of the period's cycle.
    const again = await temporal.workflow.getHandle(`cycle-${p.id}-${period}`).describe();
    expect(again.runId).toBe(cycle.runId);
    expect(
      (await h.db.query('SELECT count(*)::int AS n FROM cycles WHERE programme_id = $1', [p.id]))[0].n,
    ).toBeLessThanOrEqual(1);
  });

  it('a fast cron Schedule really fires on its own, and its ticks start one cycle for the day', async () => {
    // A cycle a day at most, unless the test-only override (PROGRAMME_CADENCE_TEST_SUBDAILY) lets a 2-second cron in.
    process.env.PROGRAMME_CADENCE_TEST_SUBDAILY = 'true';
    const fast = await createApiApp({ logs: false });
    delete process.env.PROGRAMME_CADENCE_TEST_SUBDAILY;
    await fast.init();
    const p = await request(fast.getHttpServer())
      .post('/programmes')
      .set(lead())
      .send({ regionId, name: '每两秒', cadence: { kind: 'cron', expression: '*/2 * * * * * *' } })
      .expect(201)
      .then((res) => res.body as { id: string })
      .finally(() => fast.close());
    created.push(p.id);
    const fired = await eventually(async () => {
      const s = await describeSchedule(p.id);
      return s.info.numActionsTaken >= 3 ? s.info.recentActions : undefined;
    }, 20_000);
    await h.http().post(`/programmes/${p.id}/pause`).set(lead()).expect(200);
    const results: ProgrammeTickResult[] = await Promise.all(
      fired.map((a) => temporal.workflow.getHandle(a.action.workflow.workflowId).result()),
    );
    // Ticks on a day boundary in Shanghai may belong to two days; each day gets exactly one 'started'.
    const days = new Set(fired.map((a) => localDateOf(a.scheduledAt.getTime(), 'Asia/Shanghai')));
    expect(results.filter((r) => r.outcome === 'started')).toHaveLength(days.size);
    expect(results.every((r) => ['started', 'already_started', 'skipped'].includes(r.outcome))).toBe(true);
    for (const day of days) {
      cycleIds.push(`cycle-${p.id}-${day}`);
      const cycle = await temporal.workflow.getHandle(`cycle-${p.id}-${day}`).describe();
      expect(cycle.type).toBe('cycleWorkflow');
    }
  });
});
