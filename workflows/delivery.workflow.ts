import {
  ActivityFailure,
  ApplicationFailure,
  condition,
  continueAsNew,
  ParentClosePolicy,
  patched,
  proxyActivities,
  setHandler,
  startChild,
  WorkflowIdReusePolicy,
  workflowInfo,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { NotificationActivities } from '../libs/notifications/src/delivery.activities';
import { workflowNow } from './clock';
import { type DeliveryInput, type DispatcherInput, deliveryWorkflowIds, outboxChangedSignal } from './contracts';

const { expandOutbox, releaseDue, deadLetterDelivery } = proxyActivities<NotificationActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** Dispatcher iterations per run before continue-as-new keeps its history short. */
const ITERATIONS_PER_RUN = 500;

/**
 * History events per run before continue-as-new. A batch of 200 children adds about 1,000 events (started) and as
 * many again as they finish, so a burst stays far below the 51,200-event limit at which the server ends the run.
 */
const DEFAULT_HISTORY_BUDGET = 4000;

/** Changes since the recorded histories, each behind `patched()` so that running dispatchers replay. */
const DISPATCHER_PATCHES = {
  /** The history budget is checked after every batch, a full one too (a burst used to skip the check). */
  budgetAfterEveryBatch: 'dispatcher-budget-after-every-batch',
} as const;

/**
 * The notification dispatcher: one long-lived workflow that expands new outbox rows into deliveries, releases the
 * ones whose delivery window has opened (held messages leave at the window's start) and starts one delivery
 * workflow each. It sleeps until the next held delivery is due or a signal says the outbox changed.
 */
export async function deliveryDispatcherWorkflow(input: DispatcherInput): Promise<void> {
  let nudged = true;
  setHandler(outboxChangedSignal, () => {
    nudged = true;
  });
  for (let i = 0; i < ITERATIONS_PER_RUN; i++) {
    nudged = false;
    let taken: number;
    do taken = await expandOutbox();
    while (taken >= 200);
    const { ids, nextDueAt } = await releaseDue();
    for (const deliveryId of ids) {
      try {
        await startChild(deliveryWorkflow, {
          workflowId: deliveryWorkflowIds.delivery(workflowInfo().taskQueue, deliveryId),
          args: [{ deliveryId, retry: input.retry }],
          parentClosePolicy: ParentClosePolicy.ABANDON,
          workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        });
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
    }
    if (patched(DISPATCHER_PATCHES.budgetAfterEveryBatch) && historyFull(input)) break;
    if (ids.length >= 200) continue;
    const untilNext = nextDueAt === null ? input.sweepIntervalMs : Math.max(nextDueAt - workflowNow(), 0);
    await condition(() => nudged, Math.min(untilNext, input.sweepIntervalMs) || 1);
    if (workflowInfo().continueAsNewSuggested) break;
  }
  await continueAsNew<typeof deliveryDispatcherWorkflow>(input);
}

function historyFull(input: DispatcherInput): boolean {
  const info = workflowInfo();
  return info.historyLength > (input.historyBudget ?? DEFAULT_HISTORY_BUDGET) || info.continueAsNewSuggested;
}

/**
 * One delivery: send with exponential backoff; when the attempts run out (or the failure cannot be retried) it
 * goes to the dead-letter list, from which an admin may replay it.
 */
export async function deliveryWorkflow({ deliveryId, retry }: DeliveryInput): Promise<'sent' | 'dead' | 'skipped'> {
  const { sendDelivery } = proxyActivities<NotificationActivities>({
    startToCloseTimeout: '1 minute',
    retry: {
      initialInterval: retry.initialIntervalMs,
      backoffCoefficient: 2,
      maximumInterval: retry.maximumIntervalMs,
      maximumAttempts: retry.maximumAttempts,
    },
  });
  try {
    return await sendDelivery(deliveryId);
  } catch (error) {
    const cause = error instanceof ActivityFailure ? error.cause : error;
    const message = cause instanceof ApplicationFailure || cause instanceof Error ? cause.message : String(cause);
    await deadLetterDelivery({ deliveryId, error: `attempts exhausted: ${message}` });
    return 'dead';
  }
}
