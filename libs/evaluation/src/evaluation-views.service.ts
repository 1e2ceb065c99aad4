import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type AppConfig, APP_CONFIG } from '../../config/src';
import {
  DEFAULT_INDICATOR_SET,
  DomainError,
  indicatorSetFor,
  localDateOf,
  monthsEndingWith,
  monthsOfPeriod,
  type PeriodScore,
  previousPeriod,
  quarterOf,
  rankingWithChange,
  rateYear,
  scoreMonth,
  starDistribution,
  sumMonths,
} from '../../domain/src';
import type { Caller } from '../../identity/src';
import { factLabels, monthFacts, ratedUnits } from './evaluation-facts';
import { allRegions, overseesRegion, regionById, regionOfUnit, type RegionRow, seesUnitCard } from './evaluation-scope';
import { indicatorSets, type StarRatingResults } from './star-rating';

/** Which period a view is of: a year, or one month or quarter of it. */
export interface PeriodQuery {
  year: number;
  month?: number;
  quarter?: number;
}

/** Phases in which a rating's result is published to the region (公示 and after): views show it, not a recount. */
export const PUBLISHED_PHASES = ['notice', 'answering', 'approval', 'final'];

const round2 = (x: number): number => Math.round(x * 100) / 100 || 0;
const pad = (n: number) => String(n).padStart(2, '0');

interface PublishedRating {
  id: string;
  phase: string;
  revision: number;
  results: StarRatingResults | null;
}

/** A period's points per unit: counted from the facts now (`live`), or a published rating's result (`rating`). */
interface PeriodTotals {
  source: 'live' | 'rating';
  ratingId: string | null;
  units: { unitId: string; points: number; rank?: number }[];
  /** Stars of a year: the rating's, or provisional by the year's set from the points so far; null for a month/quarter. */
  stars: Map<string, number> | null;
}

/**
 * 积分评星's views: a unit's score card (this month, quarter, year, line by line, and the trend over 12 months), a
 * region's ranking with the change against the period before, and the committee's comparison across regions.
 * Counted from the facts as they are now — except a year whose rating is published: that shows the published result
 * (its snapshot plus recorded changes), so a later fact never moves a published result silently.
 */
