import { randomUUID } from 'node:crypto';
import { addCalendarDays, localDateOf } from '../libs/domain/src';
import { IdentityService } from '../libs/identity/src';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { EXPORT_HEADERS } from '../libs/ledger/src';
import { loadAppConfig } from '../libs/config/src';
import { createBlobStore, fileSweepScheduleId } from '../libs/files/src';
import { createFileSweepActivities } from '../libs/files/src/file-sweep.activities';
import { TemporalClient } from '../libs/temporal/src';
import { binary, filesUnder, sha256, tinyPdf, upload, uploadIds } from './support/files';
import { bearer, eventually, type Harness, startHarness } from './support/harness';
import { phonePhoto } from './support/photo-fixtures';

describe('files on rectification items: evidence, rejection, directive, timeline, scope', () => {
  let h: Harness;
  let units: Record<string, string>;
  let otherBranch: string;
  const today = localDateOf(Date.now(), 'Asia/Shanghai');

  beforeAll(async () => {
    h = await startHarness({ worker: true });
    const all = await h.http().get('/units').set(bearer(h.tokens.systemAdmin)).expect(200);
    units = Object.fromEntries(all.body.map((u: { code: string; id: string }) => [u.code, u.id]));
    const [liu] = await h.db.query(`SELECT id FROM people WHERE name LIKE '%刘芳%'`);
    otherBranch = (await h.app.get(IdentityService).issue(liu.id, 'test')).token;
  });
  afterAll(() => h.close());

  const newItem = async (): Promise<string> => {
    const res = await h
      .http()
      .post('/items')
      .set(bearer(h.tokens.leadAdmin))
      .send({
        responsibleUnitId: units['wuhu-zjq-dzb'],
        title: '消防通道堆放杂物',
        severity: 'major',
        deadline: addCalendarDays(today, 30),
      })
      .expect(201);
    return res.body.id;
  };
  const act = (token: string, id: string, action: string, body: object) =>
    h.http().post(`/items/${id}/${action}`).set(bearer(token)).send(body);

  it('evidence with two photos: the verifier downloads both, another branch gets 404, the timeline lists them', async () => {
    const id = await newItem();
    const branch = h.tokens.branchSecretary;
    const [planPhoto] = await uploadIds(h, branch, [{ name: '现场.jpg', bytes: await phonePhoto() }]);
    await act(branch, id, 'plan', { plan: '清理杂物，设置标识', files: [planPhoto] }).expect(200);

    const before = await phonePhoto({ takenAt: '2026:11:28 09:00:00' });
    const after = await phonePhoto({ takenAt: '2026:11:30 16:30:00' });
    const [p1, p2] = await uploadIds(h, branch, [
      { name: '整改前.jpg', bytes: before },
      { name: '整改后.jpg', bytes: after },
    ]);
    await act(branch, id, 'evidence', { text: '已清理', files: [p1, p2] }).expect(200);

    for (const [fileId, bytes] of [
      [p1, before],
      [p2, after],
    ] as const) {
      const res = await h.http().get(`/files/${fileId}`).set(bearer(h.tokens.leadAdmin)).buffer(true).parse(binary);
      expect([res.status, sha256(res.body)]).toEqual([200, sha256(bytes)]);
      await h.http().get(`/files/${fileId}/thumbnail`).set(bearer(h.tokens.committeeMember)).expect(200);
      await h.http().get(`/files/${fileId}`).set(bearer(otherBranch)).expect(404);
      await h.http().get(`/files/${fileId}/thumbnail`).set(bearer(otherBranch)).expect(404);
    }

    const detail = await h.http().get(`/items/${id}`).set(bearer(h.tokens.leadAdmin)).expect(200);
    const files = (kind: string) =>
      detail.body.timeline
        .find((e: { kind: string }) => e.kind === kind)
        .files.map((f: { id: string; name: string; contentType: string; size: number; thumbnailUrl: string }) => [
          f.id,
          f.name,
          f.contentType,
          f.size,
          f.thumbnailUrl,
        ]);
    expect(files('evidence_submitted')).toEqual([
      [p1, '整改前.jpg', 'image/jpeg', before.length, `/files/${p1}/thumbnail`],
      [p2, '整改后.jpg', 'image/jpeg', after.length, `/files/${p2}/thumbnail`],
    ]);
    expect(files('plan_submitted')).toEqual([
      [planPhoto, '现场.jpg', 'image/jpeg', expect.any(Number), expect.any(String)],
    ]);
    expect(files('created')).toEqual([]);

    // 退回 with the verifier's own photo: the branch can see it.
    const [verifierPhoto] = await uploadIds(h, h.tokens.leadAdmin, [{ name: '复查.jpg', bytes: await phonePhoto() }]);
    await act(h.tokens.leadAdmin, id, 'verification', {
      decision: 'reject',
      reason: '仍有杂物',
      files: [verifierPhoto],
    }).expect(200);
    await h.http().get(`/files/${verifierPhoto}`).set(bearer(branch)).expect(200);
    await h.http().get(`/files/${verifierPhoto}`).set(bearer(otherBranch)).expect(404);

    // 督办 with a file by the committee.
    const [order] = await uploadIds(h, h.tokens.committeeMember, [
      { name: '督办单.pdf', bytes: Buffer.from('%PDF-1.4\n% 督办\n%%EOF\n') },
    ]);
    await h
      .http()
      .post(`/items/${id}/directives`)
      .set(bearer(h.tokens.committeeMember))
      .send({ text: '本周内整改到位', files: [order] })
      .expect(200);
    await h.http().get(`/files/${order}`).set(bearer(branch)).expect(200);
  });

  it('refuses file ids that do not exist or belong to another branch with 400 naming the file, applying nothing', async () => {
    const id = await newItem();
    const branch = h.tokens.branchSecretary;
    await act(branch, id, 'plan', { plan: '整改计划' }).expect(200);
    const [mine] = await uploadIds(h, branch, [{ name: 'mine.jpg', bytes: await phonePhoto() }]);
    const [theirs] = await uploadIds(h, otherBranch, [{ name: 'theirs.jpg', bytes: await phonePhoto() }]);
    const timeline = async () => (await h.http().get(`/items/${id}`).set(bearer(branch)).expect(200)).body;
    const before = await timeline();

    const foreign = await act(branch, id, 'evidence', { text: '已整改', files: [mine, theirs] }).expect(400);
    expect(foreign.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ field: 'files[1]' }], fileId: theirs },
    });
    expect(foreign.body.error.message).toContain(theirs);

    const unknown = randomUUID();
    const missing = await act(branch, id, 'progress', { progress: '进行中', files: [unknown] }).expect(400);
    expect(missing.body.error.details).toMatchObject({ fields: [{ field: 'files[0]' }], fileId: unknown });
    const malformed = await act(branch, id, 'progress', { progress: '进行中', files: ['att://1'] }).expect(400);
    expect(malformed.body.error.message).toContain('files');

    const after = await timeline();
    expect([after.status, after.timeline.length]).toEqual([before.status, before.timeline.length]);
    // The refused file is still nobody else's: the other branch's upload stays invisible to this branch.
    await h.http().get(`/files/${theirs}`).set(bearer(branch)).expect(404);
  });

  it('sweeps uploads nobody used within a day by its Schedule, once, keeping referenced files and shared bytes', async () => {
    const id = await newItem();
    const branch = h.tokens.branchSecretary;
    const used = tinyPdf('used');
    const orphan = tinyPdf('orphan');
    const [usedId, orphanId, twinId, freshId] = await uploadIds(h, branch, [
      { name: 'used.pdf', bytes: used },
      { name: 'orphan.pdf', bytes: orphan },
      { name: 'twin-of-used.pdf', bytes: used },
      { name: 'fresh.pdf', bytes: tinyPdf('fresh') },
    ]);
    await act(branch, id, 'plan', { plan: '计划', files: [usedId] }).expect(200);
    await h.db.query(`UPDATE files SET created_at = now() - interval '25 hours' WHERE id = ANY($1::uuid[])`, [
      [usedId, orphanId, twinId],
    ]);
    const blobs = () => filesUnder(join(h.filesDir, 'blobs')).map((p) => p.split('/').pop());

    const schedule = h.app.get(TemporalClient).schedule.getHandle(fileSweepScheduleId(h.taskQueue));
    const described = await eventually(() => schedule.describe().catch(() => undefined));
    expect(described.spec.intervals?.map((i) => i.every)).toEqual([3_600_000]);
    await schedule.trigger();
    const remaining = async () =>
      (
        (await h.db.query('SELECT id FROM files WHERE id = ANY($1::uuid[])', [
          [usedId, orphanId, twinId, freshId],
        ])) as {
          id: string;
        }[]
      )
        .map((r) => r.id)
        .sort();
    await eventually(async () => ((await remaining()).includes(orphanId) ? undefined : true));
    expect(await remaining()).toEqual([usedId, freshId].sort());
    expect(blobs()).not.toContain(sha256(orphan));
    expect(blobs()).toContain(sha256(used));
    await h.http().get(`/files/${usedId}`).set(bearer(h.tokens.leadAdmin)).expect(200);

    // Once: a second sweep finds nothing more to do.
    const sweep = createFileSweepActivities(h.db, createBlobStore(loadAppConfig().files), 24 * 3_600_000);
    expect(await sweep.sweepOrphanFiles()).toEqual({ files: 0, blobs: 0 });
    expect(await remaining()).toEqual([usedId, freshId].sort());
  });

  it('exports 整改措施, 完成情况, 验收意见, 佐证材料 and 责任人 from the timeline and its files', async () => {
    const branch = h.tokens.branchSecretary;
    const [zhang] = await h.db.query(`SELECT id, name FROM people WHERE name LIKE '%张华%'`);
    const res = await h
      .http()
      .post('/items')
      .set(bearer(h.tokens.leadAdmin))
      .send({
        responsibleUnitId: units['wuhu-zjq-dzb'],
        responsiblePersonId: zhang.id,
        title: '台账导出核对项',
        severity: 'minor',
        deadline: addCalendarDays(today, 30),
      })
      .expect(201);
    const id = res.body.id;
    await act(branch, id, 'plan', { plan: '一周内清理完毕' }).expect(200);
    await act(branch, id, 'progress', { progress: '已清理一半' }).expect(200);
    await act(branch, id, 'progress', { progress: '已全部清理' }).expect(200);
    const [a, b] = await uploadIds(h, branch, [
      { name: '整改前.jpg', bytes: await phonePhoto() },
      { name: '整改后.pdf', bytes: tinyPdf('after') },
    ]);
    await act(branch, id, 'evidence', { text: '已整改', files: [a, b] }).expect(200);
    await act(h.tokens.leadAdmin, id, 'verification', { decision: 'reject', reason: '照片不清晰' }).expect(200);

    const xlsx = await h.http().get('/ledger/export').set(bearer(branch)).buffer(true).parse(binary).expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body);
    const sheet = book.worksheets[0];
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const row = rows.find((r) => r[EXPORT_HEADERS.indexOf('问题标题')] === '台账导出核对项') as unknown[];
    const cell = (header: string) => row[EXPORT_HEADERS.indexOf(header)];
    expect(['责任人', '整改措施', '完成情况', '验收意见', '佐证材料'].map(cell)).toEqual([
      zhang.name,
      '一周内清理完毕',
      '已全部清理',
      '退回：照片不清晰',
      '2 个：整改前.jpg、整改后.pdf',
    ]);
  });

  it('answers the dossier (一件一档): a summary and the originals in timeline order; 404 outside the scope', async () => {
    const id = await newItem();
    const branch = h.tokens.branchSecretary;
    const scene = await phonePhoto({ takenAt: '2026:11:01 08:00:00' });
    const after = await phonePhoto({ takenAt: '2026:11:20 17:00:00' });
    const report = tinyPdf('report');
    const [sceneId] = await uploadIds(h, branch, [{ name: '现场.jpg', bytes: scene }]);
    await act(branch, id, 'plan', { plan: '清理杂物', files: [sceneId] }).expect(200);
    const [afterId, reportId] = await uploadIds(h, branch, [
      { name: '整改后.jpg', bytes: after },
      { name: '整改报告.pdf', bytes: report },
    ]);
    await act(branch, id, 'evidence', { text: '已完成', files: [afterId, reportId] }).expect(200);

    await h.http().get(`/items/${id}/dossier`).set(bearer(otherBranch)).expect(404);
    const res = await h.http().get(`/items/${id}/dossier`).set(bearer(h.tokens.leadAdmin)).buffer(true).parse(binary);
    expect([res.status, res.headers['content-type']]).toEqual([200, 'application/zip']);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('一件一档-消防通道堆放杂物.zip'));
    const zip = await JSZip.loadAsync(res.body);
    const names = Object.keys(zip.files);
    expect(names).toEqual([
      '00-整改项概要.xlsx',
      '01-提交整改方案-现场.jpg',
      '02-提交佐证材料-整改后.jpg',
      '03-提交佐证材料-整改报告.pdf',
    ]);
    for (const [name, bytes] of [
      [names[1], scene],
      [names[2], after],
      [names[3], report],
    ] as const) {
      expect(sha256(Buffer.from(await zip.file(name)!.async('uint8array')))).toBe(sha256(bytes));
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await zip.file(names[0])!.async('nodebuffer')) as never);
    const text: string[] = [];
    // Merged cells read back as the same value in each cell: keep one.
    book.worksheets[0].eachRow((row) =>
      text.push(
        (row.values as unknown[])
          .slice(1)
          .filter((v, i, all) => i === 0 || v !== all[i - 1])
          .join('|'),
      ),
    );
    expect(text[0]).toBe('一件一档：消防通道堆放杂物');
    expect(text).toContain('责任单位|芜湖中江桥项目党支部');
    expect(text).toContain('状态|待验收');
    expect(text.find((t) => t.includes('提交佐证材料'))).toContain(
      '02-提交佐证材料-整改后.jpg\n03-提交佐证材料-整改报告.pdf',
    );
  });

  it('keeps the evidence rule: at least one file', async () => {
    const id = await newItem();
    await act(h.tokens.branchSecretary, id, 'plan', { plan: '计划' }).expect(200);
    const res = await act(h.tokens.branchSecretary, id, 'evidence', { text: '已整改', attachments: ['att://x'] });
    expect([res.status, res.body.error.message]).toEqual([400, expect.stringContaining('files')]);
    const upload1 = await upload(h, h.tokens.branchSecretary, [{ name: 'a.jpg', bytes: await phonePhoto() }]);
    await act(h.tokens.branchSecretary, id, 'evidence', { text: '已整改', files: [upload1.body[0].id] }).expect(200);
  });
});
