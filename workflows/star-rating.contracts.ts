/**
 * Names, payloads and the activity port of the annual star rating (一年一评比). The port is defined here, beside the
 * workflow, and `libs/evaluation` implements it: the dependency runs from the lib to the workflow, not back.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  Alert,
  CalendarOverride,
  ItemPolicy,
  LocalDate,
  RatingAudience,
  RatingNoticeKind,
  RatingPhase,
  RatingSide,
  RatingStep,
  RatingStepDays,
} from '../libs/domain/src';

export const starRatingWorkflowId = (regionId: string, year: number): string => `star-rating-${regionId}-${year}`;

/** The one Schedule that starts every region's rating each year, per task queue (like the file sweep's). */
export const starRatingScheduleId = (taskQueue: string): string => `star-rating-schedule-${taskQueue}`;

export interface StarRatingInput {
  ratingId: string;
  regionId: string;
  year: number;
  timeZone: string;
  calendarOverrides: CalendarOverride[];
  /** 公示 length in working days (default 5). */
  noticeWorkingDays: number;
  /** The items' reminder / 催办 / 督办 policy for the human steps, resolved at the start (the newest version). */
  policy: ItemPolicy;
  /** Working days each human step has before it is overdue. */
  stepWorkingDays: RatingStepDays;
}

/** One message the rating asks for; the activity finds the recipients and the catalogue words it. */
export interface StarRatingNotice {
  kind: RatingNoticeKind;
  audience: RatingAudience;
  /** The step a message opens or an alert is about, with its due date. */
  step?: { kind: RatingStep; due: LocalDate };
  objectionId?: string;
  alert?: Alert;
}

/** Who acts and as which side; the API decides the side from the caller's roles and the region. */
export interface RatingActor {
  personId: string;
  unitId: string;
  side: RatingSide;
}

/** 'computing' until the first computation is stored. */
export type StarRatingPhase = RatingPhase | 'computing';

export interface StarRatingView {
  ratingId: string;
  phase: StarRatingPhase;
  noticeEndsAt: string | null;
  openObjections: string[];
}

export const starRatingUpdates = {
  /** The lead unit changes a unit's points before 公示, with a reason. */
  adjust: defineUpdate<StarRatingView, [RatingActor, { unitId: string; points: number; reason: string }]>('adjust'),
  /** The lead unit publishes the result: 公示 starts. */
  publish: defineUpdate<StarRatingView, [RatingActor]>('publish'),
  /** A rated unit objects (异议) during 公示, with its evidence (file ids the API checked the unit may use). */
  object: defineUpdate<StarRatingView & { objectionId: string }, [RatingActor, { reason: string; files?: string[] }]>(
    'object',
  ),
  /** The lead unit answers an objection: upheld (with the correction in points) or dismissed, with a reason. */
  answer: defineUpdate<
    StarRatingView,
    [RatingActor, { objectionId: string; upheld: boolean; answer: string; correction?: number }]
  >('answer'),
  /** The committee approves: final, reported up (上报) and published. */
  approve: defineUpdate<StarRatingView, [RatingActor]>('approve'),
} as const;

export const starRatingQuery = defineQuery<StarRatingView>('starRating');

/** What the workflow asks of the world; every call is idempotent (keyed by the rating, a sequence or an id). */
export interface StarRatingActivities {
  /**
   * The year a Schedule fire rates (the one before the fire's local year) and the inputs of the ratings it starts:
   * one per region whose rating of that year is not under way yet.
   */
  prepareStarRatings(scheduledAt: number): Promise<{ year: number; inputs: StarRatingInput[] }>;
  computeStarRating(input: StarRatingInput, at: number): Promise<{ units: number }>;
  recordRatingEvent(e: {
    ratingId: string;
    seq: number;
    kind: 'adjustment' | 'objection_upheld';
    unitId: string;
    points: number;
    reason: string;
    personId: string;
    at: number;
  }): Promise<void>;
  recordObjection(o: {
    ratingId: string;
    objectionId: string;
    unitId: string;
    reason: string;
    /** Absent in histories recorded before objections carried files. */
    files?: string[];
    personId: string;
    at: number;
  }): Promise<void>;
  recordAnswer(a: {
    objectionId: string;
    upheld: boolean;
    answer: string;
    correction: number | null;
    personId: string;
    at: number;
  }): Promise<void>;
  /** Writes the notices of one event (`key`: stable per rating, e.g. `published`, an alert's key) to the outbox. */
  notifyStarRating(n: { input: StarRatingInput; key: string; notices: StarRatingNotice[]; at: number }): Promise<void>;
  projectStarRating(p: {
    ratingId: string;
    phase: StarRatingPhase;
    noticeEndsAt: string | null;
    at: number;
  }): Promise<void>;
}

/** What one fire of the rating Schedule did. */
export interface StarRatingTickResult {
  year: number;
  started: number;
  alreadyStarted: number;
}
