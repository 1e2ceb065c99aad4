import { proxyActivities } from '@temporalio/workflow';
import { scheduledAt, startEachOnce } from './schedule-fire';
import { type StarRatingActivities, type StarRatingTickResult, starRatingWorkflowId } from './star-rating.contracts';

const { prepareStarRatings } = proxyActivities<StarRatingActivities>({
  startToCloseTimeout: '1 minute',
  // A fire retries until Postgres answers: a year's ratings must not be lost to a short outage.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/**
 * One yearly fire of the rating Schedule (before 七一): starts the rating of the year before the fire's *nominal*
 * time for every region, each under its deterministic id `star-rating-<region>-<year>`. A region its lead unit has
 * already started, a second fire (trigger-now, a backfill) or a catch-up start nothing new.
 */
export async function starRatingTickWorkflow(): Promise<StarRatingTickResult> {
  const { year, inputs } = await prepareStarRatings(scheduledAt());
  const counts = await startEachOnce('starRatingWorkflow', inputs, (input) => ({
    workflowId: starRatingWorkflowId(input.regionId, input.year),
    staticSummary: `${input.year} 年度评星`,
  }));
  return { year, ...counts };
}
