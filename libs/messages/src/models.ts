import type { LocalDate, RatingNoticeKind } from '../../domain/src';
import type { LightFacts } from './lights';
import type { LocalMoment, TimeLeft } from './time-words';

/**
 * The typed models every message is rendered from. They carry names, dates and reasons — never ids or instants —
 * so a template cannot show a UUID, and the same model renders for the inbox, e-mail and every robot alike.
 */

/** What the reader is asked to do next (下一步). */
export type StepAction =
  | 'submit_plan' // 提交整改方案
  | 'report_progress' // 报告整改进度
  | 'submit_evidence' // 提交整改佐证
  | 'verify' // 验收销号
  | 'decide_extension' // 审批延期申请
  | 'follow_up' // 主责单位督办
  | 'supervise'; // 党委督办

export interface NextStep {
  action: StepAction;
  /** By when; null for a step with no date of its own (a pending extension request, a 督办). */
  due: LocalDate | null;
  timeLeft: TimeLeft | null;
}

/** The item a message is about, by name. */
export interface ItemFacts {
  title: string;
  /** 整改要求. */
  requirement: string;
  responsibleUnit: string;
  responsiblePerson: string | null;
  /** 主责单位: verifies and follows up. */
  leadUnit: string;
  deadline: LocalDate;
  /** The light with its reason; null once the item is closed or cancelled. */
  light: LightFacts | null;
  escalationLevel: 0 | 1 | 2;
  /** 「芜湖片区互检 2026-12」 when the item came from a cycle's finding. */
  cycle: string | null;
}

export type ItemMessageKind =
  | 'assigned'
  | 'plan_submitted'
  | 'progress_reported'
  | 'verification_requested'
  | 'closed'
  | 'rejected'
  | 'extension_requested'
  | 'extension_approved'
  | 'extension_rejected'
  | 'cancelled'
  | 'directive'
  | 'reminder'
  | 'overdue_chase'
  | 'escalation';

export type ItemAudience = 'responsible' | 'verifier' | 'committee';

/** A message about one rectification item (整改项). */
export interface ItemMessage {
  kind: ItemMessageKind;
  audience: ItemAudience;
  /** The reader's today (local), from which dates and the time left are worded. */
  today: LocalDate;
  item: ItemFacts;
  next: NextStep | null;
  /** Who acted, by name. */
  actor: string | null;
  /** The reason a person gave: 退回, 驳回延期, 撤销, 改派, the 督办意见 itself, an extension's 申请理由. */
  reason: string | null;
  /** What was submitted: the plan, the progress report or the evidence text. */
  submitted: string | null;
  /** The milestone a reminder or 催办 is about. */
  milestone: { label: string; due: LocalDate; timeLeft: TimeLeft } | null;
  /** Dates asked (申请延至), from (原时限) and granted (批准延至). */
  extension: { asked: LocalDate; from: LocalDate; granted: LocalDate | null } | null;
  /** 改派: the unit the item was taken from; null for a new item. */
  reassignedFrom: string | null;
  /** 督办: the level reached and the working days past the deadline. */
  escalation: { level: 1 | 2; workingDaysOverdue: number } | null;
}

/** The cycle a notice is about, by name. */
export interface CycleFacts {
  programme: string;
  region: string;
  period: string;
  cycleNumber: number;
}

export type Obligation = 'self_check' | 'mutual_inspection';

/** A notice of a 互检 cycle. */
export type CycleMessage =
  | {
      kind: 'cycle_opened';
      today: LocalDate;
      cycle: CycleFacts;
      unit: string;
      /** The unit this one inspects (互检对象), by name; null when it inspects nobody this cycle. */
      inspectee: string | null;
      selfCheckDue: LocalMoment;
      mutualInspectionDue: LocalMoment;
      meetingAt: LocalMoment;
    }
  | { kind: 'cycle_meeting'; today: LocalDate; cycle: CycleFacts; leadUnit: string; meetingAt: LocalMoment }
  | {
      kind: 'cycle_reminder' | 'cycle_chase';
      today: LocalDate;
      cycle: CycleFacts;
      unit: string;
      obligation: Obligation;
      inspectee: string | null;
      due: LocalMoment;
      timeLeft: TimeLeft;
    }
  | {
      kind: 'cycle_escalation';
      /** To the late unit itself, or up the ladder (lead unit at level 1, committee at level 2). */
      audience: 'unit' | 'up';
      today: LocalDate;
      cycle: CycleFacts;
      unit: string;
      obligation: Obligation;
      level: 1 | 2;
      due: LocalMoment;
      timeLeft: TimeLeft;
    }
  | {
      kind: 'cycle_report';
      /** 上报 to the committee, 通报 to the participants. */
      audience: 'committee' | 'participants';
      today: LocalDate;
      cycle: CycleFacts;
      findings: number;
      repeats: number;
      openFromEarlier: number;
      ranking: { unit: string; total: number; rank: number }[];
    };

