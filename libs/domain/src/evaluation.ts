import { type DomainError, type FieldProblem, validationFailed } from './errors';

/**
 * 积分评星: a unit's work turned into points by an indicator set (考核细则), month by month (一月一评价), summed by
 * quarter (一季一评议) and year, and the year's points turned into 1–5 stars (一年一评比). Pure and line by line:
 * every point a unit gets or loses is a breakdown line naming the facts behind it, so a person can check it.
 */

/** The facts an indicator counts. */
export type IndicatorSource =
  /** The rubric total (0–100) of each inspection cycle the unit was scored in, scaled to `pointsAt100`. */
  | { kind: 'cycle_score'; pointsAt100: number }
  /** Rectification items by how they ended in the month (整改销号), or still open past their deadline. */
  | { kind: 'rectification'; outcome: RectificationOutcome; pointsEach: number; cap?: number }
  /** 屡查屡犯: a finding repeating an earlier one of the same criterion. */
  | { kind: 'repeat_finding'; pointsEach: number; cap?: number }
  /** Confirmed records (记实) of one record type, e.g. 三会一课 held; refused or unconfirmed ones never count. */
  | { kind: 'record'; recordType: string; pointsEach: number; cap?: number }
  /**
   * Obligations of organisational life (三会一课 …, `libs/obligations`) whose record the lead unit confirmed (记实), in
   * the month the obligation's period ends; `typeCodes` narrows them to those types (all when absent).
   */
  | { kind: 'obligation_record'; typeCodes?: string[]; pointsEach: number; cap?: number }
  /** Obligations the unit let pass without a record (未落实), in the month their period ends; `typeCodes` as above. */
  | { kind: 'missed_obligation'; typeCodes?: string[]; pointsEach: number; cap?: number };

export const INDICATOR_SOURCE_KINDS = [
  'cycle_score',
  'rectification',
  'repeat_finding',
  'record',
  'obligation_record',
  'missed_obligation',
] as const satisfies readonly IndicatorSource['kind'][];

export const RECTIFICATION_OUTCOMES = ['closed_on_time', 'closed_late', 'overdue'] as const;
export type RectificationOutcome = (typeof RECTIFICATION_OUTCOMES)[number];

export interface Indicator {
  key: string;
  /** Chinese name, as printed on the score card. */
  name: string;
  source: IndicatorSource;
}

/**
 * How a year's points become stars. `thresholds`: the most stars whose minimum the points reach; `ranking`: by rank
 * in the region, the best `share` of units get the first band's stars, the next share the next band's. Either way
 * one star is the floor, so every rated unit gets 1–5.
 */
export type StarRating =
  | { method: 'thresholds'; bands: { stars: number; minPoints: number }[] }
  | { method: 'ranking'; bands: { stars: number; share: number }[] };

/** One version of the 考核细则; it applies from `effectiveFrom` (a month) until a later version does. */
export interface IndicatorSet {
  version: number;
  /** 'YYYY-MM': the first month this version scores. */
  effectiveFrom: string;
  indicators: Indicator[];
  rating: StarRating;
}

/**
 * The default set, after the seeds: the six criteria as each cycle's rubric score (seed 000 评价标准), on-time
 * rectification (seed 000 整改销号, 屡查屡犯), and 记实 of the regular activities (seed 001 一日一记实, seed 002's 五好
 * standards met), rated by thresholds like the 七一 评星 of seed 001.
 */
