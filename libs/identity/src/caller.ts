import type { Role } from '../../persistence/src';

/** One role the caller holds on a unit; it covers the unit's whole subtree (path prefix). */
export interface HeldRole {
  role: Role;
  unitId: string;
  unitPath: string;
}

/** Who is calling, resolved once per request by the AuthGuard and read by every later check. */
export interface Caller {
  personId: string;
  name: string;
  unitId: string;
  roles: HeldRole[];
}

export function isSystemAdmin(caller: Caller): boolean {
  return caller.roles.some((r) => r.role === 'system_admin');
}

/** True when one of the given roles is held on the unit with this path or on one of its ancestors. */
export function coversUnit(caller: Caller, unitPath: string, roles: readonly Role[]): boolean {
  return caller.roles.some((r) => roles.includes(r.role) && unitPath.startsWith(r.unitPath));
}
