import { type ScheduleOptions, ScheduleOverlapPolicy, type ScheduleSpec } from '@temporalio/client';
import { workflowIds } from '../../../workflows/contracts';
import type { ProgrammeTickInput } from '../../../workflows/contracts';
import type { Cadence } from './cadence';

/**
 * Schedule policies of every programme (docs/programmes.md, "Schedule policies"):
 * - overlap ALLOW_ALL: a tick only prepares the cycle and starts it, so ticks never need to wait for each other; a
 *   second tick for the same period is harmless because the cycle's workflow id (`cycle-<programme>-<period>`)
 *   is started at most once.
 * - catch-up window 27 days: a Temporal server that was down over the 25th still takes that month's action when it
 *   comes back (stamped with the nominal time, so the period is still that month), while a monthly cadence (day
 *   1–28, so at least 28 days apart) never has two missed actions inside the window.
 */
export const SCHEDULE_POLICIES = {
  overlap: ScheduleOverlapPolicy.ALLOW_ALL,
  catchupWindow: '27 days',
  pauseOnFailure: false,
} as const;

/** The programme fields its Schedule is derived from; the Schedule is a function of the row, nothing else. */
export interface ScheduledProgramme {
  id: string;
  regionId: string;
  cadence: Cadence;
  paused: boolean;
}

/** Spec of a cadence: a calendar entry for monthly, the cron expression otherwise; always in the org's zone. */
export function scheduleSpecOf(cadence: Cadence, timeZone: string): ScheduleSpec {
  if (cadence.kind === 'cron') return { cronExpressions: [cadence.expression], timezone: timeZone };
  const [hour, minute] = cadence.time.split(':').map(Number);
  return {
    calendars: [{ dayOfMonth: cadence.dayOfMonth, hour, minute, comment: '互检 monthly cycle' }],
    timezone: timeZone,
  };
}

/** The whole Schedule of a programme: spec, the tick action on the worker's task queue, policies and state. */
export function scheduleOptionsOf(
  programme: ScheduledProgramme,
  config: { orgTimeZone: string; temporalTaskQueue: string },
): ScheduleOptions {
  const args: [ProgrammeTickInput] = [{ programmeId: programme.id }];
  return {
    scheduleId: workflowIds.programmeSchedule(programme.id),
    spec: scheduleSpecOf(programme.cadence, config.orgTimeZone),
    action: {
      type: 'startWorkflow',
      workflowType: 'programmeTickWorkflow',
      // Temporal appends the nominal time to this id, one tick per fire.
      workflowId: `programme-tick-${programme.id}`,
      taskQueue: config.temporalTaskQueue,
      args,
    },
    policies: SCHEDULE_POLICIES,
    memo: { programmeId: programme.id, regionId: programme.regionId },
    state: { paused: programme.paused, note: programme.paused ? 'paused by the lead unit' : undefined },
  };
}
