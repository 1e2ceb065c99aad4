import { RATING_PHASES, RECORD_STATUSES } from '../../../../libs/domain/src';
import { ApiProperty } from '@nestjs/swagger';
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

export class ScoreCardDto {
  @Prop.uuid() unitId: string;
  @Prop.uuid() regionId: string;
  @Prop.int() year: number;
  @Prop.strings({ description: 'the months of the year that are over (scored)' }) endedMonths: string[];
  @Prop.of([PeriodScoreDto], { description: '一月一评价' }) months: PeriodScoreDto[];
  @Prop.of([PeriodScoreDto], { description: '一季一评议: the sums of the quarters' }) quarters: PeriodScoreDto[];
  @Prop.of(PeriodScoreDto, { description: 'the year so far' }) total: PeriodScoreDto;
}

export class AdjustmentDto {
  @Prop.uuid() unitId: string;
  @Prop.number() points: number;
  @Prop.string() reason: string;
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
}

export class IndicatorSetDto {
  @Prop.int() version: number;
  @Prop.string({ example: '2027-01' }) effectiveFrom: string;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'indicators: key, name, source (kind, points, cap)',
  })
  indicators: unknown[];
  @Prop.object({ description: 'thresholds or ranking bands' }) rating: unknown;
}

export const RatingListDto = ListOf(RatingDto);
export const EvaluationRecordListDto = ListOf(EvaluationRecordDto);
export const IndicatorSetListDto = ListOf(IndicatorSetDto);
