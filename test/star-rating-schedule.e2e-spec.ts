/**
 * The yearly Schedule of the annual star rating on the real stack: made at the API's start for the configured day
 * before 七一, each fire starting the rating of the year before for every region exactly once — a region its lead unit
 * has already started, a second trigger and a backfill over the nominal day start nothing more.
 */
import { TemporalClient } from '../libs/temporal/src';
import type { StarRatingTickResult } from '../workflows/star-rating.contracts';
import { starRatingScheduleId, starRatingWorkflowId } from '../workflows/star-rating.contracts';
import { demoRegion, type DemoRegion } from './support/cycles';
import { bearer, eventually, type Harness, startHarness } from './support/harness';

jest.setTimeout(180_000);

describe('the star rating Schedule', () => {
  let h: Harness;
  let region: DemoRegion;
  let east: string;

  beforeAll(async () => {
    h = await startHarness({ worker: true, env: { STAR_RATING_STARTS_ON: '06-01' } });
    region = await demoRegion(h.db);
    // A second region, so that "once per region" has two regions to count.
    [{ id: east }] = await h.db.query(
      `INSERT INTO regions (code, name, lead_unit_id) VALUES ('east', '东片区', $1) RETURNING id`,
      [region.guidao],
    );
    await h.db.query(`INSERT INTO region_members (region_id, unit_id) VALUES ($1, $2), ($1, $3)`, [
      east,
      region.guidao,
      region.zhongjiang,
    ]);
  });
  afterAll(() => h.close());

  it('starts every region’s rating of the year before once: a lead unit’s start, two triggers and a backfill', async () => {
    const temporal = h.app.get(TemporalClient);
    const schedule = temporal.schedule.getHandle(starRatingScheduleId(h.taskQueue));
    const described = await eventually(() => schedule.describe().catch(() => undefined));
    expect(described.spec.calendars).toMatchObject([
      { month: [{ start: 'JUNE' }], dayOfMonth: [{ start: 1 }], hour: [{ start: 8 }] },
    ]);
    expect(described.spec.timezone).toBe('Asia/Shanghai');

    // 芜湖片区's lead unit starts its own rating of 2025 before the Schedule fires.
    const started = await h
      .http()
      .post('/ratings')
      .set(bearer(h.tokens.leadAdmin))
      .send({ regionId: region.regionId, year: 2025 })
      .expect(201);

    await schedule.trigger();
    await schedule.trigger();
    // Temporal down on 06-01: back up, the Schedule takes the missed fire, stamped with its nominal time.
    const nominal = Date.parse('2026-06-01T08:00:00+08:00');
    await schedule.backfill([{ start: new Date(nominal - 60_000), end: new Date(nominal + 60_000) }]);

    const actions = await eventually(async () => {
      const { info } = await schedule.describe();
      // Two triggers in one second share the fire's workflow id: they are one action, or two.
      const backfilled = info.recentActions.some((a) => a.scheduledAt.getTime() === nominal);
      return backfilled && info.recentActions.length >= 2 ? info.recentActions : undefined;
    }, 60_000);
    const results: StarRatingTickResult[] = [];
    for (const a of actions) results.push(await temporal.workflow.getHandle(a.action.workflow.workflowId).result());
    expect(results.every((r) => r.year === 2025)).toBe(true);
    // Only 东片区's rating was the Schedule's to start, and it started once.
    expect(results.reduce((sum, r) => sum + r.started, 0)).toBe(1);

    const ratings: { id: string; region_id: string; started_by: string | null }[] = await h.db.query(
      'SELECT id, region_id, started_by FROM star_ratings WHERE year = 2025 ORDER BY region_id',
    );
    expect(ratings.map((r) => r.region_id).sort()).toEqual([region.regionId, east].sort());
    expect(ratings.find((r) => r.region_id === region.regionId)).toMatchObject({ id: started.body.id });
    expect(ratings.find((r) => r.region_id === east)!.started_by).toBeNull();
    for (const regionId of [region.regionId, east]) {
      const runs = await eventually(async () => {
        const found = [];
        for await (const w of temporal.workflow.list({
          query: `WorkflowId = '${starRatingWorkflowId(regionId, 2025)}'`,
        })) {
          found.push(w);
        }
        return found.length > 0 ? found : undefined;
      });
      expect(runs).toHaveLength(1);
    }
    // The rating the Schedule started runs: its lead unit is asked to review it.
    const review = await eventually(async () => {
      const rows: { recipient_unit_id: string; title: string }[] = await h.db.query(
        `SELECT recipient_unit_id, title FROM notifications n JOIN star_ratings r ON r.id = n.star_rating_id
          WHERE r.region_id = $1 AND n.kind = 'rating_review'`,
        [east],
      );
      return rows.length > 0 ? rows : undefined;
    });
    expect(review).toEqual([{ recipient_unit_id: region.guidao, title: '【评星待审核】东片区 2025年度评星' }]);
  });
});
