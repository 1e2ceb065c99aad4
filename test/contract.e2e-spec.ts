/**
 * The API as a contract, driven as a client would: refusals at the door (413, 415, malformed bodies) with the one
 * error body, refusals audited, and answers that say what is true (allowed actions, the unit that does not exist).
 * Every answer received here is also checked against the OpenAPI document by the harness's client.
 */
import { Logger } from '@nestjs/common';
import { addCalendarDays, localDateOf } from '../libs/domain/src';
import { bearer, type Harness, startHarness } from './support/harness';

describe('the API as a contract', () => {
  let h: Harness;
  let units: Record<string, string>;
  const admin = () => bearer(h.tokens.systemAdmin);
  const lead = () => bearer(h.tokens.leadAdmin);
  const branch = () => bearer(h.tokens.branchSecretary);
  const committee = () => bearer(h.tokens.committeeMember);
  const today = localDateOf(Date.now(), 'Asia/Shanghai');

  beforeAll(async () => {
    h = await startHarness({ worker: true });
    const all = await h.db.query('SELECT code, id FROM units');
    units = Object.fromEntries(all.map((u: { code: string; id: string }) => [u.code, u.id]));
  });
  afterAll(() => h?.close());

  const createItem = () =>
    h
      .http()
      .post('/items')
      .set(lead())
      .send({
        responsibleUnitId: units['wuhu-zjq-dzb'],
        title: '党员示范岗标识不全',
        severity: 'major',
        deadline: addCalendarDays(today, 30),
      })
      .expect(201);

  describe('refusals at the door', () => {
    it('answers an oversize body with 413 before authentication, and does not log it as an unhandled error', async () => {
      const errors = jest.spyOn(Logger.prototype, 'error');
      const big = JSON.stringify({ title: 'x'.repeat(300_000) });
      for (const path of ['/items', '/cycles/00000000-0000-4000-8000-000000000000/self-check']) {
        const res = await h.http().post(path).set('Content-Type', 'application/json').send(big).expect(413);
        expect(res.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('256 kB') });
      }
      expect(errors.mock.calls.filter((c) => c.includes('Unhandled error'))).toEqual([]);
      errors.mockRestore();
    });

    it('answers a body that is not JSON with 415 instead of reading it as empty', async () => {
      const res = await h
        .http()
        .post('/units')
        .set(admin())
        .set('Content-Type', 'text/plain')
        .send('code=x&name=y')
        .expect(415);
      expect(res.body.error).toMatchObject({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: expect.stringContaining('text/plain'),
      });
    });

    it('answers a JSON body that is not an object with 400 naming the body', async () => {
      for (const raw of ['null', '[]', '"x"', '3']) {
        const res = await h.http().post('/units').set(admin()).set('Content-Type', 'application/json').send(raw);
        expect([res.status, res.body.error.details]).toEqual([
          400,
          { fields: [{ field: 'body', reason: 'must be a JSON object' }] },
        ]);
      }
    });

    it('names the field that holds a NUL character, nested ones by their path', async () => {
      const flat = await h.http().post('/units').set(admin()).send({ code: 'a', name: 'x\u0000y', kind: 'branch' });
      expect([flat.status, flat.body.error.details.fields]).toEqual([
        400,
        [{ field: 'name', reason: 'must not contain NUL (U+0000) characters' }],
      ]);
      const nested = await h
        .http()
        .post('/regions')
        .set(admin())
        .send({ code: 'r', name: 'r', leadUnitId: units['shh-wuhu-dzz'], memberUnitIds: ['ok', 'n\u0000'] });
      expect(nested.body.error.details.fields).toEqual([
        { field: 'memberUnitIds[1]', reason: 'must not contain NUL (U+0000) characters' },
      ]);
    });

    it('reports a missing field once, as required', async () => {
      const res = await h.http().post('/units').set(admin()).send({ kind: 'branch' }).expect(400);
      expect(res.body.error.details.fields).toEqual([
        { field: 'code', reason: 'is required' },
        { field: 'name', reason: 'is required' },
      ]);
      expect(res.body.error.message).toBe('输入有误：code（必填）；name（必填）');
    });
  });

  describe('refusals are audited', () => {
    it('records a write refused for want of the permission (403), with the caller', async () => {
      const item = await createItem();
      await h.http().post(`/items/${item.body.id}/plan`).set(committee()).send({ plan: '方案' }).expect(403);
      const rows = await h.db.query(
        `SELECT a.status, a.action, a.target, p.name FROM audit_log a JOIN people p ON p.id = a.actor_person_id
          WHERE a.action = 'POST /items/:id/plan'`,
      );
      expect(rows).toEqual([
        { status: 403, action: 'POST /items/:id/plan', target: item.body.id, name: '党委委员 王明' },
      ]);
    });

    it('records writes refused without a token (401), at most ten a minute per address', async () => {
      for (let i = 0; i < 15; i++)
        await h
          .http()
          .post('/units')
          .send({ code: `c${i}` })
          .expect(401);
      const [{ n }] = await h.db.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'POST /units' AND status = 401 AND actor_person_id IS NULL`,
      );
      expect(n).toBe(10);
    });
  });

  describe('answers that say what is true', () => {
    it('offers decideExtension only while a request waits, and each caller only its own side', async () => {
      const { body: item } = await createItem();
      const actions = async (who: () => { Authorization: string }) =>
        (await h.http().get(`/items/${item.id}`).set(who()).expect(200)).body.allowedActions;
      expect(await actions(lead)).toEqual(['reassign', 'cancel']);
      expect(await actions(branch)).toEqual(['submitPlan', 'requestExtension']);
      const refused = await h
        .http()
        .post(`/items/${item.id}/extension-decision`)
        .set(lead())
        .send({ approve: true })
        .expect(409);
      expect(refused.body.error.details).toEqual({
        currentState: 'open',
        action: 'decideExtension',
        allowedActions: ['reassign', 'cancel'],
      });
      // The message names only what this caller may do, in Chinese.
      expect(refused.body.error.message).toBe('整改项当前为「待制定方案」，不能审批延期申请；您现在可以：改派、撤销');

      await h
        .http()
        .post(`/items/${item.id}/extension-requests`)
        .set(branch())
        .send({ proposedDeadline: addCalendarDays(today, 40), reason: '材料未到' })
        .expect(200);
      expect(await actions(lead)).toEqual(['decideExtension', 'reassign', 'cancel']);
      expect(await actions(branch)).toEqual(['submitPlan']);
    });
  });
});