export const DEFAULT_INDICATOR_SET: IndicatorSet = {
  version: 1,
  // Scores every month until a saved version applies: the default has no start.
  effectiveFrom: '2000-01',
  indicators: [
    { key: 'cycle_score', name: '互检评分', source: { kind: 'cycle_score', pointsAt100: 10 } },
    {
      key: 'closed_on_time',
      name: '按期整改销号',
      source: { kind: 'rectification', outcome: 'closed_on_time', pointsEach: 1, cap: 5 },
    },
    {
      key: 'closed_late',
      name: '逾期整改销号',
      source: { kind: 'rectification', outcome: 'closed_late', pointsEach: -1, cap: 5 },
    },
    {
      key: 'overdue',
      name: '逾期未整改',
      source: { kind: 'rectification', outcome: 'overdue', pointsEach: -2, cap: 10 },
    },
    { key: 'repeat_finding', name: '屡查屡犯', source: { kind: 'repeat_finding', pointsEach: -2, cap: 6 } },
    {
      key: 'three_meetings',
      name: '三会一课记实',
      source: { kind: 'record', recordType: 'three_meetings_one_lesson', pointsEach: 1, cap: 4 },
    },
    {
      key: 'five_good',
      name: '五好标准达标',
      source: { kind: 'record', recordType: 'five_good', pointsEach: 2, cap: 4 },
    },
    { key: 'missed_obligation', name: '组织生活未落实', source: { kind: 'missed_obligation', pointsEach: -2, cap: 6 } },
  ],
  rating: {
    method: 'thresholds',
    bands: [
      { stars: 5, minPoints: 150 },
      { stars: 4, minPoints: 130 },
      { stars: 3, minPoints: 110 },
      { stars: 2, minPoints: 90 },
    ],
  },
};

/** seed 000's 三会一课 among the default obligation types (支委会, 党员大会, 党课: `POST /obligation-types/defaults`). */
export const THREE_MEETINGS_ONE_LESSON_CODES = ['branch-committee', 'member-assembly', 'party-lecture'];

/**
 * Version 2 of the default set, from 2027-01 (version 1 keeps every month before, which it already scored): 三会一课
 * count from the obligations' confirmed records (the lead unit confirms each in `libs/obligations`) rather than from
 * records entered twice as 记实; everything else as in version 1.
 */
export const DEFAULT_INDICATOR_SET_V2: IndicatorSet = {
  ...DEFAULT_INDICATOR_SET,
  version: 2,
  effectiveFrom: '2027-01',
  indicators: DEFAULT_INDICATOR_SET.indicators.map((indicator) =>
    indicator.key === 'three_meetings'
      ? {
          ...indicator,
          source: {
            kind: 'obligation_record',
            typeCodes: THREE_MEETINGS_ONE_LESSON_CODES,
            pointsEach: 1,
            cap: 4,
          },
        }
      : indicator,
  ),
};

/** The built-in versions, oldest first; the versions a system admin saves come after them. */
export const DEFAULT_INDICATOR_SETS: readonly IndicatorSet[] = [DEFAULT_INDICATOR_SET, DEFAULT_INDICATOR_SET_V2];

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const KEY = /^[a-z][a-z0-9_]*$/;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

/** Checks an indicator set from the API or the database; returns it typed or every problem at once. */
export function validateIndicatorSet(input: unknown): IndicatorSet | DomainError {
  const problems: FieldProblem[] = [];
  const set = asRecord(input);
  if (!Number.isInteger(set.version) || (set.version as number) < 1) {
    problems.push({ field: 'version', reason: 'must be an integer ≥ 1' });
  }
  if (typeof set.effectiveFrom !== 'string' || !MONTH.test(set.effectiveFrom)) {
    problems.push({ field: 'effectiveFrom', reason: 'must be a month YYYY-MM' });
  }
  if (!Array.isArray(set.indicators) || set.indicators.length === 0) {
    problems.push({ field: 'indicators', reason: 'must list at least one indicator' });
  } else {
    const keys = new Set<string>();
    set.indicators.forEach((raw: unknown, i) => {
      const at = `indicators[${i}]`;
      const indicator = asRecord(raw);
      if (typeof indicator.key !== 'string' || !KEY.test(indicator.key)) {
        problems.push({ field: `${at}.key`, reason: 'must be a lower-case identifier like closed_on_time' });
      } else if (keys.has(indicator.key)) problems.push({ field: `${at}.key`, reason: 'appears twice' });
      else keys.add(indicator.key);
      if (typeof indicator.name !== 'string' || indicator.name.trim() === '') {
        problems.push({ field: `${at}.name`, reason: 'must not be empty' });
      }
      problems.push(...sourceProblems(asRecord(indicator.source), `${at}.source`));
    });
  }
  problems.push(...ratingProblems(asRecord(set.rating)));
  return problems.length > 0 ? validationFailed('indicator set', problems) : (input as IndicatorSet);
}

