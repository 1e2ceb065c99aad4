/** A finding as far as 屡查屡犯 is concerned: which unit, on which criterion. */
export interface FindingRef {
  unitId: string;
  criterionKey: string;
}

/** An earlier finding, with the cycle it was made in. */
export interface EarlierFinding extends FindingRef {
  cycleNumber: number;
  findingId: string;
}

/**
 * 屡查屡犯 (found again and again): the earlier findings on the same unit and criterion within the last `lastN`
 * cycles before `currentCycle` (cycles currentCycle−lastN … currentCycle−1), oldest first. An empty list means the
 * finding is not a repeat.
 */
export function findRepeats(
  finding: FindingRef,
  earlier: readonly EarlierFinding[],
  currentCycle: number,
  lastN = 3,
): string[] {
  return earlier
    .filter(
      (e) =>
        e.unitId === finding.unitId &&
        e.criterionKey === finding.criterionKey &&
        e.cycleNumber < currentCycle &&
        e.cycleNumber >= currentCycle - lastN,
    )
    .sort((a, b) => a.cycleNumber - b.cycleNumber || (a.findingId < b.findingId ? -1 : 1))
    .map((e) => e.findingId);
}
