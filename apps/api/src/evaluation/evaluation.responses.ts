import {
  INDICATOR_SOURCE_KINDS,
  RATING_PHASES,
  RECORD_STATUSES,
  RECTIFICATION_OUTCOMES,
} from '../../../../libs/domain/src';
import { FileDto } from '../files/files.dto';
import { ListOf, Prop } from '../http/schema';

/** One line of a score card: an indicator, the facts it counted, and its points after the cap. */
export class ScoreLineDto {
  @Prop.string({ example: 'closed_on_time' }) indicatorKey: string;
  @Prop.string({ example: '按期整改销号' }) name: string;
  @Prop.strings({ description: 'ids of the facts counted (cycles, items, findings, records)' }) refs: string[];
  @Prop.number({ description: 'before the cap' }) raw: number;
  @Prop.number() points: number;
  @Prop.bool() capped: boolean;
}

export class PeriodScoreDto {
  @Prop.uuid() unitId: string;
  @Prop.string({ example: '2026-03', description: "'YYYY-MM', 'YYYY-Qn' or 'YYYY'" }) period: string;
  @Prop.int({ description: 'the 考核细则 version that scored it (the latest, for a sum of months)' })
  indicatorSetVersion: number;
  @Prop.number() points: number;
  @Prop.of([ScoreLineDto]) lines: ScoreLineDto[];
}

export class AdjustmentDto {
  @Prop.uuid() unitId: string;
  @Prop.number() points: number;
  @Prop.string() reason: string;
}

export class QuarterReviewSummaryDto {
  @Prop.string({ description: '点评 in force (the newest)' }) comment: string;
  @Prop.string() reviewerName: string;
  @Prop.time() reviewedAt: Date;
  @Prop.int({ description: 'how many versions were written (older ones are kept)' }) versions: number;
}

export class QuarterScoreDto extends PeriodScoreDto {
  @Prop.of(QuarterReviewSummaryDto, { nullable: true, description: "一季一评议: the lead unit's 点评" })
  review: QuarterReviewSummaryDto | null;
}

export class TrendPointDto {
  @Prop.string({ example: '2026-03' }) month: string;
  @Prop.number({ nullable: true, description: 'null: a month no indicator set scores' }) points: number | null;
  @Prop.int({ nullable: true }) indicatorSetVersion: number | null;
}

export class CardRatingDto {
  @Prop.uuid() id: string;
  @Prop.enum(['computing', ...RATING_PHASES]) phase: string;
  @Prop.int({ description: 'recorded changes so far' }) revision: number;
  @Prop.number({ description: "the rating's points, after recorded changes" }) points: number;
  @Prop.int() rank: number;
  @Prop.int({ minimum: 1, maximum: 5 }) stars: number;
  @Prop.of([AdjustmentDto]) adjustments: AdjustmentDto[];
}

export class FactLabelDto {
  @Prop.uuid() id: string;
  @Prop.enum(['cycle', 'item', 'finding', 'record', 'obligation']) kind: string;
  @Prop.string({ example: '芜湖片区月度互检 2026-10', description: "what the fact is, in the ledgers' words" })
  label: string;
}

export class ScoreCardDto {
  @Prop.uuid() unitId: string;
  @Prop.string() unitName: string;
  @Prop.uuid() regionId: string;
  @Prop.string() regionName: string;
  @Prop.int() year: number;
  @Prop.string({ example: '2026-11', description: "the card is as of this month's end" }) month: string;
  @Prop.strings({ description: 'the months of the year scored, up to `month`' }) endedMonths: string[];
  @Prop.of(PeriodScoreDto, { nullable: true, description: '本月' }) thisMonth: PeriodScoreDto | null;
  @Prop.of(QuarterScoreDto, { nullable: true, description: '本季度, up to `month`' })
  thisQuarter: QuarterScoreDto | null;
  @Prop.of([PeriodScoreDto], { description: '一月一评价' }) months: PeriodScoreDto[];
  @Prop.of([QuarterScoreDto], { description: '一季一评议: the sums of the quarters, with 点评' })
  quarters: QuarterScoreDto[];
  @Prop.of(PeriodScoreDto, { description: 'the year up to `month`' }) total: PeriodScoreDto;
  @Prop.of([FactLabelDto], { description: "what each ref of the months' lines is, to check a line by" })
  facts: FactLabelDto[];
  @Prop.of([TrendPointDto], { description: 'the 12 months ending with `month`' }) trend: TrendPointDto[];
  @Prop.of(CardRatingDto, {
    nullable: true,
    description:
      "the year's star rating: for the unit once published (公示), for the lead unit and committee also before",
  })
  rating: CardRatingDto | null;
}