function sourceProblems(source: Record<string, unknown>, at: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!(INDICATOR_SOURCE_KINDS as readonly unknown[]).includes(source.kind)) {
    return [{ field: `${at}.kind`, reason: `must be one of ${INDICATOR_SOURCE_KINDS.join(', ')}` }];
  }
  if (source.kind === 'cycle_score') {
    if (!isNumber(source.pointsAt100) || source.pointsAt100 <= 0) {
      problems.push({ field: `${at}.pointsAt100`, reason: 'must be a number greater than 0' });
    }
    return problems;
  }
  if (source.kind === 'rectification' && !RECTIFICATION_OUTCOMES.includes(source.outcome as RectificationOutcome)) {
    problems.push({ field: `${at}.outcome`, reason: `must be one of ${RECTIFICATION_OUTCOMES.join(', ')}` });
  }
  if (source.kind === 'record' && (typeof source.recordType !== 'string' || !KEY.test(source.recordType))) {
    problems.push({ field: `${at}.recordType`, reason: 'must be a lower-case identifier like five_good' });
  }
  if (
    (source.kind === 'obligation_record' || source.kind === 'missed_obligation') &&
    source.typeCodes !== undefined &&
    (!Array.isArray(source.typeCodes) ||
      source.typeCodes.length === 0 ||
      !source.typeCodes.every((c) => typeof c === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(c)))
  ) {
    problems.push({ field: `${at}.typeCodes`, reason: 'must list obligation type codes like branch-committee' });
  }
  if (!isNumber(source.pointsEach) || source.pointsEach === 0) {
    problems.push({ field: `${at}.pointsEach`, reason: 'must be a number other than 0' });
  }
  // A cap bounds the size of the line, whichever its sign: a negative cap would turn a penalty into a bonus.
  if (source.cap !== undefined && (!isNumber(source.cap) || source.cap <= 0)) {
    problems.push({ field: `${at}.cap`, reason: 'must be a number greater than 0' });
  }
  return problems;
}

function ratingProblems(rating: Record<string, unknown>): FieldProblem[] {
  if (rating.method !== 'thresholds' && rating.method !== 'ranking') {
    return [{ field: 'rating.method', reason: 'must be one of thresholds, ranking' }];
  }
  if (!Array.isArray(rating.bands) || rating.bands.length === 0) {
    return [{ field: 'rating.bands', reason: 'must list at least one band' }];
  }
  const problems: FieldProblem[] = [];
  const bands = rating.bands.map(asRecord);
  bands.forEach((band, i) => {
    if (!Number.isInteger(band.stars) || (band.stars as number) < 2 || (band.stars as number) > 5) {
      problems.push({
        field: `rating.bands[${i}].stars`,
        reason: 'must be an integer from 2 to 5 (1 star is the floor)',
      });
    } else if (i > 0 && (band.stars as number) >= (bands[i - 1].stars as number)) {
      problems.push({ field: `rating.bands[${i}].stars`, reason: 'must be fewer stars than the band before' });
    }
    if (rating.method === 'thresholds') {
      if (!isNumber(band.minPoints))
        problems.push({ field: `rating.bands[${i}].minPoints`, reason: 'must be a number' });
      // Bands overlap unless more stars always need strictly more points.
      else if (i > 0 && isNumber(bands[i - 1].minPoints) && band.minPoints >= (bands[i - 1].minPoints as number)) {
        problems.push({
          field: `rating.bands[${i}].minPoints`,
          reason: 'must be lower than the minimum of the band before (bands overlap)',
        });
      }
    } else if (!isNumber(band.share) || band.share <= 0 || band.share >= 1) {
      problems.push({ field: `rating.bands[${i}].share`, reason: 'must be a share between 0 and 1' });
    }
  });
  if (rating.method === 'ranking') {
    const total = bands.reduce((sum, b) => sum + (isNumber(b.share) ? b.share : 0), 0);
    if (total > 1) problems.push({ field: 'rating.bands', reason: 'shares must add up to at most 1' });
  }
  return problems;
}

