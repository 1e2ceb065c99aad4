import fc from 'fast-check';
import { DomainError } from './errors';
import { assignPairs, type Pair } from './pairing';

const unitsOf = (n: number): string[] => Array.from({ length: n }, (_, i) => `unit-${String.fromCharCode(97 + i)}`);
const key = (p: Pair): string => `${p.inspector}>${p.inspectee}`;

function assign(participants: string[], cycleNumber: number, history: Pair[][]): Pair[] {
  const result = assignPairs({ participants, cycleNumber, history });
  if (result instanceof DomainError) throw result;
  return result;
}

/** Runs cycles 1…count for a fixed set, feeding each cycle's pairs back as history. */
function run(participants: string[], count: number): Pair[][] {
  const history: Pair[][] = [];
  for (let c = 1; c <= count; c++) history.push(assign(participants, c, history));
  return history;
}

function expectPermutationWithoutFixedPoints(participants: string[], pairs: Pair[]): void {
  expect(pairs.map((p) => p.inspector).sort()).toEqual([...participants].sort());
  expect(pairs.map((p) => p.inspectee).sort()).toEqual([...participants].sort());
  pairs.forEach((p) => expect(p.inspector).not.toBe(p.inspectee));
}

describe('assignPairs (互检 pairing)', () => {
  it('rotates a stable set of four: i inspects i+1, then i+2, then i+3', () => {
    const cycles = run(unitsOf(4), 3).map((pairs) =>
      pairs.map((p) => `${p.inspector.slice(-1)}→${p.inspectee.slice(-1)}`),
    );
    expect(cycles).toEqual([
      ['a→b', 'b→c', 'c→d', 'd→a'],
      ['a→c', 'b→d', 'c→a', 'd→b'],
      ['a→d', 'b→a', 'c→b', 'd→c'],
    ]);
  });

  it('swaps two units every cycle', () => {
    expect(run(['x', 'y'], 3)).toEqual([
      [
        { inspector: 'x', inspectee: 'y' },
        { inspector: 'y', inspectee: 'x' },
      ],
      [
        { inspector: 'x', inspectee: 'y' },
        { inspector: 'y', inspectee: 'x' },
      ],
      [
        { inspector: 'x', inspectee: 'y' },
        { inspector: 'y', inspectee: 'x' },
      ],
    ]);
  });

  it.each<[string, string[], number, string]>([
    ['one unit', ['solo'], 1, 'participants'],
    ['no unit', [], 1, 'participants'],
    ['a unit listed twice', ['a', 'b', 'a'], 1, 'participants'],
    ['cycle 0', ['a', 'b'], 0, 'cycleNumber'],
  ])('refuses %s', (_case, participants, cycleNumber, field) => {
    const result = assignPairs({ participants, cycleNumber, history: [] });
    expect(result).toBeInstanceOf(DomainError);
    expect((result as DomainError).details.field).toBe(field);
  });

  it('ignores pairs with units that left, and pairs a newcomer', () => {
    const history = run(unitsOf(4), 2);
    const now = ['unit-a', 'unit-b', 'unit-c', 'unit-e']; // d left, e joined
    const pairs = assign(now, 3, history);
    expectPermutationWithoutFixedPoints(now, pairs);
    const usedBefore = new Set(history.flat().map(key));
    expect(pairs.filter((p) => usedBefore.has(key(p)))).toEqual([]);
  });

  describe('laws', () => {
    it('a stable set of n covers all n(n−1) pairs exactly once in n−1 cycles, then starts over', () => {
      fc.assert(
        fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 40 }), (n, firstCycle) => {
          const units = unitsOf(n);
          const history: Pair[][] = [];
          for (let c = firstCycle; c < firstCycle + 2 * (n - 1); c++) history.push(assign(units, c, history));
          for (const round of [history.slice(0, n - 1), history.slice(n - 1)]) {
            const keys = round.flat().map(key);
            expect(keys).toHaveLength(n * (n - 1));
            expect(new Set(keys).size).toBe(n * (n - 1));
          }
        }),
      );
    });

    // A history of cycles among a changing membership (units joining and leaving), built by assignPairs itself.
    const changingHistory = fc
      .array(fc.subarray(unitsOf(7), { minLength: 2 }), { minLength: 1, maxLength: 10 })
      .map((memberships) => {
        const history: Pair[][] = [];
        memberships.forEach((members, i) => history.push(assign(members, i + 1, history)));
        return history;
      });

    it('is always a permutation without fixed points, deterministic and independent of input order', () => {
      fc.assert(
        fc.property(changingHistory, fc.subarray(unitsOf(7), { minLength: 2 }), (history, members) => {
          const cycle = history.length + 1;
          const pairs = assign(members, cycle, history);
          expectPermutationWithoutFixedPoints(members, pairs);
          expect(assign([...members].reverse(), cycle, history)).toEqual(pairs);
        }),
      );
    });

    it('repeats a pair only when no assignment of unused pairs exists (checked by brute force)', () => {
      fc.assert(
        fc.property(changingHistory, fc.subarray(unitsOf(6), { minLength: 2 }), (history, members) => {
          const present = new Set(members);
          let used = new Set<string>();
          for (const cycle of history) {
            const keys = cycle.filter((p) => present.has(p.inspector) && present.has(p.inspectee)).map(key);
            if (keys.some((k) => used.has(k))) used = new Set();
            keys.forEach((k) => used.add(k));
            if (used.size === members.length * (members.length - 1)) used = new Set();
          }
          const pairs = assign(members, history.length + 1, history);
          if (pairs.some((p) => used.has(key(p)))) {
            expect(derangements(members).some((d) => d.every((p) => !used.has(key(p))))).toBe(false);
          }
        }),
      );
    });
  });
});

function derangements(units: string[]): Pair[][] {
  const out: Pair[][] = [];
  const walk = (i: number, taken: Set<string>, acc: Pair[]): void => {
    if (i === units.length) return void out.push([...acc]);
    for (const target of units) {
      if (target === units[i] || taken.has(target)) continue;
      taken.add(target);
      acc.push({ inspector: units[i], inspectee: target });
      walk(i + 1, taken, acc);
      acc.pop();
      taken.delete(target);
    }
  };
  walk(0, new Set(), []);
  return out;
}
