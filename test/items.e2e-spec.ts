import { addCalendarDays, localDateOf } from '../libs/domain/src';
import { IdentityService } from '../libs/identity/src';
import { uploadIds, tinyPdf } from './support/files';
import { bearer, type Harness, startHarness } from './support/harness';

describe('rectification items through the API (real Temporal dev server)', () => {
  let h: Harness;
  let units: Record<string, string>;
  const lead = () => bearer(h.tokens.leadAdmin);
  const branch = () => bearer(h.tokens.branchSecretary);
  let otherBranch: { Authorization: string };
  const today = localDateOf(Date.now(), 'Asia/Shanghai');

  beforeAll(async () => {
    h = await startHarness({ worker: true });
    const all = await h.http().get('/units').set(bearer(h.tokens.systemAdmin)).expect(200);
    units = Object.fromEntries(all.body.map((u: { code: string; id: string }) => [u.code, u.id]));
    const [liu] = await h.db.query(`SELECT id FROM people WHERE name LIKE '%刘芳%'`);
    otherBranch = bearer((await h.app.get(IdentityService).issue(liu.id, 'test')).token);
  });
  afterAll(() => h.close());

  const create = (overrides: Record<string, unknown> = {}) =>
    h
      .http()
      .post('/items')
      .set(lead())
      .send({
        responsibleUnitId: units['wuhu-zjq-dzb'],
        title: '党员示范岗标识不全',
        requirement: '补齐标识',
        severity: 'major',
        deadline: addCalendarDays(today, 30),
        ...overrides,
      });

  it('creates an item whose ledger row, milestones, timeline and notice exist when the call returns', async () => {
    const res = await create().expect(201);
    expect(res.body).toMatchObject({
      status: 'open',
      light: 'green',
      escalationLevel: 0,
      deadline: addCalendarDays(today, 30),
    });
    expect(res.body.milestones.map((m: { key: string; due: string }) => [m.key, m.due])).toEqual([
      ['plan', addCalendarDays(today, 5)],
      ['progress', addCalendarDays(today, 15)],
      ['evidence', addCalendarDays(today, 27)],
      ['verification', addCalendarDays(today, 30)],
    ]);
    const detail = await h.http().get(`/items/${res.body.id}`).set(branch()).expect(200);
    expect(detail.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['created']);
    expect(detail.body.allowedActions).toEqual(['submitPlan', 'requestExtension']);
    const notes = await h.db.query('SELECT kind, audience, title FROM notifications WHERE item_id = $1', [res.body.id]);
    expect(notes).toEqual([{ kind: 'assigned', audience: 'responsible', title: '【新整改任务】党员示范岗标识不全' }]);
  });

  it('refuses bad input with 400 and stores nothing', async () => {
    const before = (await h.db.query('SELECT count(*)::int AS n FROM items'))[0].n;
    const past = await create({ deadline: today }).expect(400);
    expect(past.body.error.details.field).toBe('deadline');
    await create({ deadline: '2026-02-30' }).expect(400);
    const bad = await create({ severity: 'huge', title: '' }).expect(400);
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['severity', 'title']),
    );
    expect((await h.db.query('SELECT count(*)::int AS n FROM items'))[0].n).toBe(before);
  });

  it('answers a write retried with its Idempotency-Key like the first and applies it once', async () => {
    const key = `retry-${Date.now()}`;
    const first = await create({ title: '重试创建' }).set('Idempotency-Key', key).expect(201);
    const again = await create({ title: '重试创建' }).set('Idempotency-Key', key).expect(201);
    expect(again.body.id).toBe(first.body.id);
    expect(await h.db.query('SELECT title FROM items WHERE title = $1', ['重试创建'])).toHaveLength(1);

    const progress = () =>
      h
        .http()
        .post(`/items/${first.body.id}/progress`)
        .set(branch())
        .set('Idempotency-Key', key)
        .send({ progress: '进度一' });
    await h.http().post(`/items/${first.body.id}/plan`).set(branch()).send({ plan: '方案' }).expect(200);
    await progress().expect(200);
    await progress().expect(200);
    const events = await h.db.query('SELECT kind FROM item_events WHERE item_id = $1 ORDER BY seq', [first.body.id]);
    expect(events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'plan_submitted', 'progress_reported']);
    // Without a key the plan cannot be applied twice either: the state machine refuses it, naming the state.
    const replan = await h.http().post(`/items/${first.body.id}/plan`).set(branch()).send({ plan: '方案' });
    expect(replan.status).toBe(409);
    expect(JSON.stringify(replan.body.error)).toContain('in_progress');

    const bad = await create().set('Idempotency-Key', 'not a key!').expect(400);
    expect(bad.body.error.details.field).toBe('Idempotency-Key');
  });

  it('lets only the lead unit of the region assign items', async () => {
    await create().set(branch()).expect(403);
    await h
      .http()
      .post('/items')
      .set(bearer(h.tokens.committeeMember))
      .send({
        responsibleUnitId: units['wuhu-zjq-dzb'],
        title: 'x',
        severity: 'minor',
        deadline: addCalendarDays(today, 30),
      })
      .expect(403);
  });

  it('walks plan → evidence → rejection (退回) → evidence → verification (销号) with an exact timeline', async () => {
    const { body: item } = await create().expect(201);
    const url = `/items/${item.id}`;
    const [photo1, photo2] = await uploadIds(h, h.tokens.branchSecretary, [
      { name: '整改后1.pdf', bytes: tinyPdf('1') },
      { name: '整改后2.pdf', bytes: tinyPdf('2') },
    ]);

    const illegal = await h
      .http()
      .post(`${url}/evidence`)
      .set(branch())
      .send({ text: '已整改', files: [photo1] })
      .expect(409);
    expect(illegal.body.error).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      details: { currentState: 'open', allowedActions: expect.arrayContaining(['submitPlan']) },
    });

    const wrong = await h.http().post(`${url}/plan`).set(lead()).send({ plan: '代为提交' }).expect(403);
    expect(wrong.body.error.code).toBe('WRONG_ACTOR');

    const planned = await h.http().post(`${url}/plan`).set(branch()).send({ plan: '两周内补齐' }).expect(200);
    expect(planned.body.status).toBe('in_progress');
    expect(planned.body.milestones[0]).toMatchObject({ key: 'plan', done: true });

    const none = await h.http().post(`${url}/evidence`).set(branch()).send({ text: '已补齐', files: [] }).expect(400);
    expect(none.body.error.message).toContain('files');
    await h
      .http()
      .post(`${url}/evidence`)
      .set(branch())
      .send({ text: '已补齐', files: [photo1] })
      .expect(200);
    await h.http().post(`${url}/verification`).set(branch()).send({ decision: 'approve' }).expect(403);
    const noReason = await h.http().post(`${url}/verification`).set(lead()).send({ decision: 'reject' }).expect(400);
    expect(noReason.body.error.details.field).toBe('reason');
    const rejected = await h
      .http()
      .post(`${url}/verification`)
      .set(lead())
      .send({ decision: 'reject', reason: '照片不清晰' })
      .expect(200);
    expect(rejected.body.status).toBe('in_progress');
    await h
      .http()
      .post(`${url}/evidence`)
      .set(branch())
      .send({ text: '重新拍照', files: [photo2] })
      .expect(200);
    const closed = await h.http().post(`${url}/verification`).set(lead()).send({ decision: 'approve' }).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    const again = await h.http().post(`${url}/cancellation`).set(lead()).send({ reason: 'x' }).expect(409);
    expect(again.body.error.details).toMatchObject({ currentState: 'closed', allowedActions: [] });

    const detail = await h.http().get(url).set(lead()).expect(200);
    expect(
      detail.body.timeline.map((e: { seq: number; kind: string; actorSide: string | null; reason: string | null }) => [
        e.seq,
        e.kind,
        e.actorSide,
        e.reason,
      ]),
    ).toEqual([
      [1, 'created', 'verifier', null],
      [2, 'plan_submitted', 'responsible', null],
      [3, 'evidence_submitted', 'responsible', null],
      [4, 'verification_rejected', 'verifier', '照片不清晰'],
      [5, 'evidence_submitted', 'responsible', null],
      [6, 'verified_closed', 'verifier', null],
    ]);
    const notes = await h.db.query('SELECT kind, audience FROM notifications WHERE item_id = $1 ORDER BY id', [
      item.id,
    ]);
    expect(notes.map((n: { kind: string; audience: string }) => `${n.kind}→${n.audience}`)).toEqual([
      'assigned→responsible',
      'plan_submitted→verifier',
      'verification_requested→verifier',
      'rejected→responsible',
      'verification_requested→verifier',
      'closed→responsible',
    ]);
  });

  it('approves an extension: the deadline moves and the milestones are re-planned; completed ones keep their dates', async () => {
    const { body: item } = await create().expect(201);
    const url = `/items/${item.id}`;
    await h.http().post(`${url}/plan`).set(branch()).send({ plan: '计划' }).expect(200);
    const later = addCalendarDays(today, 60);
    await h
      .http()
      .post(`${url}/extension-requests`)
      .set(branch())
      .send({ proposedDeadline: addCalendarDays(today, 10), reason: '材料未到' })
      .expect(400);
    await h
      .http()
      .post(`${url}/extension-requests`)
      .set(branch())
      .send({ proposedDeadline: later, reason: '材料未到' })
      .expect(200);
    await h
      .http()
      .post(`${url}/extension-requests`)
      .set(branch())
      .send({ proposedDeadline: later, reason: '再次' })
      .expect(409);
    await h.http().post(`${url}/extension-decision`).set(lead()).send({ approve: false }).expect(400);
    const approved = await h.http().post(`${url}/extension-decision`).set(lead()).send({ approve: true }).expect(200);
    expect(approved.body.deadline).toBe(later);
    expect(approved.body.originalDeadline).toBe(addCalendarDays(today, 30));
    expect(approved.body.milestones.map((m: { key: string; due: string }) => [m.key, m.due])).toEqual([
      ['plan', item.milestones[0].due],
      ['progress', addCalendarDays(later, -15)],
      ['evidence', addCalendarDays(later, -3)],
      ['verification', later],
    ]);
  });

  it('reassigns within the region and cancels with a reason', async () => {
    const { body: item } = await create().expect(201);
    const url = `/items/${item.id}`;
    await h
      .http()
      .post(`${url}/reassignment`)
      .set(lead())
      .send({ responsibleUnitId: units['gs-dw'], reason: '调整' })
      .expect(400);
    const moved = await h
      .http()
      .post(`${url}/reassignment`)
      .set(lead())
      .send({ responsibleUnitId: units['wuhu-glgj-dzb'], reason: '职责调整' })
      .expect(200);
    expect(moved.body.responsibleUnitId).toBe(units['wuhu-glgj-dzb']);
    await h.http().get(url).set(branch()).expect(404);
    await h.http().get(url).set(otherBranch).expect(200);
    await h.http().post(`${url}/cancellation`).set(lead()).send({}).expect(400);
    const cancelled = await h.http().post(`${url}/cancellation`).set(lead()).send({ reason: '重复立项' }).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
  });

  it('scopes the ledger: a branch sees only its items, another branch gets 404, the committee sees all but cannot act', async () => {
    const { body: item } = await create({ title: '专项检查问题' }).expect(201);
    const mine = await h.http().get('/items?q=专项').set(branch()).expect(200);
    expect(mine.body.items.map((i: { id: string }) => i.id)).toEqual([item.id]);
    const theirs = await h.http().get('/items?q=专项').set(otherBranch).expect(200);
    expect(theirs.body.items).toEqual([]);
    await h.http().get(`/items/${item.id}`).set(otherBranch).expect(404);
    await h.http().post(`/items/${item.id}/plan`).set(otherBranch).send({ plan: 'x' }).expect(404);
    await h.http().get(`/items/${item.id}`).set(bearer(h.tokens.committeeMember)).expect(200);
    const committee = await h
      .http()
      .post(`/items/${item.id}/plan`)
      .set(bearer(h.tokens.committeeMember))
      .send({ plan: 'x' })
      .expect(403);
    expect(committee.body.error.code).toBe('FORBIDDEN');
    // 督办意见: only the committee writes directives; they land on the timeline and reach both units.
    await h.http().post(`/items/${item.id}/directives`).set(branch()).send({ text: '自己督办' }).expect(403);
    await h
      .http()
      .post(`/items/${item.id}/directives`)
      .set(bearer(h.tokens.committeeMember))
      .send({ text: '' })
      .expect(400);
    await h
      .http()
      .post(`/items/${item.id}/directives`)
      .set(bearer(h.tokens.committeeMember))
      .send({ text: '本周内完成' })
      .expect(200);
    const timeline = (await h.http().get(`/items/${item.id}`).set(branch()).expect(200)).body.timeline;
    expect(timeline.at(-1)).toMatchObject({ kind: 'directive', actorSide: 'committee', reason: '本周内完成' });
    const directives = await h.db.query(
      `SELECT audience FROM notifications WHERE item_id = $1 AND kind = 'directive' ORDER BY audience`,
      [item.id],
    );
    expect(directives).toEqual([{ audience: 'responsible' }, { audience: 'verifier' }]);

    const open = await h.http().get('/items?status=open&light=green').set(lead()).expect(200);
    expect(open.body.total).toBeGreaterThan(0);
    await h.http().get('/items?status=nonsense').set(lead()).expect(400);
    await h.http().get('/items/00000000-0000-4000-8000-000000000000').set(lead()).expect(404);
  });
});