/** The version in force for a month: the latest whose `effectiveFrom` is not after it; undefined before the first. */
export function indicatorSetFor(sets: readonly IndicatorSet[], month: string): IndicatorSet | undefined {
  return [...sets]
    .filter((s) => s.effectiveFrom <= month)
    .sort((a, b) =>
      a.effectiveFrom < b.effectiveFrom ? 1 : a.effectiveFrom > b.effectiveFrom ? -1 : b.version - a.version,
    )[0];
}

/** What one unit did in one month, as the evaluation counts it. Ids are kept so every line can name its facts. */
export interface UnitMonthFacts {
  unitId: string;
  /** 'YYYY-MM'. */
  month: string;
  cycleScores: { cycleId: string; total: number }[];
  items: { itemId: string; outcome: RectificationOutcome }[];
  repeatFindings: { findingId: string }[];
  /** Confirmed records only. */
  records: { recordId: string; recordType: string }[];
  /** Obligations (三会一课 …) whose period ends this month, settled: confirmed records, and those missed. */
  obligationRecords?: { obligationId: string; typeCode: string }[];
  missedObligations: { obligationId: string; typeCode?: string }[];
}

/** One line of a score card: which indicator, which facts, and what they are worth after the cap. */
export interface ScoreLine {
  indicatorKey: string;
  name: string;
  /** The facts counted, by id. */
  refs: string[];
  /** Before the cap. */
  raw: number;
  points: number;
  capped: boolean;
}

export interface PeriodScore {
  unitId: string;
  /** 'YYYY-MM', 'YYYY-Qn' or 'YYYY'. */
  period: string;
  indicatorSetVersion: number;
  points: number;
  lines: ScoreLine[];
}

// `|| 0`: no -0 from 0 × a penalty (JSON would show 0, an equality check would not).
const round2 = (x: number): number => Math.round(x * 100) / 100 || 0;

/** Obligations of the listed types (any type when no list is given). */
const ofTypes = <T extends { typeCode?: string }>(facts: T[], typeCodes: string[] | undefined): T[] =>
  typeCodes ? facts.filter((f) => f.typeCode !== undefined && typeCodes.includes(f.typeCode)) : facts;

function factsOf(source: IndicatorSource, facts: UnitMonthFacts): { refs: string[]; raw: number } {
  const each = (refs: string[], pointsEach: number) => ({ refs, raw: refs.length * pointsEach });
  switch (source.kind) {
    case 'cycle_score':
      return {
        refs: facts.cycleScores.map((c) => c.cycleId),
        raw: facts.cycleScores.reduce((sum, c) => sum + (c.total / 100) * source.pointsAt100, 0),
      };
    case 'rectification':
      return each(
        facts.items.filter((i) => i.outcome === source.outcome).map((i) => i.itemId),
        source.pointsEach,
      );
    case 'repeat_finding':
      return each(
        facts.repeatFindings.map((f) => f.findingId),
        source.pointsEach,
      );
    case 'record':
      return each(
        facts.records.filter((r) => r.recordType === source.recordType).map((r) => r.recordId),
        source.pointsEach,
      );
    case 'obligation_record':
      return each(
        ofTypes(facts.obligationRecords ?? [], source.typeCodes).map((o) => o.obligationId),
        source.pointsEach,
      );
    case 'missed_obligation':
      return each(
        ofTypes(facts.missedObligations, source.typeCodes).map((o) => o.obligationId),
        source.pointsEach,
      );
  }
}

