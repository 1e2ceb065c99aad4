/**
 * 积分评星's views through the API on a real Postgres: a unit's score card (this month, quarter, year, the 12-month
 * trend, the lead unit's 点评), the region's ranking with change, the committee's comparison across two regions, the
 * .xlsx of each — with every denial by role and scope — and a final rating that a later fact never moves: only a
 * recorded revision with its reason does.
 */
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import {
  DEFAULT_INDICATOR_SET,
  DEFAULT_INDICATOR_SETS,
  indicatorSetFor,
  localDateOf,
  previousPeriod,
  scoreMonth,
} from '../libs/domain/src';
import { monthFacts } from '../libs/evaluation/src/evaluation-facts';
import { computeYear } from '../libs/evaluation/src/star-rating';
import { demoRegion, type DemoRegion, insertProgramme } from './support/cycles';
import { binary } from './support/files';
import { bearer, type Harness, startHarness } from './support/harness';
import { addRegion, addUnit } from './support/ledger-fixtures';
import { signIn } from './support/sign-in';

jest.setTimeout(120_000);

const TZ = 'Asia/Shanghai';
/** The latest month that is over when the suite runs, and the one before. */
const LAST = previousPeriod(localDateOf(Date.now(), TZ).slice(0, 7));
const BEFORE = previousPeriod(LAST);
const YEAR = Number(LAST.slice(0, 4));
const MONTH = Number(LAST.slice(5, 7));