@Injectable()
export class EvaluationViewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'orgTimeZone'>,
  ) {}

  /** A unit's card as of the end of `month` (default: the year's latest month that is over). */
  async scoreCard(caller: Caller, unitId: string, year: number, month?: number) {
    const region = await regionOfUnit(this.db, unitId);
    if (!region || !seesUnitCard(caller, region, unitId)) {
      throw new DomainError('NOT_FOUND', `Unit ${unitId} is not rated in any region you see`, { unitId });
    }
    const last = this.lastEndedMonth();
    const asOf = month !== undefined ? `${year}-${pad(month)}` : `${year}-12` < last ? `${year}-12` : last;
    if (month !== undefined && asOf > last) {
      throw invalid('month', `must be a month that is over (the latest is ${last})`);
    }
    if (asOf < `${year}-01`) throw invalid('year', `must be a year with a month that is over (the latest is ${last})`);
    const yearMonths = monthsOfPeriod(String(year)).filter((m) => m <= asOf);
    const trendMonths = monthsEndingWith(asOf, 12);
    const [scores, units, reviews, rating] = await Promise.all([
      this.scores(region, [...new Set([...trendMonths, ...yearMonths])].sort()),
      ratedUnits(this.db, region.id),
      this.latestReviews(unitId, year),
      this.rating(region.id, year),
    ]);
    const byMonth = new Map(scores.filter((s) => s.unitId === unitId).map((s) => [s.period, s]));
    const months = yearMonths.flatMap((m) => byMonth.get(m) ?? []);
    const quarters = [1, 2, 3, 4].flatMap((q) => {
      const of = months.filter((m) => quarterOf(m.period) === `${year}-Q${q}`);
      if (of.length === 0) return [];
      return [{ ...sumMonths(unitId, `${year}-Q${q}`, of), review: reviews.get(q) ?? null }];
    });
    const facts = await factLabels(
      this.db,
      months.flatMap((m) => m.lines.flatMap((l) => l.refs)),
    );
    // A unit sees its rating once published; the region's overseers also see the draft.
    const rated =
      rating && (PUBLISHED_PHASES.includes(rating.phase) || overseesRegion(caller, region))
        ? rating.results?.units.find((u) => u.unitId === unitId)
        : undefined;
    return {
      unitId,
      unitName: units.find((u) => u.unit_id === unitId)?.name ?? '',
      regionId: region.id,
      regionName: region.name,
      year,
      month: asOf,
      endedMonths: yearMonths,
      thisMonth: byMonth.get(asOf) ?? null,
      thisQuarter: quarters.find((q) => q.period === quarterOf(asOf)) ?? null,
      months,
      quarters,
      total: sumMonths(unitId, String(year), months),
      facts,
      trend: trendMonths.map((m) => ({
        month: m,
        points: byMonth.get(m)?.points ?? null,
        indicatorSetVersion: byMonth.get(m)?.indicatorSetVersion ?? null,
      })),
      rating:
        rating && rated
          ? {
              id: rating.id,
              phase: rating.phase,
              revision: rating.revision,
              points: rated.points,
              rank: rated.rank,
              stars: rated.stars,
              adjustments: rated.adjustments,
            }
          : null,
    };
  }

  /** A region's ranking of a period, with each unit's change against the period before (lead unit, committee). */
  async ranking(caller: Caller, regionId: string, query: PeriodQuery) {
    const region = await regionById(this.db, regionId);
    if (!region || !overseesRegion(caller, region)) {
      throw new DomainError('NOT_FOUND', `Region ${regionId} does not exist`, { regionId });
    }
    const { period, months } = this.period(query);
    const before = previousPeriod(period);
    const [current, previous, units] = await Promise.all([
      this.totals(region, period, months),
      this.totals(region, before, monthsOfPeriod(before)),
      ratedUnits(this.db, region.id),
    ]);
    const names = new Map(units.map((u) => [u.unit_id, u.name]));
    return {
      regionId: region.id,
      regionName: region.name,
      period,
      months,
      previousPeriod: before,
      source: current.source,
      ratingId: current.ratingId,
      units: rankingWithChange(current.units, previous.units).map((row) => ({
        ...row,
        unitName: names.get(row.unitId) ?? '',
        stars: current.stars?.get(row.unitId) ?? null,
      })),
    };
  }

  /**
   * The committee's comparison across the regions it oversees: per region its rated units, their average points in
   * the period, the star distribution of the period's year (the rating's once published, else provisional) and the
   * items still overdue at the end of the period's last month that is over.
   */
  async comparison(caller: Caller, query: PeriodQuery) {
    const { period, months } = this.period(query);
    const lastMonth = months[months.length - 1];
    const yearMonths = monthsOfPeriod(String(query.year)).filter((m) => m <= lastMonth);
    const regions = (await allRegions(this.db)).filter((r) => overseesRegion(caller, r));
    const rows = [];
    for (const region of regions) {
      const isYear = period === String(query.year);
      const [totals, lastFacts] = await Promise.all([
        this.totals(region, period, months),
        monthFacts(this.db, region.id, [lastMonth], this.config.orgTimeZone),
      ]);
      // The stars are the year's: for a month or a quarter, the year up to the period's end.
      const year = isYear ? totals : await this.totals(region, String(query.year), yearMonths);
      const overdue = new Set(
        lastFacts.flatMap((f) => f.items.filter((i) => i.outcome === 'overdue').map((i) => i.itemId)),
      );
      rows.push({
        regionId: region.id,
        regionName: region.name,
        units: totals.units.length,
        averagePoints:
          totals.units.length === 0 ? 0 : round2(totals.units.reduce((s, u) => s + u.points, 0) / totals.units.length),
        stars: starDistribution([...(year.stars?.values() ?? [])]),
        starsSource: year.source === 'rating' ? ('rating' as const) : ('provisional' as const),
        overdueItems: overdue.size,
      });
    }
    return { period, months, regions: rows };
  }

  // ─── Periods and totals ───────────────────────────────────────────────────────────────────────────────────────

  /** The local month before this one: the latest that is over. */
  private lastEndedMonth(): string {
    return previousPeriod(localDateOf(Date.now(), this.config.orgTimeZone).slice(0, 7));
  }

  /** The period asked for and its months that are over; 400 naming the field when none is. */
  private period(query: PeriodQuery): { period: string; months: string[] } {
    if (query.month !== undefined && query.quarter !== undefined) {
      throw invalid('quarter', 'give a month or a quarter, not both');
    }
    const [period, field] =
      query.month !== undefined
        ? [`${query.year}-${pad(query.month)}`, 'month']
        : query.quarter !== undefined
          ? [`${query.year}-Q${query.quarter}`, 'quarter']
          : [String(query.year), 'year'];
    const last = this.lastEndedMonth();
    const months = monthsOfPeriod(period).filter((m) => m <= last);
    if (months.length === 0) throw invalid(field, `must be a period with a month that is over (the latest is ${last})`);
    return { period, months };
  }

  /** Each month scored by the indicator set in force that month (months before any set are not scored). */
  private async scores(region: RegionRow, months: string[]): Promise<PeriodScore[]> {
    const [facts, sets] = await Promise.all([
      monthFacts(this.db, region.id, months, this.config.orgTimeZone),
      indicatorSets(this.db),
    ]);
    return facts.flatMap((f) => {
      const set = indicatorSetFor(sets, f.month);
      return set ? [scoreMonth(set, f)] : [];
    });
  }

  private async totals(region: RegionRow, period: string, months: string[]): Promise<PeriodTotals> {
    const isYear = /^\d{4}$/.test(period);
    const rating = isYear ? await this.rating(region.id, Number(period)) : undefined;
    if (rating?.results && PUBLISHED_PHASES.includes(rating.phase)) {
      return {
        source: 'rating',
        ratingId: rating.id,
        units: rating.results.units.map((u) => ({ unitId: u.unitId, points: u.points, rank: u.rank })),
        stars: new Map(rating.results.units.map((u) => [u.unitId, u.stars])),
      };
    }
    const [scores, units, sets] = await Promise.all([
      this.scores(region, months),
      ratedUnits(this.db, region.id),
      indicatorSets(this.db),
    ]);
    const totals = units.map((u) => ({
      unitId: u.unit_id,
      points: sumMonths(
        u.unit_id,
        period,
        scores.filter((s) => s.unitId === u.unit_id),
      ).points,
    }));
    const set = indicatorSetFor(sets, `${period.slice(0, 4)}-12`) ?? DEFAULT_INDICATOR_SET;
    return {
      source: 'live',
      ratingId: null,
      units: totals,
      stars: isYear ? new Map(rateYear(set.rating, totals).map((s) => [s.unitId, s.stars])) : null,
    };
  }

  private async rating(regionId: string, year: number): Promise<PublishedRating | undefined> {
    const [row] = await this.db.query<PublishedRating[]>(
      'SELECT id, phase, revision, results FROM star_ratings WHERE region_id = $1 AND year = $2',
      [regionId, year],
    );
    return row;
  }

  /** The comment in force (the newest) of each reviewed quarter of a unit's year, with how often it was rewritten. */
  private async latestReviews(unitId: string, year: number) {
    const rows = await this.db.query<
      { quarter: number; comment: string; reviewed_at: Date; reviewer: string; versions: number }[]
    >(
      `SELECT DISTINCT ON (q.quarter) q.quarter, q.comment, q.reviewed_at, p.name AS reviewer,
              (count(*) OVER (PARTITION BY q.quarter))::int AS versions
         FROM quarter_reviews q JOIN people p ON p.id = q.reviewed_by
        WHERE q.unit_id = $1 AND q.year = $2
        ORDER BY q.quarter, q.reviewed_at DESC, q.id DESC`,
      [unitId, year],
    );
    return new Map(
      rows.map((r) => [
        r.quarter,
        { comment: r.comment, reviewerName: r.reviewer, reviewedAt: r.reviewed_at, versions: r.versions },
      ]),
    );
  }
}

function invalid(field: string, reason: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `Invalid ${field}: ${reason}`, { fields: [{ field, reason }] });
}
