import type { Cycle, CyclePhase, Me, Submission } from '../api/types';

/** A submission a unit owes a cycle: its self-check (自检) or its inspection of its assigned peer (互检). */
export interface OwedSubmission {
  kind: Submission['kind'];
  unitId: string;
  /** The unit it scores: itself for a self-check, its peer for an inspection. */
  inspecteeUnitId: string;
  /** When its phase is due (ISO 8601). */
  due: string;
  /** Whether the cycle takes it now (the workflow refuses it before its phase and once the cycle reports). */
  open: boolean;
}

/** The phases in which the cycle's workflow accepts each kind. */
const OPEN_IN: Record<Submission['kind'], CyclePhase[]> = {
  self_check: ['self_check', 'mutual_inspection', 'meeting'],
  mutual_inspection: ['mutual_inspection', 'meeting'],
};

/** The participants a person submits for: those they hold a lead-unit or branch role on. */
export function submittingUnits(me: Me | null, cycle: Cycle): string[] {
  const held = (me?.roles ?? [])
    .filter((r) => r.role === 'lead_admin' || r.role === 'branch_secretary')
    .map((r) => r.unitId);
  return cycle.participants.filter((u) => held.includes(u));
}

/** What the given units still owe the cycle, self-check first. */
export function owedSubmissions(cycle: Cycle, units: string[]): OwedSubmission[] {
  const submitted = (kind: Submission['kind'], unit: string) =>
    cycle.submitted.some((s) => s.kind === kind && s.inspectorUnitId === unit);
  const { dueTimes } = cycle;
  // A cycle whose phases are not planned yet (just started) takes nothing.
  if (!dueTimes) return [];
  return units.flatMap((unitId) =>
    (['self_check', 'mutual_inspection'] as const).flatMap((kind) => {
      const inspectee = kind === 'self_check' ? unitId : cycle.pairs.find((p) => p.inspector === unitId)?.inspectee;
      if (!inspectee || submitted(kind, unitId)) return [];
      const due = kind === 'self_check' ? dueTimes.selfCheckDue : dueTimes.mutualInspectionDue;
      return [{ kind, unitId, inspecteeUnitId: inspectee, due, open: OPEN_IN[kind].includes(cycle.phase) }];
    }),
  );
}