describe('积分评星 views', () => {
  let h: Harness;
  let region: DemoRegion;
  let hefei: { regionId: string; lead: string; a: string; b: string };
  let programmeId: string;
  const as = (who: keyof Harness['tokens']) => bearer(h.tokens[who]);
  const session = async (login: string) => ({ Cookie: (await signIn(h, login, h.demoPassword)).cookie });

  /** A closed cycle of `period` whose report gives each unit its total. */
  const cycle = async (programme: string, period: string, totals: Record<string, number>) => {
    const id = randomUUID();
    const ranking = Object.entries(totals).map(([unitId, total]) => ({ unitId, unitName: unitId, total, rank: 1 }));
    await h.db.query(
      `INSERT INTO cycles (id, programme_id, period, cycle_number, workflow_id, phase, started_at, due_times,
                           participants, pairs, report, projection_seq, closed_at)
       VALUES ($1,$2,$3,$4,$5,'closed',$6,'{}',$7,'[]',$8,1,$6)`,
      [
        id,
        programme,
        period,
        Math.floor(Math.random() * 1e6),
        `cycle-${programme}-${period}`,
        `${period}-25T01:00:00Z`,
        Object.keys(totals),
        JSON.stringify({ ranking }),
      ],
    );
    return id;
  };

  beforeAll(async () => {
    h = await startHarness();
    region = await demoRegion(h.db);
    programmeId = await insertProgramme(h.db, region);
    // A second region under the same committee, out of 芜湖's lead unit's sight.
    const lead = await addUnit(h.db, 'hf-lead', '合肥片区主责单位', 'branch', region.committee);
    const a = await addUnit(h.db, 'hf-a', '合肥甲项目党支部', 'branch', region.committee);
    const b = await addUnit(h.db, 'hf-b', '合肥乙项目党支部', 'branch', region.committee);
    hefei = { regionId: await addRegion(h.db, 'hefei', '合肥片区', lead, [a, b]), lead, a, b };

    const { lead: wl, guanlang, zhongjiang, guidao } = region;
    await cycle(programmeId, BEFORE, { [wl]: 90, [guanlang]: 70, [zhongjiang]: 80, [guidao]: 60 });
    await cycle(programmeId, LAST, { [wl]: 90, [guanlang]: 85, [zhongjiang]: 75, [guidao]: 60 });
    const hefeiProgramme = randomUUID();
    await h.db.query(
      `INSERT INTO programmes (id, region_id, name, cadence, participants, phase_windows, rubric, schedule_id, created_by)
       VALUES ($1, $2, '合肥片区月度互检', '{}', '{}', '{}', '{}', $3, $4)`,
      [hefeiProgramme, hefei.regionId, `schedule-${hefeiProgramme}`, region.leadPerson],
    );
    await cycle(hefeiProgramme, LAST, { [lead]: 100, [a]: 50, [b]: 50 });
    // 轨道's item, open past its deadline at the end of LAST: overdue (逾期未整改).
    const item = randomUUID();
    await h.db.query(
      `INSERT INTO items (id, workflow_id, region_id, responsible_unit_id, verifier_unit_id, title, severity, deadline,
                          original_deadline, status, light, policy_version, milestones, projection_seq, created_by,
                          created_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,'标识不全','major',$6,$6,'in_progress','red',1,'[]',1,$7,$8,now())`,
      [item, `item-${item}`, region.regionId, guidao, wl, `${LAST}-05`, region.leadPerson, `${BEFORE}-20T02:00:00Z`],
    );
  });
  afterAll(() => h.close());

  it("shows a unit's card: this month, quarter and year line by line, and the 12-month trend", async () => {
    const card = await h
      .http()
      .get(`/units/${region.zhongjiang}/score-card?year=${YEAR}&month=${MONTH}`)
      .set(as('branchSecretary'))
      .expect(200);
    expect(card.body).toMatchObject({ unitName: '芜湖中江桥项目党支部', regionName: '芜湖片区', month: LAST });
    const cycleLine = card.body.thisMonth.lines.find((l: { indicatorKey: string }) => l.indicatorKey === 'cycle_score');
    expect(cycleLine).toMatchObject({ points: 7.5, refs: [expect.any(String)] });
    expect(card.body.thisMonth.points).toBe(7.5);
    // Each ref is named so that a person can check the line: the cycle is the programme's cycle of that month.
    expect(card.body.facts).toContainEqual({ id: cycleLine.refs[0], kind: 'cycle', label: `芜湖片区月度互检 ${LAST}` });
    // Every month of the year up to LAST is scored by the default set; the quarter holds its months so far.
    expect(card.body.months.map((m: { period: string }) => m.period)).toEqual(card.body.endedMonths);
    expect(card.body.thisQuarter.period).toBe(`${YEAR}-Q${Math.ceil(MONTH / 3)}`);
    expect(card.body.total.points).toBe(
      card.body.months.reduce((sum: number, m: { points: number }) => sum + m.points, 0),
    );
    expect(card.body.trend).toHaveLength(12);
    expect(card.body.trend.at(-1)).toEqual({ month: LAST, points: 7.5, indicatorSetVersion: 1 });
    expect(card.body.trend.at(-2)).toMatchObject({ month: BEFORE, points: 8 });
    expect(card.body.rating).toBeNull();

    // The default month is the latest that is over; the lead unit and the committee see the card too.
    const latest = await h.http().get(`/units/${region.zhongjiang}/score-card?year=${YEAR}`).set(as('leadAdmin'));
    expect(latest.status).toBe(200);
    expect(latest.body.month).toBe(LAST);
    await h.http().get(`/units/${region.zhongjiang}/score-card?year=${YEAR}`).set(as('committeeMember')).expect(200);
    // Another unit's secretary, and 芜湖's lead unit for a 合肥 unit: 404.
    await h
      .http()
      .get(`/units/${region.zhongjiang}/score-card?year=${YEAR}`)
      .set(await session('liufang'))
      .expect(404);
    await h.http().get(`/units/${hefei.a}/score-card?year=${YEAR}`).set(as('leadAdmin')).expect(404);

    // The fields a 400 names (each once: a field may break several rules).
    const field = async (url: string) => {
      const res = await h.http().get(url).set(as('leadAdmin')).expect(400);
      return [...new Set(res.body.error.details.fields.map((f: { field: string }) => f.field))];
    };
    expect(await field(`/units/${region.zhongjiang}/score-card?year=20x6`)).toEqual(['year']);
    expect(await field(`/units/${region.zhongjiang}/score-card?year=${YEAR}&month=13`)).toEqual(['month']);
    expect(await field(`/units/${region.zhongjiang}/score-card?year=2099`)).toEqual(['year']);
    const thisMonth = localDateOf(Date.now(), TZ).slice(0, 7);
    expect(
      await field(
        `/units/${region.zhongjiang}/score-card?year=${thisMonth.slice(0, 4)}&month=${Number(thisMonth.slice(5))}`,
      ),
    ).toEqual(['month']);
    expect(await field(`/units/not-a-unit/score-card?year=${YEAR}`)).toEqual(['id']);
  });

  it("keeps the lead unit's 点评 of a quarter, every version, and shows the newest on the card", async () => {
    // The last quarter that is over.
    const quarterEnd = [12, 9, 6, 3].map((m) => `${YEAR}-${String(m).padStart(2, '0')}`).find((m) => m <= LAST);
    const [year, quarter] = quarterEnd ? [YEAR, Number(quarterEnd.slice(5)) / 3] : [YEAR - 1, 4];
    const url = `/units/${region.zhongjiang}/quarter-reviews`;
    await h.http().post(url).set(as('branchSecretary')).send({ year, quarter, comment: '自评' }).expect(403);
    await h.http().post(url).set(as('committeeMember')).send({ year, quarter, comment: '党委点评' }).expect(403);
    await h
      .http()
      .post(`/units/${hefei.a}/quarter-reviews`)
      .set(as('leadAdmin'))
      .send({ year, quarter, comment: 'x' })
      .expect(404);
    const blank = await h.http().post(url).set(as('leadAdmin')).send({ year, quarter, comment: '   ' }).expect(400);
    expect(blank.body.error.details.fields[0].field).toBe('comment');
    const open = await h
      .http()
      .post(url)
      .set(as('leadAdmin'))
      .send({ year: YEAR + 1, quarter: 1, comment: '未到季末' })
      .expect(400);
    expect(open.body.error.details.fields[0].field).toBe('quarter');
    const bad = await h.http().post(url).set(as('leadAdmin')).send({ year, quarter: 5, comment: 'x' }).expect(400);
    expect(bad.body.error.details.fields[0].field).toBe('quarter');

    await h.http().post(url).set(as('leadAdmin')).send({ year, quarter, comment: '三会一课按时开展' }).expect(201);
    const rewritten = await h
      .http()
      .post(url)
      .set(as('leadAdmin'))
      .send({ year, quarter, comment: '三会一课按时开展；整改销号及时，继续保持' })
      .expect(201);
    expect(rewritten.body.items.map((r: { comment: string }) => r.comment)).toEqual([
      '三会一课按时开展；整改销号及时，继续保持',
      '三会一课按时开展',
    ]);
    // The unit reads its own 点评; another unit does not.
    const mine = await h.http().get(`${url}?year=${year}`).set(as('branchSecretary')).expect(200);
    expect(mine.body.items).toHaveLength(2);
    await h
      .http()
      .get(`${url}?year=${year}`)
      .set(await session('liufang'))
      .expect(404);
    const card = await h
      .http()
      .get(`/units/${region.zhongjiang}/score-card?year=${year}`)
      .set(as('branchSecretary'))
      .expect(200);
    expect(card.body.quarters.find((q: { period: string }) => q.period === `${year}-Q${quarter}`).review).toMatchObject(
      {
        comment: '三会一课按时开展；整改销号及时，继续保持',
        reviewerName: '片区主责单位 李强',
        versions: 2,
      },
    );
  });

  it('ranks the region with the change against the period before; the lead unit sees its region only', async () => {
    const ranking = await h
      .http()
      .get(`/regions/${region.regionId}/ranking?year=${YEAR}&month=${MONTH}`)
      .set(as('leadAdmin'))
      .expect(200);
    expect(ranking.body).toMatchObject({ period: LAST, previousPeriod: BEFORE, source: 'live', ratingId: null });
    // 管廊 climbs from 3rd to 2nd (70 → 85), 中江桥 falls from 2nd to 3rd; 轨道 loses 2 points for its overdue item.
    expect(
      ranking.body.units.map((u: { unitId: string; rank: number; points: number; change: unknown; stars: unknown }) => [
        u.unitId,
        u.rank,
        u.points,
        u.change,
        u.stars,
      ]),
    ).toEqual([
      [region.lead, 1, 9, { points: 0, rank: 0 }, null],
      [region.guanlang, 2, 8.5, { points: 1.5, rank: 1 }, null],
      [region.zhongjiang, 3, 7.5, { points: -0.5, rank: -1 }, null],
      [region.guidao, 4, 4, { points: -2, rank: 0 }, null],
    ]);
    const year = await h
      .http()
      .get(`/regions/${region.regionId}/ranking?year=${YEAR}`)
      .set(as('committeeMember'))
      .expect(200);
    expect(year.body.period).toBe(String(YEAR));
    expect(year.body.units.every((u: { stars: number }) => u.stars >= 1 && u.stars <= 5)).toBe(true);

    await h.http().get(`/regions/${region.regionId}/ranking?year=${YEAR}`).set(as('branchSecretary')).expect(404);
    await h.http().get(`/regions/${hefei.regionId}/ranking?year=${YEAR}`).set(as('leadAdmin')).expect(404);
    const both = await h
      .http()
      .get(`/regions/${region.regionId}/ranking?year=${YEAR}&month=1&quarter=1`)
      .set(as('leadAdmin'))
      .expect(400);
    expect(both.body.error.details.fields[0].field).toBe('quarter');
    const noRegion = await h.http().get(`/regions/wuhu/ranking?year=${YEAR}`).set(as('leadAdmin')).expect(400);
    expect(noRegion.body.error.details.fields[0].field).toBe('regionId');
    const future = await h.http().get(`/regions/${region.regionId}/ranking?year=2099`).set(as('leadAdmin')).expect(400);
    expect(future.body.error.details.fields[0].field).toBe('year');
  });

  it("compares the committee's regions: units, average points, stars and overdue items", async () => {
    const comparison = await h
      .http()
      .get(`/evaluation/comparison?year=${YEAR}&month=${MONTH}`)
      .set(as('committeeMember'))
      .expect(200);
    const byName = Object.fromEntries(comparison.body.regions.map((r: { regionName: string }) => [r.regionName, r]));
    expect(byName['芜湖片区']).toMatchObject({
      units: 4,
      averagePoints: 7.25,
      overdueItems: 1,
      starsSource: 'provisional',
    });
    expect(byName['合肥片区']).toMatchObject({ units: 3, averagePoints: 6.67, overdueItems: 0 });
    for (const r of comparison.body.regions as { units: number; stars: Record<string, number> }[]) {
      expect(Object.values(r.stars).reduce((a, b) => a + b, 0)).toBe(r.units);
    }
    await h.http().get(`/evaluation/comparison?year=${YEAR}`).set(as('leadAdmin')).expect(403);
    await h.http().get(`/evaluation/comparison?year=${YEAR}`).set(as('branchSecretary')).expect(403);
    const admin = await h
      .http()
      .get(`/evaluation/comparison?year=${YEAR}&quarter=${Math.ceil(MONTH / 3)}`)
      .set(as('systemAdmin'))
      .expect(200);
    expect(admin.body.regions).toHaveLength(2);
    const bad = await h
      .http()
      .get(`/evaluation/comparison?year=${YEAR}&month=0`)
      .set(as('committeeMember'))
      .expect(400);
    expect(bad.body.error.details.fields[0].field).toBe('month');
  });

  it('exports the card, the ranking and the comparison as .xlsx, in the same scope', async () => {
    const workbook = async (url: string, who: Record<string, string>) => {
      const file = await h.http().get(url).set(who).buffer(true).parse(binary).expect(200);
      expect(file.headers['content-type']).toContain('spreadsheetml');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file.body);
      return { book, disposition: decodeURIComponent(file.headers['content-disposition']) };
    };
    const card = await workbook(
      `/units/${region.zhongjiang}/score-card/export?year=${YEAR}&month=${MONTH}`,
      as('branchSecretary'),
    );
    expect(card.disposition).toContain(`积分卡-芜湖中江桥项目党支部-${LAST}.xlsx`);
    expect(card.book.worksheets.map((w) => w.name)).toEqual(['概要', '积分明细', '近12个月', '季度点评']);
    const lines = card.book.getWorksheet('积分明细')!;
    expect(lines.getRow(1).values).toEqual([undefined, '月份', '指标', '条数', '计分前', '得分', '封顶', '计分依据']);
    const month = lines.getRows(2, lines.rowCount - 1)!.filter((r) => r.getCell(1).value === LAST);
    expect(month[0].getCell(7).value).toBe(`芜湖片区月度互检 ${LAST}`);
    expect(month.map((r) => [r.getCell(2).value, r.getCell(5).value])).toEqual(
      DEFAULT_INDICATOR_SET.indicators.map((i) => [i.name, i.key === 'cycle_score' ? 7.5 : 0]),
    );

    const ranking = await workbook(
      `/regions/${region.regionId}/ranking/export?year=${YEAR}&month=${MONTH}`,
      as('leadAdmin'),
    );
    const sheet = ranking.book.worksheets[0];
    // 名次, 单位, 积分, (星级: none for a month), 上期名次, 上期积分, 名次变化, 积分变化.
    expect([1, 2, 3, 5, 6, 7, 8].map((c) => sheet.getRow(3).getCell(c).value)).toEqual([
      2,
      '芜湖长江路管廊及高架项目党支部',
      8.5,
      3,
      7,
      1,
      1.5,
    ]);

    const comparison = await workbook(
      `/evaluation/comparison/export?year=${YEAR}&month=${MONTH}`,
      as('committeeMember'),
    );
    expect(comparison.book.worksheets.map((w) => w.name)).toEqual(['汇总', '合肥片区', '芜湖片区']);

    await h
      .http()
      .get(`/regions/${region.regionId}/ranking/export?year=${YEAR}`)
      .set(as('branchSecretary'))
      .expect(404);
    await h.http().get(`/evaluation/comparison/export?year=${YEAR}`).set(as('leadAdmin')).expect(403);
    const bad = await h
      .http()
      .get(`/units/${region.zhongjiang}/score-card/export?year=${YEAR}&month=13`)
      .set(as('branchSecretary'))
      .expect(400);
    expect(bad.headers['content-disposition']).toBeUndefined();
  });

  it('counts the obligations (三会一课): a confirmed record as 记实 from version 2, a missed one costs points', async () => {
    const typeId = randomUUID();
    const definition = JSON.stringify({ name: '支委会' });
    await h.db.query(
      `INSERT INTO obligation_types (id, code, version, definition, schedule_id) VALUES ($1, 'branch-committee', 1, $2, $3)`,
      [typeId, definition, `obligation-type-${typeId}`],
    );
    await h.db.query(
      `INSERT INTO obligation_type_versions (type_id, version, definition, effective_from) VALUES ($1, 1, $2, '2000-01-01')`,
      [typeId, definition],
    );
    /** A settled obligation of a month's period for 中江桥: done (confirmed) or missed. */
    const obligation = async (month: string, status: 'done' | 'missed' | 'recorded') => {
      const id = randomUUID();
      await h.db.query(
        `INSERT INTO obligations (id, workflow_id, type_id, type_version, unit_id, region_id, confirming_unit_id, period,
                                  period_start, period_end, due_date, closes_on, status, first_submitted_on,
                                  projection_seq, opened_at, updated_at, done_at)
         VALUES ($1,$2,$3,1,$4,$5,$6,$7,$8,($8::date + interval '1 month' - interval '1 day')::date,
                 ($7 || '-25')::date, ($7 || '-28')::date, $9, $10, 1, now(), now(), $11)`,
        [
          id,
          `obligation-${typeId}-${region.zhongjiang}-${month}`,
          typeId,
          region.zhongjiang,
          region.regionId,
          region.lead,
          month,
          `${month}-01`,
          status,
          status === 'missed' ? null : `${month}-20`,
          status === 'done' ? new Date() : null,
        ],
      );
      return id;
    };
    const missed = await obligation(LAST, 'missed');
    const done2027 = await obligation('2027-03', 'done');
    const missed2027 = await obligation('2027-04', 'missed');
    await obligation('2027-05', 'recorded'); // awaiting confirmation: not a fact yet

    // Version 1 (the months up to 2026): the missed 支委会 costs 2 on the card.
    const card = await h
      .http()
      .get(`/units/${region.zhongjiang}/score-card?year=${YEAR}&month=${MONTH}`)
      .set(as('branchSecretary'))
      .expect(200);
    const line = (lines: { indicatorKey: string }[], key: string) => lines.find((l) => l.indicatorKey === key);
    expect(line(card.body.thisMonth.lines, 'missed_obligation')).toMatchObject({ refs: [missed], points: -2 });
    expect(card.body.facts).toContainEqual({ id: missed, kind: 'obligation', label: `${LAST} 支委会` });

    // 2027's months (version 2): the facts as the card will read them once they are over, scored by the pure function.
    const facts = await monthFacts(h.db, region.regionId, ['2027-03', '2027-04', '2027-05'], TZ);
    const mine = facts.filter((f) => f.unitId === region.zhongjiang);
    expect(mine.map((f) => [f.month, f.obligationRecords, f.missedObligations])).toEqual([
      ['2027-03', [{ obligationId: done2027, typeCode: 'branch-committee' }], []],
      ['2027-04', [], [{ obligationId: missed2027, typeCode: 'branch-committee' }]],
      ['2027-05', [], []],
    ]);
    const [march, april] = mine.map((f) => scoreMonth(indicatorSetFor(DEFAULT_INDICATOR_SETS, f.month)!, f));
    expect(march.indicatorSetVersion).toBe(2);
    expect(line(march.lines, 'three_meetings')).toMatchObject({ refs: [done2027], points: 1 });
    expect(line(april.lines, 'missed_obligation')).toMatchObject({ refs: [missed2027], points: -2 });
  });

  it('never moves a published final result: a later fact shows live, the rating only changes by a revision', async () => {
    const year = YEAR - 1;
    const ratingId = randomUUID();
    const results = await computeYear(h.db, { regionId: region.regionId, year, timeZone: TZ }, new Date());
    await h.db.query(
      `INSERT INTO star_ratings (id, region_id, year, workflow_id, phase, started_by, results, finalised_at)
       VALUES ($1,$2,$3,$4,'final',$5,$6,now())`,
      [
        ratingId,
        region.regionId,
        year,
        `star-rating-${region.regionId}-${year}`,
        region.leadPerson,
        JSON.stringify(results),
      ],
    );
    const published = results.units.find((u) => u.unitId === region.zhongjiang)!;

    // A fact of that year arrives after final: a cycle report for its June.
    const late = await cycle(programmeId, `${year}-06`, { [region.zhongjiang]: 100 });
    const card = await h
      .http()
      .get(`/units/${region.zhongjiang}/score-card?year=${year}`)
      .set(as('branchSecretary'))
      .expect(200);
    // The card's lines count the facts as they are now; its rating is the published result, unmoved.
    const june = card.body.months.find((m: { period: string }) => m.period === `${year}-06`);
    expect(june.points).toBe(
      scoreMonth(DEFAULT_INDICATOR_SET, {
        unitId: region.zhongjiang,
        month: `${year}-06`,
        cycleScores: [{ cycleId: late, total: 100 }],
        items: [],
        repeatFindings: [],
        records: [],
        missedObligations: [],
      }).points,
    );
    expect(card.body.total.points).toBe(published.year.points + 10);
    expect(card.body.rating).toMatchObject({ id: ratingId, phase: 'final', revision: 0, points: published.points });
    const ranking = await h
      .http()
      .get(`/regions/${region.regionId}/ranking?year=${year}`)
      .set(as('leadAdmin'))
      .expect(200);
    expect(ranking.body).toMatchObject({ source: 'rating', ratingId });
    expect(ranking.body.units.find((u: { unitId: string }) => u.unitId === region.zhongjiang).points).toBe(
      published.points,
    );
    const stored = await h.http().get(`/ratings/${ratingId}`).set(as('branchSecretary')).expect(200);
    expect(stored.body.results).toEqual(JSON.parse(JSON.stringify(results)));

    // The year is closed to new 记实 and 点评.
    await h
      .http()
      .post('/evaluation-records')
      .set(as('branchSecretary'))
      .send({ unitId: region.zhongjiang, recordType: 'five_good', occurredOn: `${year}-06-10`, title: '补录' })
      .expect(409);
    await h
      .http()
      .post(`/units/${region.zhongjiang}/quarter-reviews`)
      .set(as('leadAdmin'))
      .send({ year, quarter: 2, comment: '补点评' })
      .expect(409);

    // A correction after final: a recorded revision with its reason, by the lead unit only.
    const revision = { unitId: region.zhongjiang, points: 10, reason: '6月互检报告迟报，经党委同意补计' };
    await h.http().post(`/ratings/${ratingId}/revisions`).set(as('branchSecretary')).send(revision).expect(403);
    const noReason = await h
      .http()
      .post(`/ratings/${ratingId}/revisions`)
      .set(as('leadAdmin'))
      .send({ ...revision, reason: undefined })
      .expect(400);
    expect(noReason.body.error.details.fields[0].field).toBe('reason');
    const revised = await h
      .http()
      .post(`/ratings/${ratingId}/revisions`)
      .set(as('leadAdmin'))
      .send(revision)
      .expect(200);
    expect(revised.body).toMatchObject({ phase: 'final', revision: 1 });
    expect(revised.body.changes).toMatchObject([{ seq: 1, kind: 'revision', points: 10, reason: revision.reason }]);
    const after = await h
      .http()
      .get(`/units/${region.zhongjiang}/score-card?year=${year}`)
      .set(as('branchSecretary'))
      .expect(200);
    expect(after.body.rating).toMatchObject({
      revision: 1,
      points: published.points + 10,
      adjustments: [{ points: 10, reason: revision.reason }],
    });
  });
});
