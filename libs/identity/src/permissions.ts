import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { type Role, ROLES } from '../../persistence/src';

const ALL = ROLES;

/**
 * The authorization matrix: which roles may call which kind of endpoint. It is the only place that says so; the
 * AuthGuard enforces it for every route (a route without a permission is refused), and services then narrow it to
 * the caller's unit scope (a role on a unit covers its subtree; outside it: 404, so nothing leaks).
 */
export const PERMISSIONS = {
  'organisation:read': ALL,
  'organisation:write': ['system_admin'],
  'tokens:manage': ['system_admin'],
  /** Your own account: GET /me, change your password, sign out. */
  'account:self': ALL,
  /** Invite (and reset) people to sign in, end their sessions: the lead unit admin for people of its regions. */
  'accounts:invite': ['system_admin', 'lead_admin'],
  'diagnostics:run': ['system_admin'],
  'audit:read': ['system_admin'],
  'policies:read': ALL,
  'policies:write': ['system_admin'],
  'items:read': ALL,
  'items:create': ['lead_admin'],
  'items:act': ['lead_admin', 'branch_secretary'],
  /** 督办意见: the committee's directive on an item, recorded on its timeline. */
  'items:direct': ['committee_member'],
  'cycles:read': ALL,
  'cycles:submit': ['lead_admin', 'branch_secretary'],
  'cycles:meeting': ['lead_admin'],
  'programmes:read': ALL,
  'programmes:manage': ['lead_admin', 'system_admin'],
  'ledger:read': ALL,
  'board:read': ['committee_member', 'system_admin'],
  'inbox:read': ALL,
  /** Evidence files: whoever states something on an item or in a cycle may upload; reading is narrowed per file. */
  'files:upload': ['lead_admin', 'branch_secretary', 'committee_member'],
  'files:read': ALL,
  'notifications:configure': ['system_admin', 'lead_admin', 'branch_secretary'],
  'notifications:admin': ['system_admin'],
  /** Recurring obligations (三会一课 …): ledgers, records and the region feed (晒), narrowed per unit and region. */
  'obligations:read': ALL,
  /** Obligation types as data (system admins). */
  'obligations:manage': ['system_admin'],
  /** 记实: a unit records what it held, and marks a record not shared. */
  'obligations:record': ['lead_admin', 'branch_secretary'],
  /** The lead unit confirms a record or sends it back. */
  'obligations:confirm': ['lead_admin'],
  /** 积分评星: score cards, records and ratings, narrowed to the caller's region by the service. */
  'evaluation:read': ALL,
  /** 记实 records and objections (异议) for one's own unit. */
  'evaluation:record': ['lead_admin', 'branch_secretary'],
  /** The lead unit: confirms records, starts, adjusts, publishes, answers and revises the rating. */
  'evaluation:manage': ['lead_admin'],
  /** The committee's approval (审定) of a rating. */
  'evaluation:approve': ['committee_member'],
  'evaluation:indicators': ['system_admin'],
  /** The committee's comparison of the regions' points, stars and overdue items. */
  'evaluation:compare': ['committee_member', 'system_admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Held by every signed-in person, with or without a role: a person just invited can still see and leave their account. */
export const EVERY_PERSON: readonly Permission[] = ['account:self'];

export const PERMISSION_KEY = 'huijian:permission';

/** Declares the permission an endpoint needs (and shows it in the OpenAPI document as x-permission). */
export const Allow = (permission: Permission): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(PERMISSION_KEY, permission), ApiExtension('x-permission', permission));

export function rolesFor(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission];
}
