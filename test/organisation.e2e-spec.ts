import { bearer, type Harness, startHarness } from './support/harness';

describe('organisation API on real Postgres', () => {
  let h: Harness;
  let admin: { Authorization: string };
  let committeeId: string;

  beforeAll(async () => {
    h = await startHarness();
    admin = bearer(h.tokens.systemAdmin);
    const units = await h.http().get('/units').set(admin).expect(200);
    committeeId = units.body.items.find((u: { kind: string }) => u.kind === 'committee').id;
  });
  afterAll(() => h.close());

  it('creates a unit tree of any depth and returns it as a tree', async () => {
    const gb = await h
      .http()
      .post('/units')
      .set(admin)
      .send({ code: 'gb-1', name: '第一党总支', kind: 'general_branch', parentId: committeeId })
      .expect(201);
    const br = await h
      .http()
      .post('/units')
      .set(admin)
      .send({ code: 'br-1', name: '第一党支部', kind: 'branch', parentId: gb.body.id })
      .expect(201);
    await h
      .http()
      .post('/units')
      .set(admin)
      .send({ code: 'gr-1', name: '第一党小组', kind: 'group', parentId: br.body.id })
      .expect(201);

    const tree = await h.http().get(`/units/${gb.body.id}/tree`).set(admin).expect(200);
    expect(tree.body.name).toBe('第一党总支');
    expect(tree.body.children.map((c: { code: string }) => c.code)).toEqual(['br-1']);
    expect(tree.body.children[0].children.map((c: { code: string }) => c.code)).toEqual(['gr-1']);
  });

  it('moves a unit with its subtree, and refuses a move under its own descendant', async () => {
    const a = await h
      .http()
      .post('/units')
      .set(admin)
      .send({ code: 'mv-a', name: 'A', kind: 'branch', parentId: committeeId })
      .expect(201);
    const b = await h
      .http()
      .post('/units')
      .set(admin)
      .send({ code: 'mv-b', name: 'B', kind: 'group', parentId: a.body.id })
      .expect(201);
    const target = await h
      .http()
      .post('/units')
      .set(admin)
      .send({ code: 'mv-t', name: 'T', kind: 'general_branch', parentId: committeeId })
      .expect(201);

    await h.http().patch(`/units/${a.body.id}`).set(admin).send({ parentId: target.body.id }).expect(200);
    const moved = await h.http().get(`/units/${b.body.id}`).set(admin).expect(200);
    expect(moved.body.path).toBe(`${target.body.path}${a.body.id}/${b.body.id}/`);

    const loop = await h.http().patch(`/units/${a.body.id}`).set(admin).send({ parentId: b.body.id }).expect(400);
    expect(loop.body.error.details.field).toBe('parentId');
  });

  it('rejects bad input with 400 naming each field, unknown ids with 404, duplicates with 409', async () => {
    const bad = await h
      .http()
      .post('/units')
      .set(admin)
      .send({ code: 'has space', kind: 'club', colour: 'red' })
      .expect(400);
    const fields = bad.body.error.details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['code', 'name', 'kind', 'colour']));
    expect(bad.body.error.requestId).toBeTruthy();

    await h.http().get('/units/not-a-uuid').set(admin).expect(400);
    await h.http().get('/units/00000000-0000-4000-8000-000000000000').set(admin).expect(404);
    await h
      .http()
      .post('/units')
      .set(admin)
      .send({ code: 'x1', name: 'X', kind: 'branch', parentId: '00000000-0000-4000-8000-000000000000' })
      .expect(404);

    await h.http().post('/units').set(admin).send({ code: 'dup', name: 'D', kind: 'branch' }).expect(201);
    const dup = await h.http().post('/units').set(admin).send({ code: 'dup', name: 'D2', kind: 'branch' }).expect(409);
    expect(dup.body.error.code).toBe('CONFLICT');
    const count = await h.db.query(`SELECT count(*)::int AS n FROM units WHERE code = 'dup'`);
    expect(count[0].n).toBe(1);

    const malformed = await h
      .http()
      .post('/units')
      .set(admin)
      .set('content-type', 'application/json')
      .send('{"code":')
      .expect(400);
    expect(malformed.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('refuses to delete a unit that still has children (409) and deletes a leaf (204)', async () => {
    const parent = await h
      .http()
      .post('/units')
      .set(admin)
      .send({ code: 'del-p', name: 'P', kind: 'branch', parentId: committeeId })
      .expect(201);
    const leaf = await h
      .http()
      .post('/units')
      .set(admin)
      .send({ code: 'del-l', name: 'L', kind: 'group', parentId: parent.body.id })
      .expect(201);
    await h.http().delete(`/units/${parent.body.id}`).set(admin).expect(409);
    await h.http().delete(`/units/${leaf.body.id}`).set(admin).expect(204);
    await h.http().get(`/units/${leaf.body.id}`).set(admin).expect(404);
  });

  it('manages regions: the lead unit is always a member', async () => {
    const lead = await h
      .http()
      .post('/units')
      .set(admin)
      .send({ code: 'rg-lead', name: '牵头单位', kind: 'general_branch', parentId: committeeId })
      .expect(201);
    const m1 = await h
      .http()
      .post('/units')
      .set(admin)
      .send({ code: 'rg-m1', name: '成员一', kind: 'branch', parentId: committeeId })
      .expect(201);
    const region = await h
      .http()
      .post('/regions')
      .set(admin)
      .send({ code: 'rg', name: '测试片区', leadUnitId: lead.body.id, memberUnitIds: [m1.body.id] })
      .expect(201);
    expect(region.body.leadUnit.id).toBe(lead.body.id);
    expect(region.body.members.map((m: { code: string }) => m.code).sort()).toEqual(['rg-lead', 'rg-m1']);

    const unknown = await h
      .http()
      .post('/regions')
      .set(admin)
      .send({
        code: 'rg2',
        name: 'X',
        leadUnitId: lead.body.id,
        memberUnitIds: ['00000000-0000-4000-8000-000000000000'],
      })
      .expect(404);
    expect(unknown.body.error.details.unitIds).toHaveLength(1);
    expect((await h.db.query(`SELECT count(*)::int AS n FROM regions WHERE code = 'rg2'`))[0].n).toBe(0);

    await h.http().patch(`/regions/${region.body.id}`).set(admin).send({ memberUnitIds: [] }).expect(200);
    const after = await h.http().get(`/regions/${region.body.id}`).set(admin).expect(200);
    expect(after.body.members.map((m: { code: string }) => m.code)).toEqual(['rg-lead']);
  });

  it('manages people and their roles', async () => {
    const person = await h
      .http()
      .post('/people')
      .set(admin)
      .send({ name: '赵六', email: 'zhao@example.org', unitId: committeeId })
      .expect(201);
    const granted = await h
      .http()
      .post(`/people/${person.body.id}/roles`)
      .set(admin)
      .send({ role: 'committee_member', unitId: committeeId })
      .expect(201);
    expect(granted.body.roles).toEqual([expect.objectContaining({ role: 'committee_member', unitId: committeeId })]);
    await h
      .http()
      .post(`/people/${person.body.id}/roles`)
      .set(admin)
      .send({ role: 'committee_member', unitId: committeeId })
      .expect(409);
    await h
      .http()
      .post(`/people/${person.body.id}/roles`)
      .set(admin)
      .send({ role: 'emperor', unitId: committeeId })
      .expect(400);
    await h
      .http()
      .post('/people')
      .set(admin)
      .send({ name: '重复', email: 'ZHAO@example.org', unitId: committeeId })
      .expect(409);
    await h
      .http()
      .post('/people')
      .set(admin)
      .send({ name: '坏邮箱', email: 'not-an-email', unitId: committeeId })
      .expect(400);
    const revoked = await h
      .http()
      .delete(`/people/${person.body.id}/roles/${granted.body.roles[0].id}`)
      .set(admin)
      .expect(200);
    expect(revoked.body.roles).toEqual([]);
  });
});
