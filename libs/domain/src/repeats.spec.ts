import { type EarlierFinding, findRepeats } from './repeats';

const earlier: EarlierFinding[] = [
  { cycleNumber: 3, findingId: 'f3', unitId: 'u1', criterionKey: 'orderly_production' },
  { cycleNumber: 4, findingId: 'f4', unitId: 'u1', criterionKey: 'orderly_production' },
  { cycleNumber: 4, findingId: 'f4b', unitId: 'u2', criterionKey: 'orderly_production' },
  { cycleNumber: 5, findingId: 'f5', unitId: 'u1', criterionKey: 'staff_morale' },
  { cycleNumber: 6, findingId: 'f6', unitId: 'u1', criterionKey: 'orderly_production' },
  { cycleNumber: 7, findingId: 'f7', unitId: 'u1', criterionKey: 'orderly_production' }, // same cycle: not "earlier"
];

describe('findRepeats (屡查屡犯)', () => {
  it.each<[string, number, number, string[]]>([
    ['last 3 cycles (4, 5, 6)', 7, 3, ['f4', 'f6']],
    ['last 4 cycles (3…6)', 7, 4, ['f3', 'f4', 'f6']],
    ['last cycle only', 7, 1, ['f6']],
    ['nothing before', 3, 3, []],
    ['window after every finding', 20, 3, []],
  ])('%s', (_case, currentCycle, lastN, expected) => {
    expect(findRepeats({ unitId: 'u1', criterionKey: 'orderly_production' }, earlier, currentCycle, lastN)).toEqual(
      expected,
    );
  });

  it('defaults to the last 3 cycles and matches unit and criterion both', () => {
    expect(findRepeats({ unitId: 'u2', criterionKey: 'orderly_production' }, earlier, 7)).toEqual(['f4b']);
    expect(findRepeats({ unitId: 'u2', criterionKey: 'staff_morale' }, earlier, 7)).toEqual([]);
  });
});
