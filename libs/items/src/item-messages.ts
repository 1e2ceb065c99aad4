import type { ItemState, NotificationIntent, TimelineEventInput } from '../../../workflows/contracts';
import {
  calendarOf,
  type LocalDate,
  localDateOf,
  type MilestoneKey,
  overdueWorkingDays,
  readLight,
} from '../../domain/src';
import {
  type ItemMessage,
  type ItemMessageKind,
  type NextStep,
  type StepAction,
  timeLeftUntil,
} from '../../messages/src';

/** Names of the units, people and cycle a message mentions, looked up by the activity. */
export interface MessageNames {
  units: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
  /** 「芜湖片区互检 2026-12」 for an item from a cycle. */
  cycle: string | null;
}

const STEP_OF: Record<MilestoneKey, StepAction> = {
  plan: 'submit_plan',
  progress: 'report_progress',
  evidence: 'submit_evidence',
  verification: 'verify',
};

/** The ids a message about this change names, so the activity can look them up in one query. */
export function namedIds(state: ItemState, event: TimelineEventInput): { units: string[]; people: string[] } {
  const from = (event.data?.from as { unitId?: string } | undefined)?.unitId;
  return {
    units: [state.responsibleUnitId, state.input.verifierUnitId, ...(from ? [from] : [])],
    people: [state.responsiblePersonId, event.actor?.personId].filter((p): p is string => !!p),
  };
}

/**
 * The typed model of one notification about an item, as it stands after the change: names, 整改要求, the light
 * with its reason, what the reader must do next and by when, and every reason and date the change carries.
 */
export function itemMessage(
  intent: NotificationIntent,
  state: ItemState,
  event: TimelineEventInput,
  names: MessageNames,
): ItemMessage {
  const { input } = state;
  const calendar = calendarOf(input);
  const at = intent.alert?.dueAt ?? event.at;
  const today = localDateOf(at, input.timeZone);
  const live = state.status !== 'closed' && state.status !== 'cancelled';
  const reading = readLight(
    {
      milestones: state.milestones,
      completed: state.completed,
      deadline: state.deadline,
      policy: input.policy,
      calendar,
      tz: input.timeZone,
    },
    at,
  );
  const label = (key: MilestoneKey | undefined) => state.milestones.find((m) => m.key === key)?.label;
  const unit = (id: string) => names.units.get(id) ?? '';
  const step = (action: StepAction, due: LocalDate | null): NextStep => ({
    action,
    due,
    timeLeft: due ? timeLeftUntil(due, today, calendar) : null,
  });
  const data = event.data ?? {};
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : null);

  const next = ((): NextStep | null => {
    if (!live) return null;
    if (intent.audience === 'committee') return step('supervise', null);
    if (intent.audience === 'verifier') {
      if (state.pendingExtension) return step('decide_extension', null);
      if (state.status === 'pending_verification') return step('verify', state.deadline);
      // A 督办, or a reminder of the verification milestone before the evidence is in: chase the unit.
      return intent.kind === 'escalation' || intent.alert?.milestone === 'verification'
        ? step('follow_up', null)
        : null;
    }
    const mine = state.milestones.find((m) => m.key !== 'verification' && !state.completed.includes(m.key));
    return mine && state.status !== 'pending_verification' ? step(STEP_OF[mine.key], mine.due) : null;
  })();

  const milestone = intent.alert?.milestone ? state.milestones.find((m) => m.key === intent.alert?.milestone) : null;
  const kind = intent.kind as ItemMessageKind;
  const extension =
    kind === 'extension_requested' && state.pendingExtension
      ? { asked: state.pendingExtension.proposedDeadline, from: state.deadline, granted: null }
      : kind === 'extension_approved'
        ? { asked: state.deadline, from: text('previousDeadline') ?? input.deadline, granted: state.deadline }
        : kind === 'extension_rejected' && text('proposedDeadline')
          ? { asked: text('proposedDeadline') as string, from: state.deadline, granted: null }
          : null;
  const fromUnit = event.kind === 'reassigned' ? (data.from as { unitId?: string } | undefined)?.unitId : undefined;

  return {
    kind,
    audience: intent.audience,
    today,
    item: {
      title: input.title,
      requirement: input.requirement,
      responsibleUnit: unit(state.responsibleUnitId),
      responsiblePerson: state.responsiblePersonId ? (names.people.get(state.responsiblePersonId) ?? null) : null,
      leadUnit: unit(input.verifierUnitId),
      deadline: state.deadline,
      light: live
        ? {
            light: reading.light,
            reason: reading.reason,
            ...(reading.milestone ? { milestoneLabel: label(reading.milestone) } : {}),
            ...(reading.workingDays !== undefined ? { workingDays: reading.workingDays } : {}),
          }
        : null,
      escalationLevel: state.escalationLevel,
      cycle: names.cycle,
    },
    next,
    actor: event.actor?.personId ? (names.people.get(event.actor.personId) ?? null) : null,
    reason: event.reason ?? null,
    submitted: text('plan') ?? text('progress') ?? (kind === 'verification_requested' ? text('text') : null),
    milestone: milestone
      ? { label: milestone.label, due: milestone.due, timeLeft: timeLeftUntil(milestone.due, today, calendar) }
      : null,
    extension,
    reassignedFrom: fromUnit ? unit(fromUnit) : null,
    escalation:
      kind === 'escalation' && intent.alert?.level
        ? { level: intent.alert.level, workingDaysOverdue: overdueWorkingDays(state.deadline, today, calendar) }
        : null,
  };
}
