import { addCalendarDays, localDateOf, type Pair } from '../libs/domain/src';
import { IdentityService } from '../libs/identity/src';
import { TemporalClient } from '../libs/temporal/src';
import { demoRegion, insertProgramme, marks, nextCycleInput } from './support/cycles';
import { uploadIds } from './support/files';
import { bearer, eventually, type Harness, startHarness } from './support/harness';
import { phonePhoto } from './support/photo-fixtures';

describe('files in 互检 cycles: the photo of each finding, checked before the update', () => {
  let h: Harness;
  let cycleId: string;
  let otherBranch: string;
  /** The self-check finding's photo, filed by the first test. */
  let problemPhoto: string;
  const deadline = addCalendarDays(localDateOf(Date.now(), 'Asia/Shanghai'), 30);

  beforeAll(async () => {
    h = await startHarness({ worker: true });
    const region = await demoRegion(h.db);
    const programmeId = await insertProgramme(h.db, region);
    const input = await nextCycleInput(h.db, region, programmeId, 1, '2030-01', [] as Pair[][]);
    cycleId = input.cycleId;
    await h.app.get(TemporalClient).workflow.start('cycleWorkflow', {
      workflowId: `cycle-${programmeId}-2030-01`,
      taskQueue: h.taskQueue,
      args: [input],
    });
    await eventually(async () =>
      (await h.db.query('SELECT 1 FROM cycles WHERE id = $1', [cycleId])).length ? true : undefined,
    );
    const [liu] = await h.db.query(`SELECT id FROM people WHERE name LIKE '%刘芳%'`);
    otherBranch = (await h.app.get(IdentityService).issue(liu.id, 'test')).token;
  });
  afterAll(() => h.close());

  const finding = (files: string[]) => ({
    criterionKey: 'staff_morale',
    description: '宣传栏破损',
    severity: 'minor',
    deduction: 1,
    requirement: '更换宣传栏',
    deadline,
    files,
  });
  const selfCheck = (body: object) =>
    h.http().post(`/cycles/${cycleId}/self-check`).set(bearer(h.tokens.branchSecretary)).send(body);

  it('refuses a finding photo from another branch (400 naming it), then records the own photos as references', async () => {
    const [theirs] = await uploadIds(h, otherBranch, [{ name: 'theirs.jpg', bytes: await phonePhoto() }]);
    const [problem, sheet] = await uploadIds(h, h.tokens.branchSecretary, [
      { name: '问题照片.jpg', bytes: await phonePhoto() },
      { name: '自检表.jpg', bytes: await phonePhoto() },
    ]);
    const refused = await selfCheck({ scores: marks(90), findings: [finding([problem]), finding([theirs])] }).expect(
      400,
    );
    expect(refused.body.error.details).toMatchObject({ fields: [{ field: 'findings[1].files[0]' }], fileId: theirs });
    expect((await h.db.query('SELECT count(*)::int AS n FROM cycle_submissions'))[0].n).toBe(0);

    await selfCheck({ scores: marks(90), files: [sheet], findings: [finding([problem])] }).expect(200);
    const refs = await eventually(async () => {
      const rows = await h.db.query('SELECT file_id, subject FROM file_references ORDER BY subject');
      return rows.length === 2 ? rows : undefined;
    });
    expect(refs).toEqual([
      { file_id: sheet, subject: 'cycle_submission' },
      { file_id: problem, subject: 'finding' },
    ]);
    // The lead unit and the committee see what the cycle and the finding's item use; the uploader's peer does too
    // only as a participant of the cycle, and a file nobody references stays its uploader's.
    for (const token of [h.tokens.leadAdmin, h.tokens.committeeMember]) {
      await h.http().get(`/files/${problem}/thumbnail`).set(bearer(token)).expect(200);
      await h.http().get(`/files/${sheet}`).set(bearer(token)).expect(200);
    }
    await h.http().get(`/files/${theirs}`).set(bearer(h.tokens.leadAdmin)).expect(404);
    problemPhoto = problem;
  });

  it("shows the finding's item its source (cycle, inspector, who filed it, the photo), readable by the item's viewers only", async () => {
    const [{ id: itemId }] = await eventually(async () => {
      const rows = await h.db.query(
        'SELECT i.id FROM findings f JOIN items i ON i.id = f.item_id WHERE f.cycle_id = $1',
        [cycleId],
      );
      return rows.length ? rows : undefined;
    });
    const [secretary] = await h.db.query(`SELECT id, name FROM people WHERE name LIKE '%张华%'`);
    const [zhongjiang] = await h.db.query(`SELECT id, name FROM units WHERE code = 'wuhu-zjq-dzb'`);
    const [cycle] = await h.db.query(
      'SELECT c.cycle_number, c.period, p.id AS programme_id, p.name FROM cycles c JOIN programmes p ON p.id = c.programme_id WHERE c.id = $1',
      [cycleId],
    );
    // Every viewer of the item reads its source and fetches the photo: the branch, the lead unit, the committee, an admin.
    for (const token of [
      h.tokens.branchSecretary,
      h.tokens.leadAdmin,
      h.tokens.committeeMember,
      h.tokens.systemAdmin,
    ]) {
      const item = (await h.http().get(`/items/${itemId}`).set(bearer(token)).expect(200)).body;
      expect(item.source).toEqual({
        cycleId,
        cycleNumber: cycle.cycle_number,
        period: cycle.period,
        programmeId: cycle.programme_id,
        programmeName: cycle.name,
        kind: 'self_check',
        inspectorUnitId: zhongjiang.id,
        inspectorUnitName: zhongjiang.name,
        filedById: secretary.id,
        filedByName: secretary.name,
        filedAt: expect.any(String),
        photos: [expect.objectContaining({ id: problemPhoto, name: '问题照片.jpg' })],
      });
      const [photo] = item.source.photos;
      for (const url of [photo.url, photo.thumbnailUrl, photo.previewUrl])
        await h.http().get(url).set(bearer(token)).expect(200);
    }
    // A branch outside the region and the cycle sees neither the item nor its photo.
    const [committee] = await h.db.query(`SELECT id, path FROM units WHERE code = 'gs-dw'`);
    const [{ id: outside }] = await h.db.query(
      `INSERT INTO units (id, code, name, kind, parent_id, path)
       SELECT g, 'other-dzb', '片区外党支部', 'branch', $1, $2 || g || '/' FROM gen_random_uuid() g RETURNING id`,
      [committee.id, committee.path],
    );
    const [{ id: person }] = await h.db.query(
      `INSERT INTO people (name, unit_id) VALUES ('片区外书记', $1) RETURNING id`,
      [outside],
    );
    await h.db.query(`INSERT INTO role_assignments (person_id, role, unit_id) VALUES ($1, 'branch_secretary', $2)`, [
      person,
      outside,
    ]);
    const stranger = bearer((await h.app.get(IdentityService).issue(person, 'test')).token);
    await h.http().get(`/items/${itemId}`).set(stranger).expect(404);
    for (const path of [`/files/${problemPhoto}`, `/files/${problemPhoto}/thumbnail`, `/files/${problemPhoto}/preview`])
      await h.http().get(path).set(stranger).expect(404);

    // An item the lead unit assigned by hand has no source.
    const made = await h
      .http()
      .post('/items')
      .set(bearer(h.tokens.leadAdmin))
      .send({ responsibleUnitId: zhongjiang.id, title: '直接交办', severity: 'minor', deadline })
      .expect(201);
    const byHand = await h.http().get(`/items/${made.body.id}`).set(bearer(h.tokens.branchSecretary)).expect(200);
    expect(byHand.body.source).toBeNull();
  });
});
