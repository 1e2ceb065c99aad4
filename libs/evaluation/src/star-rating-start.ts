import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DEFAULT_RATING_STEP_DAYS } from '../../domain/src';
import type { PoliciesService } from '../../policies/src/policies.service';
import { type StarRatingInput, starRatingWorkflowId } from '../../../workflows/star-rating.contracts';

/** A rating's row as its start finds it: new, or the one an earlier start (lead unit or Schedule) reserved. */
export interface ReservedRating {
  input: StarRatingInput;
  /** 'computing' until the workflow stored its first computation: before that, it may not have started. */
  phase: string;
}

/**
 * Reserves a region's rating of a year (its row, under the unique region and year) and gathers its workflow's
 * input: the calendar and the items' newest policy as they are now. The one way a rating starts, whether the lead
 * unit starts it or the Schedule does; starting it again finds the same row.
 */
export async function reserveStarRating(
  db: DataSource,
  policies: Pick<PoliciesService, 'latest' | 'calendarOverrides'>,
  config: { orgTimeZone: string },
  rating: { regionId: string; year: number; startedBy: string | null; noticeWorkingDays?: number },
): Promise<ReservedRating> {
  const [row] = await db.query<{ id: string; phase: string }[]>(
    `INSERT INTO star_ratings (id, region_id, year, workflow_id, phase, started_by) VALUES ($1,$2,$3,$4,'computing',$5)
     ON CONFLICT (region_id, year) DO UPDATE SET region_id = EXCLUDED.region_id RETURNING id, phase`,
    [randomUUID(), rating.regionId, rating.year, starRatingWorkflowId(rating.regionId, rating.year), rating.startedBy],
  );
  const [set, calendarOverrides] = await Promise.all([policies.latest(), policies.calendarOverrides()]);
  return {
    phase: row.phase,
    input: {
      ratingId: row.id,
      regionId: rating.regionId,
      year: rating.year,
      timeZone: config.orgTimeZone,
      calendarOverrides,
      noticeWorkingDays: rating.noticeWorkingDays ?? 5,
      policy: { ...set.base, version: set.version },
      stepWorkingDays: DEFAULT_RATING_STEP_DAYS,
    },
  };
}
