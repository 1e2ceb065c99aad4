import {
  defineSearchAttributeKey,
  SearchAttributeType,
  WorkflowExecutionAlreadyStartedError,
} from '@temporalio/common';
import {
  type ActivityOptions,
  type ChildWorkflowOptions,
  ParentClosePolicy,
  startChild,
  WorkflowIdReusePolicy,
  workflowInfo,
} from '@temporalio/workflow';

/** Set by Temporal on every workflow a Schedule starts: the action's nominal time, even when caught up late. */
const scheduledStartTime = defineSearchAttributeKey('TemporalScheduledStartTime', SearchAttributeType.DATETIME);

/** The nominal time of this Schedule fire (a catch-up or backfill keeps the time it stands for); else the start. */
export function scheduledAt(): number {
  const info = workflowInfo();
  return (info.typedSearchAttributes.get(scheduledStartTime) ?? info.startTime).getTime();
}

/** A tick's one activity retries until Postgres answers: a period's cycle or obligations must not be lost to an outage. */
export const TICK_ACTIVITY_OPTIONS: ActivityOptions = {
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
};

/**
 * Starts one long-lived workflow per input under its deterministic id, in order. A second fire for the same ids
 * (trigger-now, a catch-up, a backfill) starts nothing new: Temporal refuses the duplicate and that counts as success.
 * The children outlive the fire (ABANDON), which ends once it has started them all.
 */
export async function startEachOnce<I>(
  workflowType: string,
  inputs: readonly I[],
  options: (input: I) => Pick<ChildWorkflowOptions, 'workflowId' | 'memo' | 'staticSummary'>,
): Promise<{ started: number; alreadyStarted: number }> {
  const result = { started: 0, alreadyStarted: 0 };
  for (const input of inputs) {
    try {
      await startChild(workflowType, {
        ...options(input),
        args: [input],
        parentClosePolicy: ParentClosePolicy.ABANDON,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      });
      result.started += 1;
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      result.alreadyStarted += 1;
    }
  }
  return result;
}
