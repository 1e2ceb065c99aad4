/**
 * 积分评星 through the API on the real stack: indicator sets, 记实 records confirmed and refused, a unit's score card,
 * and the annual rating's steps up to 公示 and objections (the notice period itself runs in skipped time, in
 * evaluation-year.e2e-spec.ts) — with every denial by role and by unit.
 */
import { DEFAULT_INDICATOR_SET, DEFAULT_INDICATOR_SETS } from '../libs/domain/src';
import { createStarRatingActivities } from '../libs/evaluation/src';
import { demoRegion, type DemoRegion } from './support/cycles';
import { bearer, eventually, type Harness, startHarness } from './support/harness';
import { tinyPdf, uploadIds } from './support/files';
import { signIn } from './support/sign-in';

jest.setTimeout(120_000);

describe('积分评星 API', () => {
  let h: Harness;
  let region: DemoRegion;
  const as = (who: keyof Harness['tokens']) => bearer(h.tokens[who]);

  beforeAll(async () => {
    h = await startHarness({ worker: true });
    region = await demoRegion(h.db);
  });
  afterAll(() => h.close());

  it('keeps indicator sets versioned: system admins only, from a month to come, every bad field named', async () => {
    const list = await h.http().get('/indicator-sets').set(as('branchSecretary')).expect(200);
    expect(list.body.items).toEqual(DEFAULT_INDICATOR_SETS);
    const { version: _, ...body } = DEFAULT_INDICATOR_SET;
    await h.http().post('/indicator-sets').set(as('leadAdmin')).send(body).expect(403);
    const past = await h.http().post('/indicator-sets').set(as('systemAdmin')).send(body).expect(400);
    expect(past.body.error.details.fields[0].field).toBe('effectiveFrom');
    const overlapping = await h
      .http()
      .post('/indicator-sets')
      .set(as('systemAdmin'))
      .send({
        ...body,
        effectiveFrom: '2099-01',
        rating: {
          method: 'thresholds',
          bands: [
            { stars: 5, minPoints: 100 },
            { stars: 4, minPoints: 120 },
          ],
        },
      })
      .expect(400);
    expect(overlapping.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'rating.bands[1].minPoints',
    ]);
    const added = await h
      .http()
      .post('/indicator-sets')
      .set(as('systemAdmin'))
      .send({ ...body, effectiveFrom: '2099-01' })
      .expect(201);
    expect(added.body).toMatchObject({ version: 3, effectiveFrom: '2099-01' });
  });

  it('counts a 记实 record only once the lead unit confirms it; a refusal needs a reason', async () => {
    const record = (unitId: string, title: string) => ({
      unitId,
      recordType: 'three_meetings_one_lesson',
      occurredOn: '2026-11-20',
      title,
    });
    // Another unit's record, and the committee, are refused.
    await h
      .http()
      .post('/evaluation-records')
      .set(as('branchSecretary'))
      .send(record(region.guanlang, 'x'))
      .expect(403);
    await h
      .http()
      .post('/evaluation-records')
      .set(as('committeeMember'))
      .send(record(region.zhongjiang, 'x'))
      .expect(403);
    const future = await h
      .http()
      .post('/evaluation-records')
      .set(as('branchSecretary'))
      .send({ ...record(region.zhongjiang, 'x'), occurredOn: '2099-01-01' })
      .expect(400);
    expect(future.body.error.details.fields[0].field).toBe('occurredOn');
    // A day that does not exist is refused by name, not passed to Postgres (which would answer a 500).
    const noSuchDay = await h
      .http()
      .post('/evaluation-records')
      .set(as('branchSecretary'))
      .send({ ...record(region.zhongjiang, 'x'), occurredOn: '2025-02-30' })
      .expect(400);
    expect(noSuchDay.body.error.details.fields).toEqual([{ field: 'occurredOn', reason: 'must be a date YYYY-MM-DD' }]);

    // Evidence: the unit's own uploads go with the record; another unit's file is refused, naming the field.
    const photos = await uploadIds(h, h.tokens.branchSecretary, [{ name: '签到表.pdf', bytes: tinyPdf('sign-in') }]);
    const [foreign] = await uploadIds(h, h.tokens.leadAdmin, [{ name: '总支.pdf', bytes: tinyPdf('lead') }]);
    const refusedFile = await h
      .http()
      .post('/evaluation-records')
      .set(as('branchSecretary'))
      .send({ ...record(region.zhongjiang, 'x'), files: [foreign] })
      .expect(400);
    expect(refusedFile.body.error.details.fields[0].field).toBe('files[0]');
    const held = await h
      .http()
      .post('/evaluation-records')
      .set(as('branchSecretary'))
      .send({ ...record(region.zhongjiang, '11月支委会'), files: photos })
      .expect(201);
    expect(held.body.files.map((f: { id: string; name: string }) => [f.id, f.name])).toEqual([
      [photos[0], '签到表.pdf'],
    ]);
    // Whoever sees the record sees its file; another branch does not.
    await h.http().get(`/files/${photos[0]}`).set(as('leadAdmin')).expect(200);
    await h.http().get(`/files/${photos[0]}`).set(as('committeeMember')).expect(200);
    await h
      .http()
      .get(`/files/${photos[0]}`)
      .set(await sessionOf(h, 'liufang'))
      .expect(404);
    const padded = await h
      .http()
      .post('/evaluation-records')
      .set(as('branchSecretary'))
      .send(record(region.zhongjiang, '<img src=x onerror=alert(1)>'))
      .expect(201);
    expect(held.body.status).toBe('recorded');

    await h
      .http()
      .post(`/evaluation-records/${held.body.id}/decision`)
      .set(as('branchSecretary'))
      .send({ confirm: true })
      .expect(403);
    await h
      .http()
      .post(`/evaluation-records/${padded.body.id}/decision`)
      .set(as('leadAdmin'))
      .send({ confirm: false })
      .expect(400);
    const confirmed = await h
      .http()
      .post(`/evaluation-records/${held.body.id}/decision`)
      .set(as('leadAdmin'))
      .send({ confirm: true })
      .expect(200);
    expect(confirmed.body.status).toBe('confirmed');
    const twice = await h
      .http()
      .post(`/evaluation-records/${held.body.id}/decision`)
      .set(as('leadAdmin'))
      .send({ confirm: false, reason: '改主意' })
      .expect(409);
    expect(twice.body.error.details.currentState).toBe('confirmed');
    await h
      .http()
      .post(`/evaluation-records/${padded.body.id}/decision`)
      .set(as('leadAdmin'))
      .send({ confirm: false, reason: '照片不是本次会议' })
      .expect(200);

    // The unit sees its own; another unit's secretary sees none of them.
    const mine = await h.http().get('/evaluation-records').set(as('branchSecretary')).expect(200);
    expect(mine.body.items).toHaveLength(2);
    const other = await h
      .http()
      .get('/evaluation-records')
      .set(await sessionOf(h, 'liufang'))
      .expect(200);
    expect(other.body.items).toHaveLength(0);

    // November 2026 is over at the time these tests run only in December or later: the card names what it scored.
    const card = await h
      .http()
      .get(`/units/${region.zhongjiang}/score-card?year=2026`)
      .set(as('branchSecretary'))
      .expect(200);
    const november = card.body.months.find((m: { period: string }) => m.period === '2026-11');
    if (card.body.endedMonths.includes('2026-11')) {
      expect(november.lines.find((l: { indicatorKey: string }) => l.indicatorKey === 'three_meetings')).toMatchObject({
        refs: [held.body.id],
        points: 1,
      });
    }
    await h.http().get(`/units/${region.guanlang}/score-card?year=2026`).set(as('branchSecretary')).expect(404);
    await h.http().get(`/units/${region.zhongjiang}/score-card?year=20x6`).set(as('leadAdmin')).expect(400);
  });

  it('runs the rating to 公示: only the lead unit starts, adjusts and publishes; units object, once published', async () => {
    const start = { regionId: region.regionId, year: 2025 };
    await h.http().post('/ratings').set(as('branchSecretary')).send(start).expect(403);
    await h.http().post('/ratings').set(as('committeeMember')).send(start).expect(403);
    const thisYear = await h
      .http()
      .post('/ratings')
      .set(as('leadAdmin'))
      .send({ ...start, year: new Date().getUTCFullYear() + 1 })
      .expect(400);
    expect(thisYear.body.error.details.fields[0].field).toBe('year');

    const started = await h.http().post('/ratings').set(as('leadAdmin')).send(start).expect(201);
    const again = await h.http().post('/ratings').set(as('leadAdmin')).send(start).expect(201);
    expect(again.body.id).toBe(started.body.id);
    const id = started.body.id as string;
    const review = await eventually(async () => {
      const r = await h.http().get(`/ratings/${id}`).set(as('leadAdmin')).expect(200);
      return r.body.phase === 'review' ? r.body : undefined;
    });
    expect(review.results.units.map((u: { unitId: string }) => u.unitId).sort()).toEqual(
      [...region.participants].sort(),
    );
    // Before 公示 the draft is the lead unit's: a member unit sees the rating but not its result.
    const draft = await h.http().get(`/ratings/${id}`).set(as('branchSecretary')).expect(200);
    expect(draft.body.results).toBeNull();

    await h
      .http()
      .post(`/ratings/${id}/objections`)
      .set(as('branchSecretary'))
      .send({ reason: '漏计记实' })
      .expect(409);
    await h
      .http()
      .post(`/ratings/${id}/adjustments`)
      .set(as('branchSecretary'))
      .send({ unitId: region.zhongjiang, points: 5, reason: '自己加分' })
      .expect(403);
    const adjusted = await h
      .http()
      .post(`/ratings/${id}/adjustments`)
      .set(as('leadAdmin'))
      .send({ unitId: region.guidao, points: -3, reason: '安全事故一起，按细则扣分' })
      .expect(200);
    const guidao = adjusted.body.results.units.find((u: { unitId: string }) => u.unitId === region.guidao);
    expect(guidao).toMatchObject({ points: guidao.year.points - 3 });
    expect(adjusted.body.changes).toMatchObject([{ seq: 1, kind: 'adjustment', points: -3 }]);
    await h
      .http()
      .post(`/ratings/${id}/approve`)
      .set(as('committeeMember'))
      .expect(409)
      .expect((r) => expect(r.body.error.details.currentState).toBe('review'));

    const published = await h.http().post(`/ratings/${id}/publish`).set(as('leadAdmin')).expect(200);
    expect(published.body.phase).toBe('notice');
    expect(Date.parse(published.body.noticeEndsAt)).toBeGreaterThan(Date.now() + 3 * 86_400_000);
    await h.http().post(`/ratings/${id}/publish`).set(as('leadAdmin')).expect(409);
    await h
      .http()
      .post(`/ratings/${id}/adjustments`)
      .set(as('leadAdmin'))
      .send({ unitId: region.guidao, points: 1, reason: '再改' })
      .expect(409);

    // An objection's evidence: the unit's own upload goes with it; a file it cannot read is refused, naming the field.
    const [minutes] = await uploadIds(h, h.tokens.branchSecretary, [
      { name: '支委会纪要.pdf', bytes: tinyPdf('minutes') },
    ]);
    const [foreign] = await uploadIds(h, h.tokens.leadAdmin, [{ name: '总支.pdf', bytes: tinyPdf('lead') }]);
    const refusedFile = await h
      .http()
      .post(`/ratings/${id}/objections`)
      .set(as('branchSecretary'))
      .send({ reason: '漏计记实', files: [minutes, foreign] })
      .expect(400);
    expect(refusedFile.body.error.details.fields[0].field).toBe('files[1]');
    const objected = await h
      .http()
      .post(`/ratings/${id}/objections`)
      .set(as('branchSecretary'))
      .send({ reason: '11月支委会记实已确认，未计分', files: [minutes] })
      .expect(200);
    expect(objected.body.results).not.toBeNull();
    expect(objected.body.objections).toMatchObject([{ unitId: region.zhongjiang, status: 'open' }]);
    const objection = objected.body.objections[0];
    expect(objection.files.map((f: { id: string; name: string }) => [f.id, f.name])).toEqual([
      [minutes, '支委会纪要.pdf'],
    ]);
    // Another unit sees the 公示, not 中江桥's objection, nor its file.
    const other = await sessionOf(h, 'liufang');
    const otherView = await h.http().get(`/ratings/${id}`).set(other).expect(200);
    expect(otherView.body.objections).toEqual([]);
    await h.http().get(`/files/${minutes}`).set(other).expect(404);
    // The region's lead unit and committee (who answer and approve) and system admins read it.
    for (const who of ['leadAdmin', 'committeeMember', 'systemAdmin'] as const) {
      await h.http().get(`/files/${minutes}`).set(as(who)).expect(200);
    }
    const leadView = await h.http().get(`/ratings/${id}`).set(as('leadAdmin')).expect(200);
    expect(leadView.body.objections[0].files.map((f: { id: string }) => f.id)).toEqual([minutes]);
    // The activity retried (a lost reply) writes neither the objection nor its file twice.
    const [{ lodged_by: lodgedBy }] = await h.db.query(`SELECT lodged_by FROM star_rating_objections WHERE id = $1`, [
      objection.id,
    ]);
    await createStarRatingActivities(h.db, { orgTimeZone: 'Asia/Shanghai' }).recordObjection({
      ratingId: id,
      objectionId: objection.id,
      unitId: region.zhongjiang,
      reason: objection.reason,
      files: [minutes],
      personId: lodgedBy,
      at: Date.now(),
    });
    const stored = await h.db.query(
      `SELECT (SELECT count(*)::int FROM star_rating_objections WHERE rating_id = $1) AS objections,
              (SELECT count(*)::int FROM file_references WHERE objection_id = $2) AS refs`,
      [id, objection.id],
    );
    expect(stored).toEqual([{ objections: 1, refs: 1 }]);
    await h
      .http()
      .post(`/ratings/${id}/objections/${objected.body.objections[0].id}/answer`)
      .set(as('branchSecretary'))
      .send({ upheld: true, answer: '同意', correction: 5 })
      .expect(403);
    const answered = await h
      .http()
      .post(`/ratings/${id}/objections/${objected.body.objections[0].id}/answer`)
      .set(as('leadAdmin'))
      .send({ upheld: true, answer: '经核实，11月记实漏计，补1分', correction: 1 })
      .expect(200);
    expect(answered.body.objections[0]).toMatchObject({ status: 'upheld', correction: 1 });
    expect(answered.body.changes.map((c: { kind: string }) => c.kind)).toEqual(['adjustment', 'objection_upheld']);
    await h
      .http()
      .post(`/ratings/${id}/objections/${objected.body.objections[0].id}/answer`)
      .set(as('leadAdmin'))
      .send({ upheld: false, answer: '再答' })
      .expect(409);
    await h
      .http()
      .post(`/ratings/${id}/revisions`)
      .set(as('leadAdmin'))
      .send({ unitId: region.guidao, points: 1, reason: '审定前不能更正' })
      .expect(409);
  });
});

/** The headers of a signed-in demo person without a token (the four demo tokens cover one secretary only). */
async function sessionOf(h: Harness, login: string): Promise<{ Cookie: string }> {
  return { Cookie: (await signIn(h, login, h.demoPassword)).cookie };
}
