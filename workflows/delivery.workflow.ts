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
import { workflowNow } from './clock';
import {
  type DeliveryActivities,
  type DeliveryInput,
  type DeliveryOutcome,
  type DispatcherInput,
  type DispatcherSettings,
  deliveryWorkflowIds,
  outboxChangedSignal,
} from './contracts';

const { expandOutbox, releaseDue, deadLetterDelivery, dispatcherSettings } = proxyActivities<DeliveryActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * A round of batch sending: it stops claiming after 20 s and heartbeats meanwhile, so a worker that died is noticed
 * within the heartbeat timeout (its claims are then dead-lettered as outcome unknown by a later round).
 */
const { deliverDue } = proxyActivities<DeliveryActivities>({
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '30 seconds',
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
  /**
   * Deliveries leave in batches claimed in Postgres by one activity, not one child workflow each; the settings are
   * read at the start of each run rather than carried in the input.
   */
  batchSend: 'dispatcher-batch-send',
} as const;

/**
 * The notification dispatcher: one long-lived workflow that expands new outbox rows into deliveries and sends the ones
 * whose time has come (held messages leave at their delivery window's start, failed ones after their backoff) in
 * rounds of one batch activity each. It sleeps until the next held delivery or retry is due, or a signal says the
 * outbox changed. Runs started before batch sending started one delivery workflow per delivery instead.
 */
export async function deliveryDispatcherWorkflow(input: DispatcherInput): Promise<void> {
  let nudged = true;
  setHandler(outboxChangedSignal, () => {
    nudged = true;
  });
  let settings: DispatcherSettings | undefined;
  for (let i = 0; i < ITERATIONS_PER_RUN; i++) {
    nudged = false;
    let more: boolean;
    let nextDueAt: number | null;
    let sweepIntervalMs: number;
    const legacyRetry = input.retry;
    if (patched(DISPATCHER_PATCHES.batchSend) || legacyRetry === undefined) {
      settings ??= await dispatcherSettings();
      const round = await deliverDue({
        now: workflowNow(),
        retry: settings.retry,
        digestThreshold: settings.digestThreshold,
      });
      ({ more, nextDueAt } = round);
      sweepIntervalMs = settings.sweepIntervalMs;
      if (historyFull(input)) break;
    } else {
      let taken: number;
      do taken = await expandOutbox();
      while (taken >= 200);
      const released = await releaseDue();
      for (const deliveryId of released.ids) {
        try {
          await startChild(deliveryWorkflow, {
            workflowId: deliveryWorkflowIds.delivery(workflowInfo().taskQueue, deliveryId),
            args: [{ deliveryId, retry: legacyRetry }],
            parentClosePolicy: ParentClosePolicy.ABANDON,
            workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
          });
        } catch (error) {
          if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
        }
      }
      if (patched(DISPATCHER_PATCHES.budgetAfterEveryBatch) && historyFull(input)) break;
      more = released.ids.length >= 200;
      nextDueAt = released.nextDueAt;
      sweepIntervalMs = input.sweepIntervalMs ?? 60_000;
    }
    if (more) continue;
    const untilNext = nextDueAt === null ? sweepIntervalMs : Math.max(nextDueAt - workflowNow(), 0);
    await condition(() => nudged, Math.min(untilNext, sweepIntervalMs) || 1);
    if (workflowInfo().continueAsNewSuggested) break;
  }
  // Only the budget carries over: the next run reads the delivery settings afresh.
  await continueAsNew<typeof deliveryDispatcherWorkflow>({ historyBudget: input.historyBudget });
}

function historyFull(input: DispatcherInput): boolean {
  const info = workflowInfo();
  return info.historyLength > (input.historyBudget ?? DEFAULT_HISTORY_BUDGET) || info.continueAsNewSuggested;
}

/**
 * (Started by dispatcher runs before batch sending; kept registered for their running histories and replays.)
 * One delivery: send with exponential backoff; when the attempts run out (or the failure cannot be retried) it
 * goes to the dead-letter list, from which an admin may replay it.
 */
export async function deliveryWorkflow({ deliveryId, retry }: DeliveryInput): Promise<DeliveryOutcome> {
  const { sendDelivery } = proxyActivities<DeliveryActivities>({
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
