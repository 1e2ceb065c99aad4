import {
  defineSearchAttributeKey,
  SearchAttributeType,
  WorkflowExecutionAlreadyStartedError,
} from '@temporalio/common';
import {
  ParentClosePolicy,
  patched,
  proxyActivities,
  startChild,
  WorkflowIdReusePolicy,
  workflowInfo,
} from '@temporalio/workflow';
import type { ProgrammeActivities } from '../libs/programmes/src/programme.activities';
import { workflowIds } from './contracts';

const { prepareCycle } = proxyActivities<ProgrammeActivities>({
  startToCloseTimeout: '1 minute',
  // A tick retries until Postgres answers: the month's cycle must not be lost to a short outage.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/** What the programme's Schedule passes to each tick. */
export interface ProgrammeTickInput {
  programmeId: string;
}

export interface ProgrammeTickResult {
  outcome: 'started' | 'already_started' | 'skipped';
  /** The cycle's workflow id, when the tick got as far as a period. */
  cycleWorkflowId?: string;
}

/** Set by Temporal on every workflow a Schedule starts: the action's nominal time, even when caught up late. */
const scheduledStartTime = defineSearchAttributeKey('TemporalScheduledStartTime', SearchAttributeType.DATETIME);

/**
 * One fire of a programme's Schedule: gathers the cycle's input (pairing, rubric, windows, policy, earlier findings)
 * and starts the cycle workflow under its deterministic id `cycle-<programmeId>-<period>`. Never two cycles for
 * one period: the activity skips a period that already has a cycle, and a second start of the same id is refused
 * by Temporal and taken as success.
 */
export async function programmeTickWorkflow({ programmeId }: ProgrammeTickInput): Promise<ProgrammeTickResult> {
  const info = workflowInfo();
  const nominal = info.typedSearchAttributes.get(scheduledStartTime);
  const scheduledAt = (nominal ?? info.startTime).getTime();
  const input = await prepareCycle(programmeId, scheduledAt);
  if (!input) return { outcome: 'skipped' };
  const cycleWorkflowId = workflowIds.cycle(programmeId, input.period);
  try {
    await startChild('cycleWorkflow', {
      workflowId: cycleWorkflowId,
      args: [input],
      // The cycle runs for weeks; the tick ends as soon as it has started it.
      parentClosePolicy: ParentClosePolicy.ABANDON,
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      // What an operator sees beside the search attributes; ticks recorded before it started cycles without one.
      ...(patched('tick-cycle-memo') && input.names
        ? {
            memo: {
              programme: input.programmeName,
              region: input.names.region,
              period: input.period,
              participants: input.participants.map((u) => input.names?.units[u] ?? u),
            },
          }
        : {}),
    });
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return { outcome: 'already_started', cycleWorkflowId };
    throw error;
  }
  return { outcome: 'started', cycleWorkflowId };
}
