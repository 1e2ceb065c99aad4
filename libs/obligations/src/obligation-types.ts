import {
  CALENDAR_CADENCES,
  DomainError,
  type FieldProblem,
  type ObligationCadence,
  type ObligationWindow,
  validateObligationWindow,
  validationFailed,
} from '../../domain/src';
import { UNIT_KINDS, type UnitKind } from '../../persistence/src/entities/unit.entity';
import { cronProblem } from '../../programmes/src/cadence';
import type { RecordRequirements } from '../../../workflows/obligation-contracts';

/** Which units owe an obligation: every unit of some kinds (branch, general branch …), or a list of units. */
export type AppliesTo = { kind: 'unit_kinds'; unitKinds: UnitKind[] } | { kind: 'units'; unitIds: string[] };

/**
 * What a system admin says about a recurring obligation (三会一课 …). Stored as versions: a change is a new version
 * that applies from the next period, so an open or past period never changes.
 */
export interface ObligationTypeDefinition {
  name: string;
  appliesTo: AppliesTo;
  cadence: ObligationCadence;
  window: ObligationWindow;
  /** Working days after the due date in which a late record is still accepted; then the obligation is missed. */
  closeAfterWorkingDays: number;
  requires: RecordRequirements;
  /** Whether the lead unit (主责单位) confirms each record. */
  confirmation: boolean;
  /** The items' policy version for reminders, 催办 and 督办; null = the newest when a period opens. */
  policyVersion: number | null;
}

const MEETING: RecordRequirements = { attendeesCount: true, minutes: true, minFiles: 1 };
const END_OF_PERIOD: ObligationWindow = { kind: 'day_of_last_month', day: 31 };
const BRANCHES: AppliesTo = { kind: 'unit_kinds', unitKinds: ['branch'] };

/**
 * Seed 000's cadences (一.1, and 一.5 建、晒、查、评): 支委会 every month; 党员大会 and 党课 at least once a quarter;
 * 中心组学习 every quarter (the general branch); 民主评议党员 once a year; a staff-opinion survey every half year.
 */
export const DEFAULT_OBLIGATION_TYPES: readonly (ObligationTypeDefinition & { code: string })[] = [
  { code: 'branch-committee', name: '支委会', appliesTo: BRANCHES, cadence: { kind: 'monthly' } },
  { code: 'member-assembly', name: '党员大会', appliesTo: BRANCHES, cadence: { kind: 'quarterly' } },
  { code: 'party-lecture', name: '党课', appliesTo: BRANCHES, cadence: { kind: 'quarterly' } },
  {
    code: 'central-group-study',
    name: '中心组学习',
    appliesTo: { kind: 'unit_kinds', unitKinds: ['general_branch'] },
    cadence: { kind: 'quarterly' },
  },
  { code: 'member-appraisal', name: '民主评议党员', appliesTo: BRANCHES, cadence: { kind: 'yearly' } },
  {
    code: 'staff-opinion-survey',
    name: '职工思想状况调查分析',
    appliesTo: { kind: 'unit_kinds', unitKinds: ['general_branch', 'branch'] },
    cadence: { kind: 'half_yearly' },
  },
].map((t) => ({
  ...t,
  appliesTo: t.appliesTo as AppliesTo,
  cadence: t.cadence as ObligationCadence,
  window: END_OF_PERIOD,
  closeAfterWorkingDays: 5,
  requires: MEETING,
  confirmation: true,
  policyVersion: null,
}));

const CADENCE_KINDS = [...CALENDAR_CADENCES, 'cron'] as const;

/**
 * Checks a definition from the API (a whole one, or the current one with a change on top), reporting every
 * problem at once with its field: `cadence.kind`, `window.day`, `appliesTo.unitIds[1]`, `requires.minFiles` ….
 * `isUnit` says whether a unit id names a unit (the caller looked the ids up: that needs the database).
 */
