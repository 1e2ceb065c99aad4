/**
 * The periods of 积分评星's views: a month ('2026-11'), a quarter ('2026-Q4', 一季一评议) or a year ('2026'); which
 * months each holds, the one before it, and a region's ranking against the previous period. Pure.
 */

/** 'YYYY-MM', 'YYYY-Qn' or 'YYYY'. */
export type EvaluationPeriod = string;

const month = (y: number, m: number): string => `${y}-${String(m).padStart(2, '0')}`;

/** The months of a period, in order. */
export function monthsOfPeriod(period: EvaluationPeriod): string[] {
  const year = Number(period.slice(0, 4));
  if (/^\d{4}-\d{2}$/.test(period)) return [period];
  const q = /^\d{4}-Q([1-4])$/.exec(period);
  if (q) return [1, 2, 3].map((i) => month(year, (Number(q[1]) - 1) * 3 + i));
  return Array.from({ length: 12 }, (_, i) => month(year, i + 1));
}

/** The period of the same kind just before: the month, quarter or year before. */
export function previousPeriod(period: EvaluationPeriod): EvaluationPeriod {
  const year = Number(period.slice(0, 4));
  if (/^\d{4}-\d{2}$/.test(period)) {
    const m = Number(period.slice(5, 7));
    return m === 1 ? month(year - 1, 12) : month(year, m - 1);
  }
  const q = /^\d{4}-Q([1-4])$/.exec(period);
  if (q) return Number(q[1]) === 1 ? `${year - 1}-Q4` : `${year}-Q${Number(q[1]) - 1}`;
  return String(year - 1);
}

/** The quarter ('YYYY-Qn') a month ('YYYY-MM') is in. */
export function quarterOf(monthOfYear: string): EvaluationPeriod {
  return `${monthOfYear.slice(0, 4)}-Q${Math.ceil(Number(monthOfYear.slice(5, 7)) / 3)}`;
}

/** The `n` months ending with `last`, oldest first (the trend of a score card crosses into the year before). */
export function monthsEndingWith(last: string, n: number): string[] {
  const [y, m] = [Number(last.slice(0, 4)), Number(last.slice(5, 7))];
  return Array.from({ length: n }, (_, i) => {
    const index = y * 12 + (m - 1) - (n - 1 - i);
    return month(Math.floor(index / 12), (index % 12) + 1);
  });
}

/** Competition ranks, best first: equal points share a rank (1, 1, 3); ties are listed by unit id. */
export function rankByPoints<T extends { unitId: string; points: number }>(
  units: readonly T[],
): (T & { rank: number })[] {
  const sorted = [...units].sort(
    (a, b) => b.points - a.points || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0),
  );
  return sorted.map((u) => ({ ...u, rank: 1 + sorted.filter((o) => o.points > u.points).length }));
}

export interface RankingRow {
  unitId: string;
  points: number;
  rank: number;
  /** The previous period's points and rank; null when the unit was not ranked then. */
  previous: { points: number; rank: number } | null;
  /** Points gained (negative: lost) and places climbed (negative: fell) since the previous period. */
  change: { points: number; rank: number } | null;
}

const round2 = (x: number): number => Math.round(x * 100) / 100 || 0;

/** A region's ranking of a period with the change against the previous one (ranked among the units of each). */
export function rankingWithChange(
  current: readonly { unitId: string; points: number; rank?: number }[],
  previous: readonly { unitId: string; points: number; rank?: number }[],
): RankingRow[] {
  // A rank already decided (a published rating's) is kept; otherwise the points decide it.
  const ranked = <T extends { unitId: string; points: number; rank?: number }>(units: readonly T[]) =>
    units.every((u) => u.rank !== undefined)
      ? [...units]
          .sort((a, b) => a.rank! - b.rank! || (a.unitId < b.unitId ? -1 : 1))
          .map((u) => ({ ...u, rank: u.rank! }))
      : rankByPoints(units);
  const before = new Map(ranked(previous).map((p) => [p.unitId, p]));
  return ranked(current).map((u) => {
    const p = before.get(u.unitId);
    return {
      unitId: u.unitId,
      points: u.points,
      rank: u.rank,
      previous: p ? { points: p.points, rank: p.rank } : null,
      change: p ? { points: round2(u.points - p.points), rank: p.rank - u.rank } : null,
    };
  });
}

/** How many units have 1, 2, … 5 stars. */
export function starDistribution(stars: readonly number[]): Record<'1' | '2' | '3' | '4' | '5', number> {
  const out = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  for (const s of stars) out[String(s) as keyof typeof out] += 1;
  return out;
}
