import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ParentClosePolicy, patched, proxyActivities, startChild, WorkflowIdReusePolicy } from '@temporalio/workflow';
import { type ProgrammeActivities, type ProgrammeTickInput, type ProgrammeTickResult, workflowIds } from './contracts';
import { scheduledAt, TICK_ACTIVITY_OPTIONS } from './schedule-fire';

const { prepareCycle } = proxyActivities<ProgrammeActivities>(TICK_ACTIVITY_OPTIONS);

/**
 * One fire of a programme's Schedule: gathers the cycle's input (pairing, rubric, windows, policy, earlier findings)
 * and starts the cycle workflow under its deterministic id `cycle-<programmeId>-<period>`. Never two cycles for
 * one period: the activity skips a period that already has a cycle, and a second start of the same id is refused
 * by Temporal and taken as success.
 */
export async function programmeTickWorkflow({ programmeId }: ProgrammeTickInput): Promise<ProgrammeTickResult> {
  const input = await prepareCycle(programmeId, scheduledAt());
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
