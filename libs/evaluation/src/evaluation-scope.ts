import { type Caller, coversUnit, isSystemAdmin } from '../../identity/src';

/** A rated unit as its scope needs it: its own path and the paths of the lead units of its regions. */
export interface EvaluatedUnit {
  unitPath: string | undefined;
  leadPaths: readonly string[];
}

/**
 * Who sees a unit's 积分评星 (its records and their files, its score card): its own people, its regions' lead unit
 * and committee, and system admins.
 */
export function canSeeUnitEvaluation(caller: Caller, unit: EvaluatedUnit): boolean {
  return (
    isSystemAdmin(caller) ||
    (unit.unitPath !== undefined && coversUnit(caller, unit.unitPath, ['branch_secretary', 'lead_admin'])) ||
    unit.leadPaths.some((path) => coversUnit(caller, path, ['lead_admin', 'committee_member']))
  );
}
