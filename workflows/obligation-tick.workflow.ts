import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ParentClosePolicy, proxyActivities, startChild, WorkflowIdReusePolicy } from '@temporalio/workflow';
import {
  type ObligationActivities,
  type ObligationTickInput,
  type ObligationTickResult,
  obligationWorkflowIds,
} from './obligation-contracts';
import { scheduledFireAt, TICK_ACTIVITY_OPTIONS } from './schedule-fire';

const { prepareObligations } = proxyActivities<ObligationActivities>(TICK_ACTIVITY_OPTIONS);

/**
 * One fire of an obligation type's Schedule (the pattern of `programmeTickWorkflow`): reads the type's version in
 * force for the period of the fire's *nominal* time, and starts one obligation workflow per unit under its
 * deterministic id `obligation-<type>-<unit>-<period>`. A second tick in the period (trigger-now, a catch-up after a
 * Temporal outage, a backfill) starts nothing new: Temporal refuses the duplicate id and that counts as success.
 */
export async function obligationTickWorkflow({ typeId }: ObligationTickInput): Promise<ObligationTickResult> {
  const inputs = await prepareObligations(typeId, scheduledFireAt());
  const result: ObligationTickResult = { period: inputs[0]?.dates.period.key ?? null, started: 0, alreadyStarted: 0 };
  for (const input of inputs) {
    try {
      await startChild('obligationWorkflow', {
        workflowId: obligationWorkflowIds.obligation(input.typeId, input.unitId, input.dates.period.key),
        args: [input],
        // An obligation lives for its period; the tick ends as soon as it has opened them all.
        parentClosePolicy: ParentClosePolicy.ABANDON,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        memo: { type: input.names.type, unit: input.names.unit, period: input.dates.period.key },
      });
      result.started += 1;
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      result.alreadyStarted += 1;
    }
  }
  return result;
}
