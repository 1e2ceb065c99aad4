import { DomainError } from './errors';

/** One 互检 assignment: `inspector` checks `inspectee` this cycle. */
export interface Pair {
  inspector: string;
  inspectee: string;
}

export interface PairingInput {
  /** Unit ids taking part this cycle; their order does not matter. */
  participants: readonly string[];
  cycleNumber: number;
  /** Earlier cycles' pairs, oldest first. Pairs with units no longer taking part are ignored. */
  history: readonly (readonly Pair[])[];
}

const pairKey = (inspector: string, inspectee: string): string => `${inspector}\u0000${inspectee}`;

/**
 * 互检 pairing for one cycle: every participant inspects exactly one other and is inspected by exactly one (a
 * permutation without fixed points; two units swap). An ordered pair does not come back until no assignment of
 * unused pairs is possible any more — for a stable set, until all n(n−1) pairs have been used — and then the memory
 * starts afresh. For a stable set this is rotation: cycle by cycle, unit i inspects unit i+k for k = 1 … n−1.
 *
 * Deterministic from (participants, cycleNumber, history): no randomness, and units are taken in sorted id order.
 */
export function assignPairs({ participants, cycleNumber, history }: PairingInput): Pair[] | DomainError {
  const units = [...participants].sort();
  if (new Set(units).size !== units.length) {
    return new DomainError('VALIDATION_FAILED', 'A unit is listed twice among the participants', {
      field: 'participants',
      duplicates: units.filter((u, i) => units.indexOf(u) !== i),
    });
  }
  if (units.length < 2) {
    return new DomainError('VALIDATION_FAILED', '互检 needs at least two participating units', {
      field: 'participants',
      count: units.length,
    });
  }
  if (!Number.isInteger(cycleNumber) || cycleNumber < 1) {
    return new DomainError('VALIDATION_FAILED', 'cycleNumber must be a positive integer', { field: 'cycleNumber' });
  }

  const n = units.length;
  const present = new Set(units);
  const relevant = history.map((cycle) => cycle.filter((p) => present.has(p.inspector) && present.has(p.inspectee)));
  const used = usedSinceReset(relevant, n * (n - 1));
  const lastCycle = new Set((relevant.at(-1) ?? []).map((p) => pairKey(p.inspector, p.inspectee)));
  // Rotation distance preferred this cycle; turning with the cycle number spreads the pairs when history is empty.
  const preferred = ((cycleNumber - 1) % (n - 1)) + 1;

  const attempts: ((a: string, b: string) => boolean)[] = [
    (a, b) => !used.has(pairKey(a, b)),
    // Memory reset: anything goes, but avoid repeating last cycle's pairs back to back where possible.
    (a, b) => !lastCycle.has(pairKey(a, b)),
    () => true,
  ];
  for (const allowed of attempts) {
    const matching = rotation(units, preferred, allowed) ?? perfectMatching(units, preferred, allowed);
    if (matching) return matching;
  }
  // Unreachable: with n ≥ 2 every rotation is allowed by the last attempt.
  throw new Error('no pairing found');
}

/**
 * The ordered pairs used since the last reset, read from history: a cycle that repeats a used pair started a new
 * round, and a round that has used every pair is over.
 */
function usedSinceReset(cycles: readonly (readonly Pair[])[], allPairs: number): Set<string> {
  let used = new Set<string>();
  for (const cycle of cycles) {
    const keys = cycle.map((p) => pairKey(p.inspector, p.inspectee));
    if (keys.some((k) => used.has(k))) used = new Set();
    keys.forEach((k) => used.add(k));
    if (used.size >= allPairs) used = new Set();
  }
  return used;
}

/** The first rotation i → i+k (k from `preferred` on) whose every pair is allowed. */
function rotation(units: string[], preferred: number, allowed: (a: string, b: string) => boolean): Pair[] | undefined {
  const n = units.length;
  for (let step = 0; step < n - 1; step++) {
    const k = ((preferred - 1 + step) % (n - 1)) + 1;
    const pairs = units.map((inspector, i) => ({ inspector, inspectee: units[(i + k) % n] }));
    if (pairs.every((p) => allowed(p.inspector, p.inspectee))) return pairs;
  }
  return undefined;
}

/**
 * A permutation without fixed points using only allowed pairs, when membership changes have broken the rotation
 * structure: a bipartite perfect matching (augmenting paths), candidates tried in rotation-distance order.
 */
function perfectMatching(
  units: string[],
  preferred: number,
  allowed: (a: string, b: string) => boolean,
): Pair[] | undefined {
  const n = units.length;
  const candidates = units.map((_, i) =>
    Array.from({ length: n - 1 }, (__, step) => (i + ((preferred - 1 + step) % (n - 1)) + 1) % n).filter((j) =>
      allowed(units[i], units[j]),
    ),
  );
  const inspectorOf: (number | undefined)[] = new Array<number | undefined>(n).fill(undefined);
  const augment = (i: number, seen: boolean[]): boolean => {
    for (const j of candidates[i]) {
      if (seen[j]) continue;
      seen[j] = true;
      const holder = inspectorOf[j];
      if (holder === undefined || augment(holder, seen)) {
        inspectorOf[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < n; i++) if (!augment(i, new Array<boolean>(n).fill(false))) return undefined;
  const inspecteeOf = new Array<number>(n);
  inspectorOf.forEach((i, j) => (inspecteeOf[i as number] = j));
  return units.map((inspector, i) => ({ inspector, inspectee: units[inspecteeOf[i]] }));
}
