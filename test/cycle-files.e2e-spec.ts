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
  });
});
