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
export const ITEM_VIEWERS: Record<'responsible' | 'verifier', readonly Role[]> = {
  responsible: ['branch_secretary', 'committee_member', 'lead_admin'],
  verifier: ['lead_admin', 'committee_member'],
};

export function canSeeItem(caller: Caller, parties: ItemParties): boolean {
  return (
    isSystemAdmin(caller) ||
    coversUnit(caller, parties.responsibleUnitPath, ITEM_VIEWERS.responsible) ||
    coversUnit(caller, parties.verifierUnitPath, ITEM_VIEWERS.verifier)
  );
}

/**
 * The keys `items.scope` holds for a unit on one side: the row carries them for its responsible and verifying units
 * and every ancestor of each (written by the database, migration 1766000000000).
 */
export const scopeKey = {
  responsible: (unitId: string) => `r:${unitId}`,
  verifier: (unitId: string) => `v:${unitId}`,
};

/** The keys that give the caller sight of a row: one per role it holds that ITEM_VIEWERS names, per side. */
export function scopeKeysOf(caller: Caller): string[] {
  return caller.roles.flatMap((r) =>
    (['responsible', 'verifier'] as const)
      .filter((side) => ITEM_VIEWERS[side].includes(r.role))
      .map((side) => scopeKey[side](r.unitId)),
  );
}

/**
 * canSeeItem in SQL, as a condition the GIN index on `scope` answers with the caller's own rows; `table` is the
 * alias of items (or of item_tallies, which carry the same keys), its parameters added through `param`.
 */
export function visibleItemsCondition(caller: Caller, param: (value: unknown) => string, table = 'i'): string {
  if (isSystemAdmin(caller)) return 'true';
  return `${table}.scope && ${param(scopeKeysOf(caller))}::text[]`;
}

/** The sides the caller may act for: verifier as the lead unit's admin, responsible as the unit's secretary. */
export function sidesOf(caller: Caller, parties: ItemParties): ('responsible' | 'verifier')[] {
  const sides: ('responsible' | 'verifier')[] = [];
  if (coversUnit(caller, parties.verifierUnitPath, ['lead_admin'])) sides.push('verifier');
  if (coversUnit(caller, parties.responsibleUnitPath, ['branch_secretary'])) sides.push('responsible');
  return sides;
}
