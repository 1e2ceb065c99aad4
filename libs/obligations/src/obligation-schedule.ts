import type { ScheduleOptions, ScheduleSpec } from '@temporalio/client';
import type { ObligationCadence } from '../../domain/src';
import { SCHEDULE_POLICIES, scheduleSpecOf } from '../../programmes/src/programme-schedule';
import { type ObligationTickInput, obligationWorkflowIds } from '../../../workflows/obligation-contracts';

/** The months a calendar cadence's periods start in. */
const START_MONTHS = {
  monthly: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  quarterly: [1, 4, 7, 10],
  half_yearly: [1, 7],
  yearly: [1],
} as const;

/** A period opens at 08:00 local on its first day, before the working day's first reminders (09:00). */
const OPENING = { hour: 8, minute: 0 };

/**
 * When a type's Schedule fires: on the first day of each period for a calendar cadence, on the cron expression
 * otherwise (the programmes' spec, in the organisation's zone).
 */
export function obligationScheduleSpec(cadence: ObligationCadence, timeZone: string): ScheduleSpec {
  if (cadence.kind === 'cron') return scheduleSpecOf(cadence, timeZone);
  return {
    calendars: [
      {
        month: START_MONTHS[cadence.kind].map((m) => MONTH_NAMES[m - 1]),
        dayOfMonth: 1,
        ...OPENING,
        comment: `obligation periods (${cadence.kind})`,
      },
    ],
    timezone: timeZone,
  };
}

const MONTH_NAMES = [
  'JANUARY',
  'FEBRUARY',
  'MARCH',
  'APRIL',
  'MAY',
  'JUNE',
  'JULY',
  'AUGUST',
  'SEPTEMBER',
  'OCTOBER',
  'NOVEMBER',
  'DECEMBER',
] as const;

/**
 * The whole Schedule of a type, with the programmes' policies (README, "Inspection programmes"): overlap ALLOW_ALL
 * (a tick only opens obligations under per-period ids) and a 27-day catch-up window, so a Temporal server that was
 * down over a period's opening still opens it when it comes back, stamped with the nominal time.
 */
export function obligationScheduleOptions(
  type: { id: string; cadence: ObligationCadence; paused: boolean },
  config: { orgTimeZone: string; temporalTaskQueue: string },
): ScheduleOptions {
  const args: [ObligationTickInput] = [{ typeId: type.id }];
  return {
    scheduleId: obligationWorkflowIds.typeSchedule(type.id),
    spec: obligationScheduleSpec(type.cadence, config.orgTimeZone),
    action: {
      type: 'startWorkflow',
      workflowType: 'obligationTickWorkflow',
      workflowId: obligationWorkflowIds.tick(type.id),
      taskQueue: config.temporalTaskQueue,
      args,
    },
    policies: SCHEDULE_POLICIES,
    memo: { obligationTypeId: type.id },
    state: { paused: type.paused, note: type.paused ? 'paused by a system admin' : undefined },
  };
}