export class PointsRankDto {
  @Prop.number() points: number;
  @Prop.int({ description: 'places climbed (negative: fell), in a change' }) rank: number;
}

export class RankingRowDto {
  @Prop.uuid() unitId: string;
  @Prop.string() unitName: string;
  @Prop.number() points: number;
  @Prop.int({ description: 'equal points share a rank' }) rank: number;
  @Prop.int({ nullable: true, description: "a year's stars (provisional unless source is rating); null otherwise" })
  stars: number | null;
  @Prop.of(PointsRankDto, { nullable: true, description: 'the previous period' }) previous: PointsRankDto | null;
  @Prop.of(PointsRankDto, { nullable: true, description: 'points gained and places climbed since' })
  change: PointsRankDto | null;
}

export class RegionRankingDto {
  @Prop.uuid() regionId: string;
  @Prop.string() regionName: string;
  @Prop.string({ example: '2026-Q3', description: "'YYYY-MM', 'YYYY-Qn' or 'YYYY'" }) period: string;
  @Prop.strings({ description: 'its months that are over (counted)' }) months: string[];
  @Prop.string() previousPeriod: string;
  @Prop.enum(['live', 'rating'], {
    description: "live: counted from the facts now; rating: the year's published result",
  })
  source: string;
  @Prop.uuid({ nullable: true }) ratingId: string | null;
  @Prop.of([RankingRowDto]) units: RankingRowDto[];
}

export class StarCountsDto {
  @Prop.int() '1': number;
  @Prop.int() '2': number;
  @Prop.int() '3': number;
  @Prop.int() '4': number;
  @Prop.int() '5': number;
}

export class RegionComparisonRowDto {
  @Prop.uuid() regionId: string;
  @Prop.string() regionName: string;
  @Prop.int({ description: 'rated units' }) units: number;
  @Prop.number() averagePoints: number;
  @Prop.of(StarCountsDto, { description: "units per star, of the period's year" }) stars: StarCountsDto;
  @Prop.enum(['rating', 'provisional']) starsSource: string;
  @Prop.int({ description: "items still open past their deadline at the end of the period's last month" })
  overdueItems: number;
}

export class RegionComparisonDto {
  @Prop.string() period: string;
  @Prop.strings() months: string[];
  @Prop.of([RegionComparisonRowDto]) regions: RegionComparisonRowDto[];
}

export class QuarterReviewDto {
  @Prop.uuid() id: string;
  @Prop.uuid() unitId: string;
  @Prop.int() year: number;
  @Prop.int({ minimum: 1, maximum: 4 }) quarter: number;
  @Prop.string() comment: string;
  @Prop.uuid() reviewedBy: string;
  @Prop.string() reviewerName: string;
  @Prop.time() reviewedAt: Date;
}

export class MonthPointsDto {
  @Prop.string({ example: '2026-03' }) month: string;
  @Prop.number() points: number;
  @Prop.int() indicatorSetVersion: number;
}

export class RatedUnitDto {
  @Prop.uuid() unitId: string;
  @Prop.string() unitName: string;
  @Prop.of(PeriodScoreDto, { description: "the year's lines before adjustments" }) year: PeriodScoreDto;
  @Prop.of([MonthPointsDto]) months: MonthPointsDto[];
  @Prop.number({ description: 'after adjustments' }) points: number;
  @Prop.of([AdjustmentDto]) adjustments: AdjustmentDto[];
  @Prop.int({ description: 'equal points share a rank' }) rank: number;
  @Prop.int({ minimum: 1, maximum: 5 }) stars: number;
}

export class RatingResultsDto {
  @Prop.time() computedAt: string;
  @Prop.of([RatedUnitDto]) units: RatedUnitDto[];
}

export class ObjectionDto {
  @Prop.uuid() id: string;
  @Prop.uuid() unitId: string;
  @Prop.string() reason: string;
  @Prop.enum(['open', 'upheld', 'dismissed']) status: string;
  @Prop.time() lodgedAt: Date;
  @Prop.string({ nullable: true }) answer: string | null;
  @Prop.number({ nullable: true, description: 'points added (or taken) when upheld' }) correction: number | null;
  @Prop.time({ nullable: true }) answeredAt: Date | null;
  @Prop.of([FileDto], { description: 'the evidence lodged with it (photos, scans)' }) files: FileDto[];
}