export function validateTypeDefinition(
  input: unknown,
  isUnit: (id: string) => boolean = () => true,
): ObligationTypeDefinition | DomainError {
  const d = record(input);
  const problems: FieldProblem[] = [];
  const add = (field: string, reason: string) => problems.push({ field, reason });

  const name = typeof d.name === 'string' ? d.name.trim() : '';
  if (name.length < 1 || name.length > 100) add('name', 'must be 1–100 characters');

  const applies = record(d.appliesTo);
  if (applies.kind === 'unit_kinds') {
    const kinds = applies.unitKinds;
    if (!Array.isArray(kinds) || kinds.length === 0) add('appliesTo.unitKinds', 'must list at least one unit kind');
    else
      kinds.forEach((k, i) => {
        if (!(UNIT_KINDS as readonly unknown[]).includes(k)) {
          add(`appliesTo.unitKinds[${i}]`, `must be one of ${UNIT_KINDS.join(', ')}`);
        }
      });
  } else if (applies.kind === 'units') {
    const ids = applies.unitIds;
    if (!Array.isArray(ids) || ids.length === 0) add('appliesTo.unitIds', 'must list at least one unit');
    else
      ids.forEach((id, i) => {
        if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) add(`appliesTo.unitIds[${i}]`, 'must be a unit id');
        else if (ids.indexOf(id) !== i) add(`appliesTo.unitIds[${i}]`, 'is listed twice');
        else if (!isUnit(id)) add(`appliesTo.unitIds[${i}]`, 'is not a unit');
      });
  } else add('appliesTo.kind', "must be 'unit_kinds' or 'units'");

  const c = record(d.cadence);
  let cadence: ObligationCadence | undefined;
  if (!(CADENCE_KINDS as readonly unknown[]).includes(c.kind))
    add('cadence.kind', `must be one of ${CADENCE_KINDS.join(', ')}`);
  else if (c.kind === 'cron') {
    const reason = typeof c.expression === 'string' ? cronProblem(c.expression) : 'must be a cron expression';
    if (reason) add('cadence.expression', reason);
    else cadence = { kind: 'cron', expression: (c.expression as string).trim() };
  } else {
    if (c.expression !== undefined) add('cadence.expression', `is not a field of a ${String(c.kind)} cadence`);
    cadence = { kind: c.kind as (typeof CALENDAR_CADENCES)[number] };
  }

  let window: ObligationWindow | undefined;
  if (cadence) {
    const result = validateObligationWindow(d.window, cadence);
    if (!(result instanceof DomainError)) window = result;
    else for (const p of result.details.fields as FieldProblem[]) add(`window.${p.field}`, p.reason);
  }

  const whole = (field: string, v: unknown, min: number, max: number): boolean => {
    const ok = Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
    if (!ok) add(field, `must be a whole number from ${min} to ${max}`);
    return ok;
  };
  whole('closeAfterWorkingDays', d.closeAfterWorkingDays, 0, 60);
  const req = record(d.requires);
  for (const flag of ['attendeesCount', 'minutes'] as const) {
    if (typeof req[flag] !== 'boolean') add(`requires.${flag}`, 'must be true or false');
  }
  whole('requires.minFiles', req.minFiles, 0, 10);
  if (typeof d.confirmation !== 'boolean') add('confirmation', 'must be true or false');
  if (d.policyVersion !== null && !(Number.isInteger(d.policyVersion) && (d.policyVersion as number) >= 1)) {
    add('policyVersion', 'must be a policy version number, or null for the newest');
  }
  if (problems.length > 0 || !cadence || !window) return validationFailed('obligation type', problems);
  return {
    name,
    appliesTo:
      applies.kind === 'units'
        ? { kind: 'units', unitIds: applies.unitIds as string[] }
        : { kind: 'unit_kinds', unitKinds: applies.unitKinds as UnitKind[] },
    cadence,
    window,
    closeAfterWorkingDays: d.closeAfterWorkingDays as number,
    requires: {
      attendeesCount: req.attendeesCount as boolean,
      minutes: req.minutes as boolean,
      minFiles: req.minFiles as number,
    },
    confirmation: d.confirmation as boolean,
    policyVersion: d.policyVersion as number | null,
  };
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
