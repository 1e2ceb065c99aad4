import type { Caller } from '../../identity/src';
import { coversUnit, isSystemAdmin } from '../../identity/src';

/** The paths an obligation's parties sit at: the unit that owes it and the lead unit that confirms it. */
export interface ObligationParties {
  unitPath: string;
  confirmingPath: string | null;
}

/**
 * Who sees an obligation (the items' rule): the unit's own people and anyone holding a role above it (the committee),
 * the confirming lead unit's admins, system admins.
 */
export function canSeeObligation(caller: Caller, p: ObligationParties): boolean {
  return (
    isSystemAdmin(caller) ||
    coversUnit(caller, p.unitPath, ['branch_secretary', 'committee_member', 'lead_admin']) ||
    (p.confirmingPath !== null && coversUnit(caller, p.confirmingPath, ['lead_admin', 'committee_member']))
  );
}

/** The sides the caller may act for: the unit (its secretary, or its admin when a lead unit records its own), the lead. */
export function obligationSidesOf(caller: Caller, p: ObligationParties): ('unit' | 'lead')[] {
  const sides: ('unit' | 'lead')[] = [];
  if (coversUnit(caller, p.unitPath, ['branch_secretary', 'lead_admin'])) sides.push('unit');
  if (p.confirmingPath !== null && coversUnit(caller, p.confirmingPath, ['lead_admin'])) sides.push('lead');
  return sides;
}

/**
 * The same rule as SQL over `u.path` (the unit) and `cu.path` (the confirming unit), for the ledgers: path prefixes
 * of the caller's roles; null for a system admin (everything).
 */
export function obligationScopeSql(caller: Caller, first: number): { sql: string; params: unknown[] } | null {
  if (isSystemAdmin(caller)) return null;
  const unitPrefixes = caller.roles.map((r) => `${r.unitPath}%`);
  const leadPrefixes = caller.roles
    .filter((r) => r.role === 'lead_admin' || r.role === 'committee_member')
    .map((r) => `${r.unitPath}%`);
  return {
    sql: `(u.path LIKE ANY($${first}::text[]) OR cu.path LIKE ANY($${first + 1}::text[]))`,
    params: [unitPrefixes, leadPrefixes],
  };
}
