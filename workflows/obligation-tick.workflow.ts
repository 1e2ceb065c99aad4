import { proxyActivities } from '@temporalio/workflow';
import {
  type ObligationActivities,
  type ObligationTickInput,
  type ObligationTickResult,
  obligationWorkflowIds,
} from './obligation-contracts';
import { scheduledAt, startEachOnce, TICK_ACTIVITY_OPTIONS } from './schedule-fire';

const { prepareObligations } = proxyActivities<ObligationActivities>(TICK_ACTIVITY_OPTIONS);

/**
 * One fire of an obligation type's Schedule (the pattern of `programmeTickWorkflow`): reads the type's version in
 * force for the period of the fire's *nominal* time, and starts one obligation workflow per unit under its
 * deterministic id `obligation-<type>-<unit>-<period>`. A second tick in the period (trigger-now, a catch-up after a
 * Temporal outage, a backfill) starts nothing new: Temporal refuses the duplicate id and that counts as success.
 */
export async function obligationTickWorkflow({ typeId }: ObligationTickInput): Promise<ObligationTickResult> {
  const inputs = await prepareObligations(typeId, scheduledAt());
  const counts = await startEachOnce('obligationWorkflow', inputs, (input) => ({
    workflowId: obligationWorkflowIds.obligation(input.typeId, input.unitId, input.dates.period.key),
    memo: { type: input.names.type, unit: input.names.unit, period: input.dates.period.key },
  }));
  return { period: inputs[0]?.dates.period.key ?? null, ...counts };
}
