import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import type { Response } from 'express';
import {
  IsBoolean,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import type { IndicatorSet } from '../../../../libs/domain/src';
import {
  EvaluationExportService,
  EvaluationService,
  type EvaluationWorkbook,
  EvaluationViewsService,
} from '../../../../libs/evaluation/src';
import { Allow, type Caller, CurrentCaller } from '../../../../libs/identity/src';
import { WithFilesDto } from '../files/files.dto';
import { ActionRoute } from '../http/action-route';
import { Field } from '../http/dto-fields';
import { IdempotencyKey, IdParam, uuidParam } from '../http/params';
import { type List, listOf } from '../http/schema';
import { ApiXlsx, sendXlsx } from '../http/xlsx';
import {
  EvaluationRecordDto,
  EvaluationRecordListDto,
  type QuarterReviewDto,
  IndicatorSetDto,
  IndicatorDto,
  IndicatorSetListDto,
  RatingDetailDto,
  RatingDto,
  QuarterReviewListDto,
  RatingListDto,
  RegionComparisonDto,
  RegionRankingDto,
  ScoreCardDto,
  StarRatingRuleDto,
} from './evaluation.responses';

export class IndicatorSetInputDto {
  @ApiProperty({ example: '2027-01', description: 'the first month it scores: a month still to come' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'effectiveFrom must be a month YYYY-MM' })
  effectiveFrom: string;

  // Checked as a whole by the domain's validateIndicatorSet, which names every bad field at once.
  @ApiProperty({ type: [IndicatorDto] })
  @IsObject({ each: true })
  indicators: IndicatorSet['indicators'];

  @ApiProperty({ type: StarRatingRuleDto, description: 'thresholds or ranking bands' })
  @IsObject()
  rating: IndicatorSet['rating'];
}

export class RecordInputDto extends WithFilesDto {
  @ApiProperty({ format: 'uuid', description: 'the unit that did it' }) @IsUUID() unitId: string;
  @ApiProperty({ example: 'three_meetings_one_lesson' })
  @Matches(/^[a-z][a-z0-9_]{0,63}$/, { message: 'recordType must be a lower-case identifier' })
  recordType: string;
  @Field.localDate('2026-11-20', 'the day it happened')
  occurredOn: string;
  @ApiProperty({ example: '11月支委会' }) @IsString() @Length(1, 200) title: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 4000) note?: string;
}

export class RecordDecisionDto {
  @ApiProperty({ description: 'true: confirmed (counts); false: refused (a reason is required)' })
  @IsBoolean()
  confirm: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 2000) reason?: string;
}

export class RecordsQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;
}

