import type { Caller } from '../../identity/src';
import { coversUnit, isSystemAdmin } from '../../identity/src';
import type { Role } from '../../persistence/src';

/** The paths an item's parties sit at, enough to decide who may see it and who may act for which side. */
export interface ItemParties {
  responsibleUnitPath: string;
  verifierUnitPath: string;
}

/**
 * Who sees an item (the one rule; canSeeItem and the ledger's SQL both read it): the responsible unit's people
 * (branch secretaries of it or above), the verifying lead unit's admins, committee members above either; system
 * admins see everything.
 */
export const ITEM_VIEWERS = {
  responsible: ['branch_secretary', 'committee_member', 'lead_admin'],
  verifier: ['lead_admin', 'committee_member'],
} as const satisfies Record<string, readonly Role[]>;

export function canSeeItem(caller: Caller, parties: ItemParties): boolean {
  return (
    isSystemAdmin(caller) ||
    coversUnit(caller, parties.responsibleUnitPath, ITEM_VIEWERS.responsible) ||
    coversUnit(caller, parties.verifierUnitPath, ITEM_VIEWERS.verifier)
  );
}

/**
 * canSeeItem in SQL over the ledger's FROM (`u` the responsible unit, `vu` the verifier), its parameters added
 * through `param`.
 */
export function visibleItemsCondition(caller: Caller, param: (value: unknown) => string): string {
  if (isSystemAdmin(caller)) return 'true';
  const prefixes = (roles: readonly Role[]) =>
    caller.roles.filter((r) => roles.includes(r.role)).map((r) => `${r.unitPath}%`);
  return `(u.path LIKE ANY(${param(prefixes(ITEM_VIEWERS.responsible))}) OR vu.path LIKE ANY(${param(prefixes(ITEM_VIEWERS.verifier))}))`;
}

/** The sides the caller may act for: verifier as the lead unit's admin, responsible as the unit's secretary. */
export function sidesOf(caller: Caller, parties: ItemParties): ('responsible' | 'verifier')[] {
  const sides: ('responsible' | 'verifier')[] = [];
  if (coversUnit(caller, parties.verifierUnitPath, ['lead_admin'])) sides.push('verifier');
  if (coversUnit(caller, parties.responsibleUnitPath, ['branch_secretary'])) sides.push('responsible');
  return sides;
}