/** The obligation (三会一课 …) a message is about, by name. */
export interface ObligationFacts {
  /** 支委会, 党课 … */
  type: string;
  /** 2027-03, 2027-Q1, 2027-H1, 2027. */
  period: string;
  unit: string;
  /** Who confirms the record; null when nobody does. */
  leadUnit: string | null;
  due: LocalDate;
  /** The last day a record is accepted. */
  closes: LocalDate;
}

export type ObligationMessageKind =
  | 'obligation_opened'
  | 'obligation_reminder'
  | 'obligation_chase'
  | 'obligation_escalation'
  | 'obligation_recorded'
  | 'obligation_confirmed'
  | 'obligation_sent_back'
  | 'obligation_missed';

/** A message about one unit's obligation of one period. */
export interface ObligationMessage {
  kind: ObligationMessageKind;
  /** To the unit that owes the record, or up (the lead unit, the committee). */
  audience: 'unit' | 'up';
  today: LocalDate;
  obligation: ObligationFacts;
  timeLeft: TimeLeft;
  /** 督办 level of an escalation. */
  level: 1 | 2 | null;
  /** The lead unit's reason for sending a record back. */
  reason: string | null;
}

export const OBLIGATION_MESSAGE_KINDS: readonly ObligationMessageKind[] = [
  'obligation_opened',
  'obligation_reminder',
  'obligation_chase',
  'obligation_escalation',
  'obligation_recorded',
  'obligation_confirmed',
  'obligation_sent_back',
  'obligation_missed',
];

/** The annual star rating (一年一评比) a message is about, by name. */
export interface RatingFacts {
  region: string;
  year: number;
  leadUnit: string;
}

export type RatingMessageKind = RatingNoticeKind;

export const RATING_MESSAGE_KINDS: readonly RatingMessageKind[] = [
  'rating_review',
  'rating_published',
  'rating_objection',
  'rating_answered',
  'rating_approval',
  'rating_final',
  'rating_reminder',
  'rating_chase',
  'rating_escalation',
];

/** A message about a region's annual star rating. */
export interface RatingMessage {
  kind: RatingMessageKind;
  /** The lead unit, the committee, a unit of the region (通报), or the unit that objected. */
  audience: 'lead' | 'committee' | 'unit';
  today: LocalDate;
  rating: RatingFacts;
  /** The human step a reminder, 催办 or 督办 is about, or the step a message opens; null for a 通报. */
  step: { kind: 'review' | 'answer' | 'approval'; due: LocalDate; timeLeft: TimeLeft } | null;
  /** 督办 level of an escalation. */
  level: 1 | 2 | null;
  /** The last day of the 公示 (objections are accepted until its end). */
  noticeLastDay: LocalDate | null;
  /** The result as it stands, best first (公示 and final). */
  ranking: { unit: string; points: number; stars: number; rank: number }[];
  /** The objection a message is about. */
  objection: { unit: string; reason: string; upheld: boolean | null; answer: string | null } | null;
}

export type MessageModel = ItemMessage | CycleMessage | ObligationMessage | RatingMessage;
export type MessageKind = MessageModel['kind'];

/** Every kind the catalogue renders, so a test can walk them. */
export const ITEM_MESSAGE_KINDS: readonly ItemMessageKind[] = [
  'assigned',
  'plan_submitted',
  'progress_reported',
  'verification_requested',
  'closed',
  'rejected',
  'extension_requested',
  'extension_approved',
  'extension_rejected',
  'cancelled',
  'directive',
  'reminder',
  'overdue_chase',
  'escalation',
];
export const CYCLE_MESSAGE_KINDS: readonly CycleMessage['kind'][] = [
  'cycle_opened',
  'cycle_meeting',
  'cycle_reminder',
  'cycle_chase',
  'cycle_escalation',
  'cycle_report',
];

/** A message as the catalogue composes it, before a channel gives it its shape. */
export interface ComposedMessage {
  /** 【整改提醒】党员示范岗标识不全 */
  subject: string;
  /** What happened, in one sentence. */
  summary: string;
  /** What the reader is asked to do and by when: 「请于12月5日（周五）前提交整改方案，还有3天。」 */
  ask: string | null;
  /** Labelled facts: unit, 整改要求, deadline, light with its reason, reasons given, dates asked or granted. */
  facts: { label: string; value: string }[];
  tone: 'blue' | 'orange' | 'red';
}
