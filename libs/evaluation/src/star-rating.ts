import type { DataSource, EntityManager } from 'typeorm';
import {
  DEFAULT_INDICATOR_SET,
  DEFAULT_INDICATOR_SETS,
  type IndicatorSet,
  indicatorSetFor,
  type PeriodScore,
  type PointsAdjustment,
  rateYear,
  scoreMonth,
  sumMonths,
} from '../../domain/src';
import { ratedUnits, yearFacts } from './evaluation-facts';

type Db = Pick<DataSource | EntityManager, 'query'>;

/** One unit's year in a rating: the breakdown by indicator and by month, then the stars after adjustments. */
export interface RatedUnit {
  unitId: string;
  unitName: string;
  /** The year's lines as the indicator sets compute them (before adjustments). */
  year: PeriodScore;
  months: { month: string; points: number; indicatorSetVersion: number }[];
  points: number;
  adjustments: PointsAdjustment[];
  rank: number;
  stars: number;
}

/** What a rating stores: the computed snapshot (fixed once computed) and the result after every recorded change. */
export interface StarRatingResults {
  computedAt: string;
  units: RatedUnit[];
}

/** Every indicator set version, oldest first: the built-in defaults (versions 1, 2) and the versions saved after them. */
export async function indicatorSets(db: Db): Promise<IndicatorSet[]> {
  const rows = await db.query<{ body: IndicatorSet }[]>('SELECT body FROM indicator_sets ORDER BY effective_from');
  const builtIn = new Set(DEFAULT_INDICATOR_SETS.map((s) => s.version));
  return [...DEFAULT_INDICATOR_SETS, ...rows.map((r) => r.body).filter((s) => !builtIn.has(s.version))];
}

/**
 * Computes a region's year from its facts: every ended month scored by the indicator set in force that month, the
 * months summed into the year, the units rated. The snapshot stays as computed: later facts never move it
 * silently, only a recorded adjustment, upheld objection or revision does.
 */
export async function computeYear(
  db: Db,
  rating: { regionId: string; year: number; timeZone: string },
  at: Date,
  adjustments: readonly PointsAdjustment[] = [],
): Promise<StarRatingResults> {
  const [units, facts, sets] = await Promise.all([
    ratedUnits(db, rating.regionId),
    yearFacts(db, rating.regionId, rating.year, rating.timeZone, at),
    indicatorSets(db),
  ]);
  const monthly = facts.flatMap((f) => {
    const set = indicatorSetFor(sets, f.month);
    return set ? [scoreMonth(set, f)] : [];
  });
  const snapshot = units.map((u) => {
    const months = monthly.filter((m) => m.unitId === u.unit_id);
    return {
      unitId: u.unit_id,
      unitName: u.name,
      year: sumMonths(u.unit_id, String(rating.year), months),
      months: months.map((m) => ({ month: m.period, points: m.points, indicatorSetVersion: m.indicatorSetVersion })),
    };
  });
  return rerate({ computedAt: at.toISOString(), units: snapshot }, adjustments, sets);
}

/** Applies the recorded adjustments to the snapshot and rates again by the rating of the year's latest set. */
export function rerate(
  results: { computedAt: string; units: Omit<RatedUnit, 'points' | 'adjustments' | 'rank' | 'stars'>[] },
  adjustments: readonly PointsAdjustment[],
  sets: readonly IndicatorSet[],
): StarRatingResults {
  const year = results.units[0]?.year.period ?? results.computedAt.slice(0, 4);
  const set = indicatorSetFor(sets, `${year}-12`) ?? DEFAULT_INDICATOR_SET;
  const stars = new Map(
    rateYear(
      set.rating,
      results.units.map((u) => ({ unitId: u.unitId, points: u.year.points })),
      adjustments,
    ).map((s) => [s.unitId, s]),
  );
  const units = results.units
    .map((u) => {
      const s = stars.get(u.unitId)!;
      return { ...u, points: s.points, adjustments: s.adjustments, rank: s.rank, stars: s.stars };
    })
    .sort((a, b) => a.rank - b.rank || (a.unitId < b.unitId ? -1 : 1));
  return { computedAt: results.computedAt, units };
}