/** 一月一评价: a unit's points for one month, capped indicator by indicator. */
export function scoreMonth(set: IndicatorSet, facts: UnitMonthFacts): PeriodScore {
  const lines = set.indicators.map((indicator): ScoreLine => {
    const { refs, raw } = factsOf(indicator.source, facts);
    const cap = 'cap' in indicator.source ? indicator.source.cap : undefined;
    const points = cap === undefined ? raw : Math.sign(raw) * Math.min(Math.abs(raw), cap);
    return {
      indicatorKey: indicator.key,
      name: indicator.name,
      refs,
      raw: round2(raw),
      points: round2(points),
      capped: points !== raw,
    };
  });
  return {
    unitId: facts.unitId,
    period: facts.month,
    indicatorSetVersion: set.version,
    points: round2(lines.reduce((sum, l) => sum + l.points, 0)),
    lines,
  };
}

/**
 * A quarter's or a year's score: the sum of its months, line by line (caps stay monthly, so a month's ceiling is
 * not lifted by adding months). Months scored by different versions keep their own lines; lines of one indicator
 * key are added up.
 */
export function sumMonths(unitId: string, period: string, months: readonly PeriodScore[]): PeriodScore {
  const byKey = new Map<string, ScoreLine>();
  for (const month of months) {
    if (month.unitId !== unitId) continue;
    for (const line of month.lines) {
      const sum = byKey.get(line.indicatorKey);
      byKey.set(
        line.indicatorKey,
        sum
          ? {
              ...sum,
              refs: [...sum.refs, ...line.refs],
              raw: round2(sum.raw + line.raw),
              points: round2(sum.points + line.points),
              capped: sum.capped || line.capped,
            }
          : { ...line, refs: [...line.refs] },
      );
    }
  }
  const lines = [...byKey.values()];
  return {
    unitId,
    period,
    indicatorSetVersion: Math.max(0, ...months.filter((m) => m.unitId === unitId).map((m) => m.indicatorSetVersion)),
    points: round2(lines.reduce((sum, l) => sum + l.points, 0)),
    lines,
  };
}

/** A change the lead unit made to a unit's year before 公示, or an upheld objection's correction; always with a reason. */
export interface PointsAdjustment {
  unitId: string;
  points: number;
  reason: string;
}

export interface StarResult {
  unitId: string;
  /** The year's points after adjustments. */
  points: number;
  adjustments: PointsAdjustment[];
  /** Competition ranking: equal points share a rank (1, 1, 3). */
  rank: number;
  stars: number;
}

/**
 * 一年一评比: ranks the region's units by the year's points (after adjustments) and gives each 1–5 stars. Ties share
 * a rank and so a band; units are listed best first, then by id.
 */
export function rateYear(
  rating: StarRating,
  totals: readonly { unitId: string; points: number }[],
  adjustments: readonly PointsAdjustment[] = [],
): StarResult[] {
  const adjusted = totals.map((t) => {
    const own = adjustments.filter((a) => a.unitId === t.unitId);
    return { unitId: t.unitId, adjustments: own, points: round2(own.reduce((sum, a) => sum + a.points, t.points)) };
  });
  adjusted.sort((a, b) => b.points - a.points || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
  return adjusted.map((u) => {
    const rank = 1 + adjusted.filter((o) => o.points > u.points).length;
    return { ...u, rank, stars: starsFor(rating, u.points, rank, adjusted.length) };
  });
}

function starsFor(rating: StarRating, points: number, rank: number, units: number): number {
  if (rating.method === 'thresholds') return rating.bands.find((b) => points >= b.minPoints)?.stars ?? 1;
  // The share of units ranked above this one decides the band: a unit is in the first band whose cumulative share
  // is larger, so ties (same rank) always land together.
  const above = (rank - 1) / units;
  let cumulative = 0;
  for (const band of rating.bands) {
    cumulative += band.share;
    if (above < cumulative - 1e-9) return band.stars;
  }
  return 1;
}
export const RECORD_STATUSES = ['recorded', 'confirmed', 'refused'] as const;
