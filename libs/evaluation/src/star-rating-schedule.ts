import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ScheduleOptions } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import { SCHEDULE_POLICIES } from '../../programmes/src/programme-schedule';
import { StartupSchedule, TemporalClient } from '../../temporal/src';
import { starRatingScheduleId } from '../../../workflows/star-rating.contracts';

const MONTHS = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE'] as const;

/**
 * The yearly Schedule of the annual star rating (一年一评比): on STAR_RATING_STARTS_ON (default 06-01) at 08:00 local,
 * before 七一, one fire starts every region's rating of the year before under its deterministic id. The programmes'
 * policies: a fire missed while Temporal was down is caught up (stamped with its nominal time, so the year is right).
 */
export function starRatingScheduleOptions(
  config: Pick<AppConfig, 'orgTimeZone' | 'temporalTaskQueue' | 'starRatingStartsOn'>,
): ScheduleOptions {
  const { month, day } = config.starRatingStartsOn;
  return {
    scheduleId: starRatingScheduleId(config.temporalTaskQueue),
    spec: {
      calendars: [{ month: MONTHS[month - 1], dayOfMonth: day, hour: 8, minute: 0, comment: '一年一评比 before 七一' }],
      timezone: config.orgTimeZone,
    },
    action: {
      type: 'startWorkflow',
      workflowType: 'starRatingTickWorkflow',
      // Temporal appends each fire's nominal time to this id.
      workflowId: `star-rating-tick-${config.temporalTaskQueue}`,
      taskQueue: config.temporalTaskQueue,
      args: [],
    },
    policies: SCHEDULE_POLICIES,
  };
}

/** Made sure of by the API at start, like the file sweep's: created, or brought to the configured date. */
@Injectable()
export class StarRatingSchedule extends StartupSchedule {
  constructor(
    temporal: TemporalClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(temporal, new Logger('StarRatingSchedule'));
  }

  protected options(): ScheduleOptions {
    return starRatingScheduleOptions(this.config);
  }
}
