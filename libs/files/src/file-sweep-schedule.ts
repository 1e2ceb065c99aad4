import { Inject, Injectable, Logger } from '@nestjs/common';
import { ScheduleOverlapPolicy, type ScheduleOptions } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import { StartupSchedule, TemporalClient } from '../../temporal/src';

/** One sweep Schedule per task queue (a Schedule id is unique in the namespace, like a workflow id). */
export const fileSweepScheduleId = (taskQueue: string): string => `file-sweep-${taskQueue}`;

/** The orphan sweep's Temporal Schedule: hourly, never two runs at once; made sure of by the API at start. */
@Injectable()
export class FileSweepSchedule extends StartupSchedule {
  constructor(
    temporal: TemporalClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(temporal, new Logger('FileSweepSchedule'));
  }

  protected options(): ScheduleOptions {
    const queue = this.config.temporalTaskQueue;
    return {
      scheduleId: fileSweepScheduleId(queue),
      spec: { intervals: [{ every: '1 hour' }] },
      action: {
        type: 'startWorkflow',
        workflowType: 'fileSweepWorkflow',
        workflowId: `file-sweep-${queue}`,
        taskQueue: queue,
        args: [],
      },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 hour', pauseOnFailure: false },
    };
  }
}
