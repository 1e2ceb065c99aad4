import {
  monthsEndingWith,
  monthsOfPeriod,
  previousPeriod,
  quarterOf,
  rankByPoints,
  rankingWithChange,
  starDistribution,
} from './evaluation-periods';

describe('evaluation periods', () => {
  it.each([
    ['2026-11', ['2026-11']],
    ['2026-Q1', ['2026-01', '2026-02', '2026-03']],
    ['2026-Q4', ['2026-10', '2026-11', '2026-12']],
  ])('%s holds %j', (period, months) => {
    expect(monthsOfPeriod(period)).toEqual(months);
  });

  it('a year holds its twelve months', () => {
    expect(monthsOfPeriod('2026')).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
  });

  it.each([
    ['2026-11', '2026-10'],
    ['2026-01', '2025-12'],
    ['2026-Q3', '2026-Q2'],
    ['2026-Q1', '2025-Q4'],
    ['2026', '2025'],
  ])('before %s comes %s', (period, before) => {
    expect(previousPeriod(period)).toBe(before);
  });

  it.each([
    ['2026-01', '2026-Q1'],
    ['2026-03', '2026-Q1'],
    ['2026-04', '2026-Q2'],
    ['2026-12', '2026-Q4'],
  ])('%s is in %s', (month, quarter) => {
    expect(quarterOf(month)).toBe(quarter);
  });

  it('counts twelve months back across the new year', () => {
    expect(monthsEndingWith('2026-03', 12)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(monthsEndingWith('2026-12', 1)).toEqual(['2026-12']);
  });
});

describe('rankingWithChange', () => {
  it('ranks ties together (1, 1, 3) and lists them by id', () => {
    expect(
      rankByPoints([
        { unitId: 'c', points: 5 },
        { unitId: 'b', points: 9 },
        { unitId: 'a', points: 9 },
      ]).map((u) => [u.unitId, u.rank]),
    ).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
    ]);
  });

  it.each([
    {
      name: 'a unit that climbs and one that falls',
      current: [
        { unitId: 'a', points: 10 },
        { unitId: 'b', points: 12 },
      ],
      previous: [
        { unitId: 'a', points: 11 },
        { unitId: 'b', points: 8.5 },
      ],
      rows: [
        { unitId: 'b', points: 12, rank: 1, previous: { points: 8.5, rank: 2 }, change: { points: 3.5, rank: 1 } },
        { unitId: 'a', points: 10, rank: 2, previous: { points: 11, rank: 1 }, change: { points: -1, rank: -1 } },
      ],
    },
    {
      name: 'a unit not ranked before has no change',
      current: [
        { unitId: 'a', points: 3 },
        { unitId: 'n', points: 4 },
      ],
      previous: [{ unitId: 'a', points: 3 }],
      rows: [
        { unitId: 'n', points: 4, rank: 1, previous: null, change: null },
        { unitId: 'a', points: 3, rank: 2, previous: { points: 3, rank: 1 }, change: { points: 0, rank: -1 } },
      ],
    },
    {
      name: 'ranks already decided (a published rating) are kept',
      current: [
        { unitId: 'a', points: 10, rank: 2 },
        { unitId: 'b', points: 10, rank: 1 },
      ],
      previous: [],
      rows: [
        { unitId: 'b', points: 10, rank: 1, previous: null, change: null },
        { unitId: 'a', points: 10, rank: 2, previous: null, change: null },
      ],
    },
    {
      name: 'tenths do not drift (0.1 + 0.2)',
      current: [{ unitId: 'a', points: 0.3 }],
      previous: [{ unitId: 'a', points: 0.1 }],
      rows: [
        { unitId: 'a', points: 0.3, rank: 1, previous: { points: 0.1, rank: 1 }, change: { points: 0.2, rank: 0 } },
      ],
    },
  ])('$name', ({ current, previous, rows }) => {
    expect(rankingWithChange(current, previous)).toEqual(rows);
  });

  it('counts units per star', () => {
    expect(starDistribution([5, 3, 3, 1])).toEqual({ '1': 1, '2': 0, '3': 2, '4': 0, '5': 1 });
  });
});
