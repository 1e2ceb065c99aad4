import { bearer, type Harness, startHarness } from './support/harness';

describe('bearer tokens and scope', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('answers 401 for a missing, malformed or unknown token, and lets /health and /docs through', async () => {
    const missing = await h.http().get('/units').expect(401);
    expect(missing.body.error.code).toBe('UNAUTHENTICATED');
    await h.http().get('/units').set('Authorization', 'Basic abc').expect(401);
    await h.http().get('/units').set(bearer('hj_unknown')).expect(401);
    await h.http().get('/docs-json').expect(200);
  });

  it('stores only token hashes, and a revoked token stops working at once', async () => {
    const admin = bearer(h.tokens.systemAdmin);
    const me = await h.http().get('/people').set(admin).expect(200);
    const secretary = me.body.items.find((p: { name: string }) => p.name.includes('刘芳'));
    const issued = await h
      .http()
      .post('/tokens')
      .set(admin)
      .send({ personId: secretary.id, label: 'test' })
      .expect(201);
    expect(issued.body.token).toMatch(/^hj_/);
    const stored = await h.db.query('SELECT token_hash FROM api_tokens WHERE id = $1', [issued.body.id]);
    expect(stored[0].token_hash).not.toContain(issued.body.token);

    await h.http().get('/units').set(bearer(issued.body.token)).expect(200);
    await h.http().delete(`/tokens/${issued.body.id}`).set(admin).expect(204);
    await h.http().get('/units').set(bearer(issued.body.token)).expect(401);
    await h.http().delete('/tokens/00000000-0000-4000-8000-000000000000').set(admin).expect(404);
  });

  it('refuses an expired token and an expiry in the past', async () => {
    const admin = bearer(h.tokens.systemAdmin);
    const people = await h.http().get('/people').set(admin).expect(200);
    await h
      .http()
      .post('/tokens')
      .set(admin)
      .send({ personId: people.body.items[0].id, label: 'old', expiresAt: '2000-01-01T00:00:00Z' })
      .expect(400);
    const issued = await h
      .http()
      .post('/tokens')
      .set(admin)
      .send({ personId: people.body.items[0].id, label: 'short' })
      .expect(201);
    await h.db.query(`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [issued.body.id]);
    await h.http().get('/units').set(bearer(issued.body.token)).expect(401);
  });

  it('forbids non-admins to manage the organisation or tokens (403)', async () => {
    for (const token of [h.tokens.leadAdmin, h.tokens.branchSecretary, h.tokens.committeeMember]) {
      const res = await h
        .http()
        .post('/units')
        .set(bearer(token))
        .send({ code: 'nope', name: 'N', kind: 'branch' })
        .expect(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
      await h
        .http()
        .post('/tokens')
        .set(bearer(token))
        .send({ personId: '00000000-0000-4000-8000-000000000000', label: 'x' })
        .expect(403);
      await h.http().get('/tokens').set(bearer(token)).expect(403);
    }
    expect((await h.db.query(`SELECT count(*)::int AS n FROM units WHERE code = 'nope'`))[0].n).toBe(0);
  });

  it('shows a branch secretary only its own subtree; other units are 404, not 403 (no existence leak)', async () => {
    const all = await h.http().get('/units').set(bearer(h.tokens.systemAdmin)).expect(200);
    const byCode = (code: string) => all.body.items.find((u: { code: string }) => u.code === code);
    const mine = await h.http().get('/units').set(bearer(h.tokens.branchSecretary)).expect(200);
    expect(mine.body.items.map((u: { code: string }) => u.code).sort()).toEqual(['wuhu-zjq-dxz1', 'wuhu-zjq-dzb']);
    await h
      .http()
      .get(`/units/${byCode('wuhu-gdjt-dzb').id}`)
      .set(bearer(h.tokens.branchSecretary))
      .expect(404);
    await h
      .http()
      .get(`/units/${byCode('wuhu-zjq-dxz1').id}`)
      .set(bearer(h.tokens.branchSecretary))
      .expect(200);

    const committee = await h.http().get('/units').set(bearer(h.tokens.committeeMember)).expect(200);
    expect(committee.body.items).toHaveLength(all.body.items.length);

    const regions = await h.http().get('/regions').set(bearer(h.tokens.branchSecretary)).expect(200);
    expect(regions.body.items.map((r: { name: string }) => r.name)).toEqual(['芜湖片区']);
    const people = await h.http().get('/people').set(bearer(h.tokens.branchSecretary)).expect(200);
    expect(people.body.items.map((p: { name: string }) => p.name)).toEqual(['中江桥党支部书记 张华']);
  });
});