export class ScoreCardQuery {
  @ApiProperty({ example: 2026 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2999) year: number;
  @ApiPropertyOptional({
    example: 11,
    description: "the card as of this month's end (default: the latest that is over)",
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number;
}

/** A period of the views: the year, or one month or one quarter of it. */
export class PeriodQueryDto {
  @ApiProperty({ example: 2026 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2999) year: number;
  @ApiPropertyOptional({ example: 11, description: 'a month of the year (not with quarter)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number;
  @ApiPropertyOptional({ example: 4, description: 'a quarter of the year (一季一评议; not with month)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4)
  quarter?: number;
}

export class QuarterReviewsQuery {
  @ApiProperty({ example: 2026 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2999) year: number;
}

export class QuarterReviewInputDto {
  @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2999) year: number;
  @ApiProperty({ example: 3, description: 'a quarter that is over' }) @IsInt() @Min(1) @Max(4) quarter: number;
  @ApiProperty({ description: '点评: what the unit did well, and what it must improve' })
  @IsString()
  @Length(1, 4000)
  comment: string;
}

export class RatingStartDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() regionId: string;
  @ApiProperty({ example: 2026, description: 'a year that is over' }) @IsInt() @Min(2000) @Max(2999) year: number;
  @ApiPropertyOptional({ example: 5, description: '公示 length in working days' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  noticeWorkingDays?: number;
}

export class RatingsQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() regionId?: string;
}

export class AdjustDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() unitId: string;
  @ApiProperty({ example: 3, description: 'points added (negative: taken)' })
  @IsNumber()
  @Min(-1000)
  @Max(1000)
  points: number;
  @ApiProperty() @IsString() @Length(1, 2000) reason: string;
}

/** 异议: the reason, and the files that back it (photos, scans), as a 记实 record carries them. */
export class ObjectionInputDto extends WithFilesDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'the unit you object for, when you act for several' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
  @ApiProperty({ description: '异议: what is wrong and why' }) @IsString() @Length(1, 2000) reason: string;
}

export class AnswerDto {
  @ApiProperty({ description: 'upheld (the correction applies) or dismissed' }) @IsBoolean() upheld: boolean;
  @ApiProperty({ description: 'the answer the unit reads' }) @IsString() @Length(1, 2000) answer: string;
  @ApiPropertyOptional({ example: 2, description: 'points the upheld objection corrects' })
  @IsOptional()
  @IsNumber()
  @Min(-1000)
  @Max(1000)
  correction?: number;
}

/** 积分评星: indicator sets, 记实 records, score cards and the annual star rating with 公示 and objections. */
@ApiTags('evaluation')
@ApiBearerAuth()
@Allow('evaluation:read')
@Controller()
export class EvaluationController {
  constructor(
    private readonly evaluation: EvaluationService,
    private readonly views: EvaluationViewsService,
    private readonly exports: EvaluationExportService,
  ) {}

  @Get('indicator-sets')
  @ApiOkResponse({ type: IndicatorSetListDto })
  async indicatorSets(): Promise<List<IndicatorSet>> {
    return listOf(await this.evaluation.listIndicatorSets());
  }

  @Post('indicator-sets')
  @Allow('evaluation:indicators')
  @ApiCreatedResponse({ type: IndicatorSetDto })
  @ApiOperation({ summary: 'A new 考核细则 version, applying from a month still to come' })
  addIndicatorSet(@CurrentCaller() caller: Caller, @Body() body: IndicatorSetInputDto): Promise<IndicatorSet> {
    return this.evaluation.addIndicatorSet(caller, body);
  }

  @Get('evaluation-records')
  @ApiOkResponse({ type: EvaluationRecordListDto })
  async records(@CurrentCaller() caller: Caller, @Query() query: RecordsQuery): Promise<List<EvaluationRecordDto>> {
    return listOf(await this.evaluation.listRecords(caller, query.unitId));
  }

  @Post('evaluation-records')
  @Allow('evaluation:record')
  @ApiCreatedResponse({ type: EvaluationRecordDto })
  @ApiOperation({ summary: '记实: your unit records that something happened; it counts once the lead unit confirms' })
  addRecord(@CurrentCaller() caller: Caller, @Body() body: RecordInputDto): Promise<EvaluationRecordDto> {
    return this.evaluation.addRecord(caller, body);
  }

  @ActionRoute(
    'evaluation-records/:id/decision',
    'evaluation:manage',
    EvaluationRecordDto,
    'The lead unit confirms a record or refuses it with a reason',
  )
  decideRecord(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @Body() body: RecordDecisionDto,
  ): Promise<EvaluationRecordDto> {
    return this.evaluation.decideRecord(caller, id, body);
  }

  @Get('units/:id/score-card')
  @ApiOkResponse({ type: ScoreCardDto })
  @ApiOperation({
    summary: "A unit's score card: this month, quarter and year line by line, 点评, the 12-month trend (一月一评价)",
  })
  scoreCard(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @Query() query: ScoreCardQuery,
  ): Promise<ScoreCardDto> {
    return this.views.scoreCard(caller, id, query.year, query.month) as Promise<ScoreCardDto>;
  }

  @Get('units/:id/score-card/export')
  @ApiXlsx()
  @ApiOperation({ summary: 'The score card as .xlsx (概要, 积分明细, 近12个月, 季度点评)' })
  async scoreCardExport(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @Query() query: ScoreCardQuery,
    @Res() res: Response,
  ): Promise<void> {
    await download(res, 'score-card.xlsx', await this.exports.scoreCard(caller, id, query.year, query.month));
  }

  @Get('units/:id/quarter-reviews')
  @ApiOkResponse({ type: QuarterReviewListDto })
  @ApiOperation({ summary: "Every 点评 of a unit's quarters of a year, newest first within a quarter" })
  async quarterReviews(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @Query() query: QuarterReviewsQuery,
  ): Promise<List<QuarterReviewDto>> {
    return listOf(await this.evaluation.quarterReviews(caller, id, query.year));
  }

  @Post('units/:id/quarter-reviews')
  @Allow('evaluation:manage')
  @ApiCreatedResponse({ type: QuarterReviewListDto })
  @ApiOperation({ summary: "一季一评议: the lead unit's comment (点评) on a unit's quarter; a rewrite keeps the old" })
  async reviewQuarter(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @Body() body: QuarterReviewInputDto,
  ): Promise<List<QuarterReviewDto>> {
    return listOf(await this.evaluation.reviewQuarter(caller, id, body));
  }

  @Get('regions/:regionId/ranking')
  @ApiOkResponse({ type: RegionRankingDto })
  @ApiOperation({ summary: "The region's ranking of a month, quarter or year, with the change against the one before" })
  ranking(
    @CurrentCaller() caller: Caller,
    @Param('regionId', uuidParam('regionId')) regionId: string,
    @Query() query: PeriodQueryDto,
  ): Promise<RegionRankingDto> {
    return this.views.ranking(caller, regionId, query);
  }

  @Get('regions/:regionId/ranking/export')
  @ApiXlsx()
  @ApiOperation({ summary: "The region's ranking as .xlsx" })
  async rankingExport(
    @CurrentCaller() caller: Caller,
    @Param('regionId', uuidParam('regionId')) regionId: string,
    @Query() query: PeriodQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await download(res, 'ranking.xlsx', await this.exports.ranking(caller, regionId, query));
  }

  @Get('evaluation/comparison')
  @Allow('evaluation:compare')
  @ApiOkResponse({ type: RegionComparisonDto })
  @ApiOperation({ summary: "The committee's comparison across regions: units, average points, stars, overdue items" })
  comparison(@CurrentCaller() caller: Caller, @Query() query: PeriodQueryDto): Promise<RegionComparisonDto> {
    return this.views.comparison(caller, query);
  }

  @Get('evaluation/comparison/export')
  @Allow('evaluation:compare')
  @ApiXlsx()
  @ApiOperation({ summary: "The comparison as .xlsx: 汇总, then each region's ranking" })
  async comparisonExport(
    @CurrentCaller() caller: Caller,
    @Query() query: PeriodQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await download(res, 'comparison.xlsx', await this.exports.comparison(caller, query));
  }

  @Get('ratings')
  @ApiOkResponse({ type: RatingListDto })
  async ratings(@CurrentCaller() caller: Caller, @Query() query: RatingsQuery): Promise<List<RatingDto>> {
    return listOf((await this.evaluation.listRatings(caller, query.regionId)) as RatingDto[]);
  }

  @Post('ratings')
  @Allow('evaluation:manage')
  @ApiCreatedResponse({ type: RatingDetailDto })
  @ApiOperation({ summary: "一年一评比: the lead unit starts its region's rating of a year" })
  start(@CurrentCaller() caller: Caller, @Body() body: RatingStartDto): Promise<RatingDetailDto> {
    return this.evaluation.startRating(caller, body) as Promise<RatingDetailDto>;
  }

  @Get('ratings/:id')
  @ApiOkResponse({ type: RatingDetailDto })
  rating(@CurrentCaller() caller: Caller, @IdParam() id: string): Promise<RatingDetailDto> {
    return this.evaluation.rating(caller, id) as Promise<RatingDetailDto>;
  }

  @ActionRoute(
    'ratings/:id/adjustments',
    'evaluation:manage',
    RatingDetailDto,
    "The lead unit changes a unit's points before 公示, with a reason",
  )
  adjust(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @Body() body: AdjustDto,
    @IdempotencyKey() key?: string,
  ): Promise<RatingDetailDto> {
    return this.evaluation.act(caller, id, 'adjust', { ...body }, key) as Promise<RatingDetailDto>;
  }

  @ActionRoute(
    'ratings/:id/publish',
    'evaluation:manage',
    RatingDetailDto,
    '公示: publish to every unit of the region for the notice period',
  )
  publish(@CurrentCaller() caller: Caller, @IdParam() id: string): Promise<RatingDetailDto> {
    return this.evaluation.act(caller, id, 'publish', {}) as Promise<RatingDetailDto>;
  }

  @ActionRoute('ratings/:id/objections', 'evaluation:record', RatingDetailDto, '异议: a rated unit objects during 公示')
  object(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @Body() body: ObjectionInputDto,
    @IdempotencyKey() key?: string,
  ): Promise<RatingDetailDto> {
    return this.evaluation.act(caller, id, 'object', { ...body }, key) as Promise<RatingDetailDto>;
  }

  @ActionRoute(
    'ratings/:id/objections/:objectionId/answer',
    'evaluation:manage',
    RatingDetailDto,
    'The lead unit answers an objection: upheld (with a correction) or dismissed',
  )
  answer(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @Param('objectionId', uuidParam('objectionId')) objectionId: string,
    @Body() body: AnswerDto,
  ): Promise<RatingDetailDto> {
    return this.evaluation.act(caller, id, 'answer', { ...body, objectionId }) as Promise<RatingDetailDto>;
  }

  @ActionRoute(
    'ratings/:id/approve',
    'evaluation:approve',
    RatingDetailDto,
    'The committee approves: final, reported up (上报) and published',
  )
  approve(@CurrentCaller() caller: Caller, @IdParam() id: string): Promise<RatingDetailDto> {
    return this.evaluation.act(caller, id, 'approve', {}) as Promise<RatingDetailDto>;
  }

  @ActionRoute(
    'ratings/:id/revisions',
    'evaluation:manage',
    RatingDetailDto,
    'A correction after final (更正): a new recorded revision with its reason',
  )
  revise(@CurrentCaller() caller: Caller, @IdParam() id: string, @Body() body: AdjustDto): Promise<RatingDetailDto> {
    return this.evaluation.revise(caller, id, body) as Promise<RatingDetailDto>;
  }
}

function download(res: Response, asciiName: string, workbook: EvaluationWorkbook): Promise<void> {
  return sendXlsx(res, { asciiName, fileName: workbook.fileName }, (out) => workbook.write(out));
}