export class RatingChangeDto {
  @Prop.int() seq: number;
  @Prop.enum(['adjustment', 'objection_upheld', 'revision']) kind: string;
  @Prop.uuid() unitId: string;
  @Prop.number() points: number;
  @Prop.string() reason: string;
  @Prop.uuid() actorPersonId: string;
  @Prop.time() at: Date;
}

export class RatingDto {
  @Prop.uuid() id: string;
  @Prop.uuid() regionId: string;
  @Prop.string() regionName: string;
  @Prop.int() year: number;
  @Prop.enum(['computing', ...RATING_PHASES]) phase: string;
  @Prop.time({ nullable: true, description: '公示 ends' }) noticeEndsAt: Date | null;
  @Prop.int({ description: 'recorded changes so far' }) revision: number;
  @Prop.time() startedAt: Date;
  @Prop.time({ nullable: true }) finalisedAt: Date | null;
  @Prop.of(RatingResultsDto, { nullable: true, description: 'for member units only from 公示 on' })
  results: RatingResultsDto | null;
}

export class RatingDetailDto extends RatingDto {
  @Prop.of([ObjectionDto], { description: 'a member unit sees its own' }) objections: ObjectionDto[];
  @Prop.of([RatingChangeDto]) changes: RatingChangeDto[];
}

export class EvaluationRecordDto {
  @Prop.uuid() id: string;
  @Prop.uuid() unitId: string;
  @Prop.string({ example: 'three_meetings_one_lesson' }) recordType: string;
  @Prop.date() occurredOn: string;
  @Prop.string() title: string;
  @Prop.string() note: string;
  @Prop.enum(RECORD_STATUSES) status: string;
  @Prop.string({ nullable: true, description: 'why it was refused' }) decisionReason: string | null;
  @Prop.time() recordedAt: Date;
  @Prop.time({ nullable: true }) decidedAt: Date | null;
  @Prop.of([FileDto], { description: 'the evidence sent with it (photos, scans)' }) files: FileDto[];
}

/** What an indicator counts and how many points: which fields apply depends on `kind`. */
export class IndicatorSourceDto {
  @Prop.enum(INDICATOR_SOURCE_KINDS) kind: string;
  @Prop.number({ required: false, description: 'cycle_score: the points of a rubric total of 100' })
  pointsAt100?: number;
  @Prop.enum(RECTIFICATION_OUTCOMES, { required: false, description: 'rectification: which items count' })
  outcome?: string;
  @Prop.string({ required: false, example: 'five_good', description: 'record: the 记实 type counted' })
  recordType?: string;
  @Prop.strings({
    required: false,
    description: 'obligation_record and missed_obligation: the 三会一课 types counted (all when absent)',
  })
  typeCodes?: string[];
  @Prop.number({ required: false, description: 'every kind but cycle_score: points per fact (negative: taken)' })
  pointsEach?: number;
  @Prop.number({ required: false, description: 'the most a line counts in a month, whatever its sign' })
  cap?: number;
}

export class IndicatorDto {
  @Prop.string({ example: 'closed_on_time' }) key: string;
  @Prop.string({ example: '按期整改销号' }) name: string;
  @Prop.of(IndicatorSourceDto) source: IndicatorSourceDto;
}

/** thresholds: `minPoints` per band; ranking: `share` of the units per band. */
export class RatingBandDto {
  @Prop.int({ minimum: 2, maximum: 5 }) stars: number;
  @Prop.number({ required: false }) minPoints?: number;
  @Prop.number({ required: false, description: 'between 0 and 1' }) share?: number;
}

export class StarRatingRuleDto {
  @Prop.enum(['thresholds', 'ranking']) method: string;
  @Prop.of([RatingBandDto], { description: 'most stars first; below the last band: one star' }) bands: RatingBandDto[];
}

export class IndicatorSetDto {
  @Prop.int() version: number;
  @Prop.string({ example: '2027-01' }) effectiveFrom: string;
  @Prop.of([IndicatorDto]) indicators: IndicatorDto[];
  @Prop.of(StarRatingRuleDto) rating: StarRatingRuleDto;
}

export const RatingListDto = ListOf(RatingDto);
export const QuarterReviewListDto = ListOf(QuarterReviewDto);
export const EvaluationRecordListDto = ListOf(EvaluationRecordDto);
export const IndicatorSetListDto = ListOf(IndicatorSetDto);
