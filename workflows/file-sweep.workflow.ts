import { proxyActivities } from '@temporalio/workflow';
import type { FileSweepActivities, SweepResult } from './contracts';

const { sweepOrphanFiles } = proxyActivities<FileSweepActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

/** One run of the orphan sweep (started by the `file-sweep-<task queue>` Schedule): uploads nobody used in time. */
export async function fileSweepWorkflow(): Promise<SweepResult> {
  return sweepOrphanFiles();
}
