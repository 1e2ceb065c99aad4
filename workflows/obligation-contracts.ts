/**
 * Names, payload types and the activity port shared by the obligation workflows and their clients (the API, the
 * tick's activity). Kept beside `contracts.ts` under the same rule: only @temporalio/workflow, libs/domain and types.
 * `libs/obligations` implements the port, so the dependency runs from the lib to the workflows.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  Alert,
  CalendarOverride,
  ItemPolicy,
  LocalDate,
  ObligationDates,
  ObligationStatus,
} from '../libs/domain/src';
import type { UnitActor } from './contracts';

/** Deterministic ids: one obligation per type, unit and period; one Schedule per type. */
export const obligationWorkflowIds = {
  obligation: (typeId: string, unitId: string, period: string): string => `obligation-${typeId}-${unitId}-${period}`,
  typeSchedule: (typeId: string): string => `obligation-type-${typeId}`,
  /** Temporal appends each fire's nominal time to this id. */
  tick: (typeId: string): string => `obligation-tick-${typeId}`,
} as const;

/** What a record (记实) of this type must carry; the API checks it field by field before the update. */
export interface RecordRequirements {
  /** 参会人数 */
  attendeesCount: boolean;
  /** 会议记录 / 纪要 */
  minutes: boolean;
  /** Photos of the meeting, the sign-in sheet …: at least this many files. */
  minFiles: number;
}

/** Everything one unit's obligation of one period needs, fixed when the period opens (prepareObligations). */
export interface ObligationInput {
  obligationId: string;
  typeId: string;
  typeVersion: number;
  unitId: string;
  regionId: string | null;
  /** The lead unit that confirms records; null when the type asks for no confirmation or the unit leads its region. */
  confirmingUnitId: string | null;
  /** Where level-2 督办 goes. */
  committeeUnitId: string;
  dates: ObligationDates;
  requires: RecordRequirements;
  /** The items' reminder / 催办 / 督办 policy (the newest version, or the type's), resolved when the period opens. */
  policy: ItemPolicy;
  calendarOverrides: CalendarOverride[];
  timeZone: string;
  names: { type: string; unit: string; region: string | null };
}

/** One record (记实) as the unit submits it; files and attendees checked by the API. */
export interface ObligationRecordInput {
  recordId: string;
  title: string;
  heldOn: LocalDate;
  attendeesCount: number | null;
  /** People of the unit who attended (明细账). */
  attendeeIds: string[];
  minutes: string;
  files: string[];
}

/** The lead unit's decision on a record: confirm it, or send it back (退回) with a reason. */
export interface RecordDecision {
  decision: 'confirm' | 'send_back';
  reason?: string;
}

/** Lifecycle state held by the obligation workflow. */
export interface ObligationState {
  status: ObligationStatus;
  /** Records submitted so far (a sent-back record is followed by attempt + 1). */
  attempt: number;
  /** The record currently awaiting or holding a decision. */
  recordId: string | null;
  /** The local date of the first submission: it decides on time or late, also after a send-back. */
  firstSubmittedOn: LocalDate | null;
  escalationLevel: 0 | 1 | 2;
  chases: number;
  eventSeq: number;
  /** Alerts due at or before this instant have been handled. */
  alertCursor: number;
}

export type ObligationView = ObligationState & {
  obligationId: string;
  typeVersion: number;
  dates: ObligationDates;
  confirmingUnitId: string | null;
};

export const obligationStateQuery = defineQuery<ObligationView>('obligationState');
export const submitRecordUpdate = defineUpdate<ObligationView, [UnitActor, ObligationRecordInput]>('submitRecord');
export const decideRecordUpdate = defineUpdate<ObligationView, [UnitActor, RecordDecision]>('decideRecord');

/** What the type's Schedule passes to each tick. */
export interface ObligationTickInput {
  typeId: string;
}

export interface ObligationTickResult {
  period: string | null;
  started: number;
  alreadyStarted: number;
}

/** One entry of an obligation's append-only timeline. */
export interface ObligationEventInput {
  seq: number;
  at: number;
  kind: string;
  actorPersonId: string | null;
  reason?: string | null;
  data?: Record<string, unknown>;
}

/** Whom the obligation workflow tells, about what (the catalogue words it): the unit, its lead unit, the committee. */
export interface ObligationIntent {
  kind: string;
  audience: 'responsible' | 'verifier' | 'committee';
  alert?: Alert;
}

/** One step of an obligation as the workflow projects it: the state it reached, its event and its notices. */
export interface ObligationChange {
  input: ObligationInput;
  state: ObligationState;
  event: ObligationEventInput;
  notify: ObligationIntent[];
  /** The record this event submits. */
  record?: ObligationRecordInput;
  /** The decision this event takes on a record. */
  decision?: RecordDecision & { recordId: string };
}

/** What the obligation workflows ask of the world; idempotent (a projection sequence, record ids, notice keys). */
export interface ObligationActivities {
  /** The inputs of every obligation the period of `scheduledAt` owes under the type's version in force for it. */
  prepareObligations(typeId: string, scheduledAt: number): Promise<ObligationInput[]>;
  projectObligation(change: ObligationChange): Promise<void>;
}
