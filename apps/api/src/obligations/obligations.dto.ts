import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { OBLIGATION_STATUSES, type ObligationOutcome, type ObligationStatus } from '../../../../libs/domain/src';
import { DEFAULT_OBLIGATION_TYPES, type ObligationFilter } from '../../../../libs/obligations/src';
import { WithFilesDto } from '../files/files.dto';
import { Field } from '../http/dto-fields';

const csv = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value);
const DEFAULT_CODES = DEFAULT_OBLIGATION_TYPES.map((t) => t.code);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const OUTCOMES = ['on_time', 'late', 'missed', 'pending'] as const;

/** The editable fields of an obligation type; appliesTo, cadence, window and requires are checked field by field. */
export class ObligationTypeFieldsDto {
  @ApiProperty({ example: '支委会' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({
    description: "{ kind: 'unit_kinds', unitKinds: ['branch', …] } or { kind: 'units', unitIds: [...] }",
    example: { kind: 'unit_kinds', unitKinds: ['branch'] },
  })
  @IsObject()
  appliesTo: Record<string, unknown>;

  @ApiProperty({
    description: "{ kind: 'monthly' | 'quarterly' | 'half_yearly' | 'yearly' } or { kind: 'cron', expression }",
    example: { kind: 'monthly' },
  })
  @IsObject()
  cadence: Record<string, unknown>;

  @Field.optionalObject(
    "when the record is due: { kind: 'day_of_last_month', day: 1–31 } (default 31: the period's last day) or { kind: 'working_days', days }",
  )
  window?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'working days after the due date a late record is accepted (default 5)' })
  @IsOptional()
  @IsInt()
  closeAfterWorkingDays?: number;

  @Field.optionalObject('{ attendeesCount: bool, minutes: bool, minFiles: 0–10 } (default true, true, 1)')
  requires?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'the lead unit confirms each record (default true)' })
  @IsOptional()
  @IsBoolean()
  confirmation?: boolean;

  @Field.policyVersion("the items' policy version for reminders; null = newest")
  policyVersion?: number | null;
}

export class CreateObligationTypeDto extends ObligationTypeFieldsDto {
  @ApiProperty({ example: 'branch-committee', description: '1–64 letters, digits, _ or -; unique' })
  @IsString()
  @Length(1, 64)
  code: string;
}

export class UpdateObligationTypeDto extends PartialType(ObligationTypeFieldsDto) {}

/** Which of seed 000's types to install (each only if no type has its code yet). */
export class InstallDefaultsDto {
  @ApiProperty({ enum: DEFAULT_CODES, isArray: true, example: DEFAULT_CODES })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(DEFAULT_CODES, { each: true })
  codes: string[];
}

/** An obligation ledger view (总台账 / 分台账): filters shared by the page, the counts and the export. */
export class ObligationViewQuery implements ObligationFilter {
  @ApiPropertyOptional({ format: 'uuid', description: '片区' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'a unit and its subtree' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  typeId?: string;

  @ApiPropertyOptional({ example: '2027-Q1' })
  @IsOptional()
  @IsString()
  @Length(4, 10)
  period?: string;

  @ApiPropertyOptional({ description: 'comma-separated: open, recorded, sent_back, done, missed' })
  @IsOptional()
  @Transform(csv)
  @IsIn(OBLIGATION_STATUSES, { each: true })
  status?: ObligationStatus[];

  @ApiPropertyOptional({ description: 'comma-separated: on_time, late, missed, pending' })
  @IsOptional()
  @Transform(csv)
  @IsIn(OUTCOMES, { each: true })
  outcome?: ObligationOutcome[];

  @ApiPropertyOptional({ description: 'comma-separated: green,yellow,red (红黄绿灯)' })
  @IsOptional()
  @Transform(csv)
  @IsIn(['green', 'yellow', 'red'], { each: true })
  light?: ('green' | 'yellow' | 'red')[];

  @ApiPropertyOptional({ format: 'date', description: 'periods starting on or after' })
  @IsOptional()
  @Matches(DATE, { message: 'must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'periods starting on or before' })
  @IsOptional()
  @Matches(DATE, { message: 'must be a date YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ default: 100, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000)
  offset?: number;
}

/** 记实: the unit's record of what it held; which fields are required is the type's (the service names each). */
export class SubmitRecordDto extends WithFilesDto {
  @ApiPropertyOptional({ example: '3月支委会：学习传达公司党委会议精神' })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  title?: string;

  @ApiPropertyOptional({ format: 'date', description: 'the day it was held' })
  @IsOptional()
  @IsString()
  heldOn?: string;

  @ApiPropertyOptional({ description: '参会人数' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  attendeesCount?: number;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'people of the unit who attended (明细账)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  attendeeIds?: string[];

  @ApiPropertyOptional({ description: '会议记录' })
  @IsOptional()
  @IsString()
  @Length(0, 20_000)
  minutes?: string;
}

export class RecordDecisionDto {
  @ApiProperty({ enum: ['confirm', 'send_back'] })
  @IsIn(['confirm', 'send_back'])
  decision: 'confirm' | 'send_back';

  @ApiPropertyOptional({ description: '退回 needs a reason' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  reason?: string;
}

export class RecordSharingDto {
  @ApiProperty({ description: 'false keeps the record off the region feed (晒)' })
  @IsBoolean()
  shared: boolean;

  @ApiPropertyOptional({ description: 'why not shared (required with shared: false)' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  reason?: string;
}

export class AttendanceQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'default: you' })
  @IsOptional()
  @IsUUID()
  personId?: string;
}

export class FeedQuery {
  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
