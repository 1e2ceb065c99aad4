import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { type ActivityOptions, workflowInfo } from '@temporalio/workflow';

/** Set by Temporal on every workflow a Schedule starts: the action's nominal time, even when caught up late. */
const scheduledStartTime = defineSearchAttributeKey('TemporalScheduledStartTime', SearchAttributeType.DATETIME);

/**
 * When this fire of a Schedule was due (epoch ms): its nominal time, so a catch-up after an outage or a backfill
 * still works on the period it stands for; a tick started by hand has none and takes its own start.
 */
export function scheduledFireAt(): number {
  const info = workflowInfo();
  return (info.typedSearchAttributes.get(scheduledStartTime) ?? info.startTime).getTime();
}

/** A tick's one activity retries until Postgres answers: a period's cycle or obligations must not be lost to an outage. */
export const TICK_ACTIVITY_OPTIONS: ActivityOptions = {
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
};
