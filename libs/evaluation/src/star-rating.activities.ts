import type { DataSource, EntityManager } from 'typeorm';
import { localDateOf, type PointsAdjustment } from '../../domain/src';
import type { StarRatingActivities, StarRatingInput } from '../../../workflows/star-rating.contracts';
import { recordFileReferences } from '../../files/src/file-references';
import { PoliciesService } from '../../policies/src/policies.service';
import { computeYear, indicatorSets, rerate, type StarRatingResults } from './star-rating';
import { createStarRatingNotices } from './star-rating-notices';
import { reserveStarRating } from './star-rating-start';

type Db = Pick<DataSource | EntityManager, 'query'>;

interface EventRow {
  unit_id: string;
  points: number;
  reason: string;
}

/** The recorded changes of a rating, in order: adjustments, upheld objections and revisions after final. */
export async function ratingAdjustments(db: Db, ratingId: string): Promise<PointsAdjustment[]> {
  const rows = await db.query<EventRow[]>(
    `SELECT unit_id, points::float8 AS points, reason FROM star_rating_events
      WHERE rating_id = $1 AND points IS NOT NULL ORDER BY seq`,
    [ratingId],
  );
  return rows.map((r) => ({ unitId: r.unit_id, points: r.points, reason: r.reason }));
}

/** Re-rates a stored rating from its snapshot and every recorded change (inside the caller's transaction). */
export async function rerateStored(tx: EntityManager, ratingId: string): Promise<void> {
  const [row] = await tx.query<{ results: StarRatingResults }[]>(
    'SELECT results FROM star_ratings WHERE id = $1 FOR UPDATE',
    [ratingId],
  );
  const results = rerate(row.results, await ratingAdjustments(tx, ratingId), await indicatorSets(tx));
  await tx.query(
    `UPDATE star_ratings SET results = $2,
            revision = (SELECT count(*) FROM star_rating_events WHERE rating_id = $1) WHERE id = $1`,
    [ratingId, JSON.stringify(results)],
  );
}

// Projections of one rating may arrive out of order (update handlers run concurrently): the phase only moves on.
const PHASES = `ARRAY['computing','review','notice','answering','approval','final']`;

/** The rating workflow's port, on Postgres. Each call is keyed (rating, sequence, objection id) and so idempotent. */
export function createStarRatingActivities(db: DataSource, config: { orgTimeZone: string }): StarRatingActivities {
  const policies = new PoliciesService(db);
  return {
    ...createStarRatingNotices(db),

    async prepareStarRatings(scheduledAt) {
      const year = Number(localDateOf(scheduledAt, config.orgTimeZone).slice(0, 4)) - 1;
      const regions = await db.query<{ id: string }[]>('SELECT id FROM regions ORDER BY created_at, id');
      const inputs: StarRatingInput[] = [];
      for (const region of regions) {
        const reserved = await reserveStarRating(db, policies, config, { regionId: region.id, year, startedBy: null });
        // Past 'computing' its workflow has run, even if Temporal has forgotten it since: never a second one.
        if (reserved.phase === 'computing') inputs.push(reserved.input);
      }
      return { year, inputs };
    },

    async computeStarRating(input, at) {
      // Computed once: a retry after the commit finds the snapshot and leaves it as it was.
      const [existing] = await db.query<{ results: StarRatingResults | null }[]>(
        'SELECT results FROM star_ratings WHERE id = $1',
        [input.ratingId],
      );
      if (existing?.results) return { units: existing.results.units.length };
      const results = await computeYear(db, input, new Date(at));
      await db.query(`UPDATE star_ratings SET results = $2 WHERE id = $1 AND results IS NULL`, [
        input.ratingId,
        JSON.stringify(results),
      ]);
      return { units: results.units.length };
    },

    async recordRatingEvent(e) {
      await db.transaction(async (tx) => {
        const inserted: unknown[] = await tx.query(
          `INSERT INTO star_rating_events (rating_id, seq, kind, unit_id, points, reason, actor_person_id, at)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT (rating_id, seq) DO NOTHING RETURNING seq`,
          [e.ratingId, e.seq, e.kind, e.unitId, e.points, e.reason, e.personId, new Date(e.at)],
        );
        if (inserted.length > 0) await rerateStored(tx, e.ratingId);
      });
    },

    async recordObjection(o) {
      // The objection and its evidence together; a retry finds both keyed by the objection id and writes nothing.
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO star_rating_objections (id, rating_id, unit_id, reason, status, lodged_by, lodged_at)
           VALUES ($1,$2,$3,$4,'open',$5,$6) ON CONFLICT (id) DO NOTHING`,
          [o.objectionId, o.ratingId, o.unitId, o.reason, o.personId, new Date(o.at)],
        );
        await recordFileReferences(tx, o.files, { subject: 'objection', objectionId: o.objectionId });
      });
    },

    async recordAnswer(a) {
      await db.query(
        `UPDATE star_rating_objections
            SET status = $2, answer = $3, correction = $4, answered_by = $5, answered_at = $6
          WHERE id = $1 AND status = 'open'`,
        [a.objectionId, a.upheld ? 'upheld' : 'dismissed', a.answer, a.correction, a.personId, new Date(a.at)],
      );
    },

    async projectStarRating(p) {
      await db.query(
        `UPDATE star_ratings SET phase = $2, notice_ends_at = $3,
                finalised_at = CASE WHEN $2 = 'final' THEN coalesce(finalised_at, $4) ELSE finalised_at END
          WHERE id = $1 AND array_position(${PHASES}, phase) <= array_position(${PHASES}, $2::text)`,
        [p.ratingId, p.phase, p.noticeEndsAt, new Date(p.at)],
      );
    },
  };
}
