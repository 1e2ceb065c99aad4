import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { ITEM_STATUSES, type ItemStatus, SEVERITIES, type Severity } from '../../../../libs/domain/src';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const csv = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value);

export class CreateItemDto {
  @ApiProperty({ format: 'uuid', description: '责任单位' })
  @IsUUID()
  responsibleUnitId: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  responsiblePersonId?: string | null;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiProperty({ example: '党员示范岗标识不全' })
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiPropertyOptional({ example: '现场检查发现……' })
  @IsOptional()
  @IsString()
  @Length(0, 4000)
  description?: string;

  @ApiPropertyOptional({ example: '补齐标识并建立台账', description: '整改要求' })
  @IsOptional()
  @IsString()
  @Length(0, 4000)
  requirement?: string;

  @ApiProperty({ enum: SEVERITIES })
  @IsIn(SEVERITIES)
  severity: Severity;

  @ApiProperty({ example: '2026-12-31', description: '整改时限 (local date)' })
  @Matches(DATE, { message: 'deadline must be a date YYYY-MM-DD' })
  deadline: string;
}

export class LedgerQuery {
  @ApiPropertyOptional({ description: 'comma-separated', example: 'open,in_progress' })
  @IsOptional()
  @Transform(csv)
  @IsIn(ITEM_STATUSES, { each: true })
  status?: ItemStatus[];

  @ApiPropertyOptional({ description: 'comma-separated: green,yellow,red' })
  @IsOptional()
  @Transform(csv)
  @IsIn(['green', 'yellow', 'red'], { each: true })
  light?: ('green' | 'yellow' | 'red')[];

  @ApiPropertyOptional({ description: 'comma-separated: 0,1,2' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map(Number) : value))
  @IsIn([0, 1, 2], { each: true })
  escalationLevel?: number[];

  @ApiPropertyOptional({ format: 'uuid', description: 'a unit and its subtree' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ description: 'at least this many days past the deadline' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  minOverdueDays?: number;

  @ApiPropertyOptional({ description: 'text in title or description' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 50;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset: number = 0;
}

export class SubmitPlanDto {
  @ApiProperty({ example: '一周内补齐标识，两周内完成培训' })
  @IsString()
  @Length(1, 4000)
  plan: string;
}

export class ReportProgressDto {
  @ApiProperty()
  @IsString()
  @Length(1, 4000)
  progress: string;
}

export class SubmitEvidenceDto {
  @ApiProperty({ example: '已补齐全部标识，附照片' })
  @IsString()
  @Length(1, 4000)
  text: string;

  @ApiProperty({ type: [String], example: ['att://photos/2026-12-01-1.jpg'], description: 'attachment references' })
  @IsArray()
  @ArrayMinSize(1, { message: 'attachments needs at least one reference (问题不整改不放过)' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  attachments: string[];
}

export class VerifyDto {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision: 'approve' | 'reject';

  @ApiPropertyOptional({ description: 'required when rejecting (退回)' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reason?: string;
}

export class RequestExtensionDto {
  @ApiProperty({ example: '2027-01-31' })
  @Matches(DATE, { message: 'proposedDeadline must be a date YYYY-MM-DD' })
  proposedDeadline: string;

  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  reason: string;
}

export class DecideExtensionDto {
  @ApiProperty()
  @IsBoolean()
  approve: boolean;

  @ApiPropertyOptional({ description: 'required when refusing' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reason?: string;
}

export class ReassignDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  responsibleUnitId: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  responsiblePersonId?: string | null;

  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  reason: string;
}

export class CancelDto {
  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  reason: string;
}

export class DirectiveDto {
  @ApiProperty({ example: '请于本周内完成整改并报党委' })
  @IsString()
  @Length(1, 2000)
  text: string;
}
