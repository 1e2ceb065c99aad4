import type { Caller } from '../../identity/src';
import { coversUnit, isSystemAdmin } from '../../identity/src';

/** The paths an item's parties sit at, enough to decide who may see it and who may act for which side. */
export interface ItemParties {
  responsibleUnitPath: string;
  verifierUnitPath: string;
}

/**
 * Who sees an item: the responsible unit's people (branch secretaries of it or above), the verifying lead unit's
 * admins, committee members above either, and system admins.
 */
export function canSeeItem(caller: Caller, parties: ItemParties): boolean {
  return (
    isSystemAdmin(caller) ||
    coversUnit(caller, parties.responsibleUnitPath, ['branch_secretary', 'committee_member', 'lead_admin']) ||
    coversUnit(caller, parties.verifierUnitPath, ['lead_admin', 'committee_member'])
  );
}

/** The sides the caller may act for: verifier as the lead unit's admin, responsible as the unit's secretary. */
export function sidesOf(caller: Caller, parties: ItemParties): ('responsible' | 'verifier')[] {
  const sides: ('responsible' | 'verifier')[] = [];
  if (coversUnit(caller, parties.verifierUnitPath, ['lead_admin'])) sides.push('verifier');
  if (coversUnit(caller, parties.responsibleUnitPath, ['branch_secretary'])) sides.push('responsible');
  return sides;
}
