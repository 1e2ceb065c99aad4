import { addCalendarDays, DEFAULT_POLICY_SET, localDateOf } from '../libs/domain/src';
import { bearer, type Harness, startHarness } from './support/harness';

describe('versioned policies, calendar overrides and re-basing live items', () => {
  let h: Harness;
  const admin = () => bearer(h.tokens.systemAdmin);
  const today = localDateOf(Date.now(), 'Asia/Shanghai');

  beforeAll(async () => {
    h = await startHarness({ worker: true });
  });
  afterAll(() => h.close());

  it('stores a new version only when valid, naming every bad field, and only for system admins', async () => {
    const bad = await h
      .http()
      .post('/policies')
      .set(admin())
      .send({
        base: {
          ...DEFAULT_POLICY_SET.base,
          reminderTimeLocal: '25:00',
          escalation: { level1AfterWorkingDays: 3, level2AfterWorkingDays: 2 },
        },
      })
      .expect(400);
    const fields = bad.body.error.details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining(['base.reminderTimeLocal', 'base.escalation.level2AfterWorkingDays']),
    );
    await h
      .http()
      .post('/policies')
      .set(bearer(h.tokens.leadAdmin))
      .send({ base: DEFAULT_POLICY_SET.base })
      .expect(403);
    expect((await h.http().get('/policies').set(bearer(h.tokens.branchSecretary)).expect(200)).body).toHaveLength(2);
  });

  it('manages calendar overrides', async () => {
    await h
      .http()
      .put('/calendar/overrides/2027-01-01')
      .set(admin())
      .send({ kind: 'holiday', note: '元旦' })
      .expect(200);
    await h.http().put('/calendar/overrides/2027-02-30').set(admin()).send({ kind: 'holiday' }).expect(400);
    await h.http().put('/calendar/overrides/2027-01-02').set(admin()).send({ kind: 'maybe' }).expect(400);
    await h
      .http()
      .put('/calendar/overrides/2027-01-03')
      .set(bearer(h.tokens.leadAdmin))
      .send({ kind: 'holiday' })
      .expect(403);
    const list = await h.http().get('/calendar/overrides').set(bearer(h.tokens.branchSecretary)).expect(200);
    expect(list.body).toEqual([{ date: '2027-01-01', kind: 'holiday', note: '元旦' }]);
    await h.http().delete('/calendar/overrides/2027-01-01').set(admin()).expect(204);
    await h.http().delete('/calendar/overrides/2027-01-01').set(admin()).expect(404);
  });

  it('re-bases live items onto a newer version: re-planned, recorded on the timeline; closed items keep theirs', async () => {
    const units = await h.http().get('/units').set(admin()).expect(200);
    const unitId = units.body.find((u: { code: string }) => u.code === 'wuhu-zjq-dzb').id;
    const create = () =>
      h
        .http()
        .post('/items')
        .set(bearer(h.tokens.leadAdmin))
        .send({ responsibleUnitId: unitId, title: '整改', severity: 'minor', deadline: addCalendarDays(today, 40) })
        .expect(201);
    const { body: live } = await create();
    const { body: ended } = await create();
    await h
      .http()
      .post(`/items/${ended.id}/cancellation`)
      .set(bearer(h.tokens.leadAdmin))
      .send({ reason: '重复' })
      .expect(200);

    const template = DEFAULT_POLICY_SET.base.milestoneTemplate.map((m) =>
      m.key === 'plan' ? { ...m, offsetDays: 30 } : m,
    );
    const v3 = await h
      .http()
      .post('/policies')
      .set(admin())
      .send({ base: { ...DEFAULT_POLICY_SET.base, milestoneTemplate: template }, note: '方案提前' })
      .expect(201);
    expect(v3.body.version).toBe(3); // after the built-in 1 and 2
    await h.http().post('/policies/3/rebase').set(bearer(h.tokens.leadAdmin)).send({}).expect(403);
    const result = await h.http().post('/policies/3/rebase').set(admin()).send({}).expect(200);
    expect(result.body).toEqual({ rebased: [live.id], skipped: [] });

    const detail = await h.http().get(`/items/${live.id}`).set(bearer(h.tokens.leadAdmin)).expect(200);
    expect(detail.body.policyVersion).toBe(3);
    expect(detail.body.milestones[0]).toMatchObject({ key: 'plan', due: addCalendarDays(today, 10) });
    expect(detail.body.timeline.at(-1)).toMatchObject({
      kind: 'policy_rebased',
      data: { fromVersion: 2, toVersion: 3 },
    });
    const cancelled = await h.http().get(`/items/${ended.id}`).set(bearer(h.tokens.leadAdmin)).expect(200);
    expect(cancelled.body.policyVersion).toBe(2);
    await h.http().post('/policies/9/rebase').set(admin()).send({}).expect(404);
  });
});
