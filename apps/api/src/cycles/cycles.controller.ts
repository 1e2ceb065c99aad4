import { Body, Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { SEVERITIES, type Severity } from '../../../../libs/domain/src';
import { Allow, type Caller, CurrentCaller } from '../../../../libs/identity/src';
import { CyclesService } from '../../../../libs/inspections/src';
import { WithFilesDto } from '../files/files.dto';
import { ActionRoute } from '../http/action-route';
import { Field } from '../http/dto-fields';
import { IdempotencyKey, IdParam } from '../http/params';
import { type List, listOf } from '../http/schema';
import { CycleDetailDto, CycleDto, CycleListDto, CycleReportDto, CycleStateDto } from './cycles.responses';

export class FindingDto extends WithFilesDto {
  @ApiProperty({ example: 'dangyuan' })
  @IsString()
  @Length(1, 64)
  criterionKey: string;

  @ApiProperty({ example: '党员示范岗标识不全' })
  @IsString()
  @Length(1, 2000)
  description: string;

  @ApiProperty({ enum: SEVERITIES })
  @IsIn(SEVERITIES)
  severity: Severity;

  @ApiProperty({ example: 2, description: '扣分' })
  @IsNumber()
  @Min(0)
  @Max(1000)
  deduction: number;

  @ApiProperty({ example: '补齐标识', description: '整改要求' })
  @IsString()
  @Length(1, 2000)
  requirement: string;

  @Field.localDate('2026-12-31', '整改时限')
  deadline: string;
}

export class SubmissionDto extends WithFilesDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'the unit you act for, when you act for several' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiProperty({ example: { dangyuan: 90 }, description: 'marks per rubric criterion (评判打分)' })
  @IsObject()
  scores: Record<string, number>;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 4000)
  comments?: string;

  @ApiProperty({ type: [FindingDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FindingDto)
  findings: FindingDto[];
}

export class InspectionDto extends SubmissionDto {
  @ApiProperty({ format: 'uuid', description: 'the unit your unit inspects this cycle' })
  @IsUUID()
  inspecteeUnitId: string;
}

export class AttendanceDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  unitId: string;

  @ApiProperty()
  @IsBoolean()
  present: boolean;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  attendees: string[];
}

export class MeetingDto extends WithFilesDto {
  @ApiProperty({ description: '例会纪要' })
  @IsString()
  @Length(1, 20000)
  minutes: string;

  @ApiProperty({ type: [AttendanceDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AttendanceDto)
  attendance: AttendanceDto[];
}

export class CyclesQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;
}

/** 互检 cycles: read them, submit self-checks and inspections, record the meeting, read the report. */
@ApiTags('cycles')
@ApiBearerAuth()
@Allow('cycles:read')
@Controller('cycles')
export class CyclesController {
  constructor(private readonly cycles: CyclesService) {}

  @Get()
  @ApiOkResponse({ type: CycleListDto })
  async list(@CurrentCaller() caller: Caller, @Query() query: CyclesQuery): Promise<List<CycleDto>> {
    return listOf(await this.cycles.list(caller, query.programmeId));
  }

  @Get(':id')
  @ApiOkResponse({ type: CycleDetailDto })
  get(@CurrentCaller() caller: Caller, @IdParam() id: string): Promise<CycleDetailDto> {
    return this.cycles.get(caller, id) as Promise<CycleDetailDto>;
  }

  @Get(':id/report')
  @ApiOperation({ summary: 'Scores, ranking, findings and 对账 (上报/通报)' })
  @ApiOkResponse({ type: CycleReportDto })
  report(@CurrentCaller() caller: Caller, @IdParam() id: string): Promise<CycleReportDto> {
    return this.cycles.report(caller, id) as Promise<CycleReportDto>;
  }

  @ActionRoute(
    ':id/self-check',
    'cycles:submit',
    CycleStateDto,
    '自检: your unit scores itself and files its own findings',
  )
  selfCheck(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @Body() body: SubmissionDto,
    @IdempotencyKey() key?: string,
  ): Promise<CycleStateDto> {
    const { unitId, ...submission } = body;
    const comments = submission.comments ?? '';
    return this.cycles.submit(caller, id, unitId, { kind: 'self_check', body: { ...submission, comments } }, key);
  }

  @ActionRoute(
    ':id/inspections',
    'cycles:submit',
    CycleStateDto,
    '互检: your unit scores its assigned peer; each finding becomes a rectification item',
  )
  inspect(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @Body() body: InspectionDto,
    @IdempotencyKey() key?: string,
  ): Promise<CycleStateDto> {
    const { unitId, ...submission } = body;
    const comments = submission.comments ?? '';
    const inspection = { ...submission, comments };
    return this.cycles.submit(caller, id, unitId, { kind: 'mutual_inspection', body: inspection }, key);
  }

  @ActionRoute(':id/meeting', 'cycles:meeting', CycleStateDto, '例会: minutes and attendance (lead unit)')
  meeting(@CurrentCaller() caller: Caller, @IdParam() id: string, @Body() body: MeetingDto): Promise<CycleStateDto> {
    return this.cycles.recordMeeting(caller, id, body);
  }
}
