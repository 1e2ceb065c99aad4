import { ApiProperty, ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
} from 'class-validator';
import { SEVERITIES, type Severity } from '../../../../libs/domain/src';
import { MAX_FILES_PER_STATEMENT, WithFilesDto } from '../files/files.dto';
import { PageQuery } from '../http/page-query';
import { LedgerViewQuery } from '../ledger/ledger.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

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

/** GET /items: the ledger's filters, paged by offset. */
export class LedgerQuery extends IntersectionType(
  PickType(LedgerViewQuery, ['status', 'light', 'escalationLevel', 'unitId', 'minOverdueDays', 'q'] as const),
  PageQuery,
) {}

export class SubmitPlanDto extends WithFilesDto {
  @ApiProperty({ example: '一周内补齐标识，两周内完成培训' })
  @IsString()
  @Length(1, 4000)
  plan: string;
}

export class ReportProgressDto extends WithFilesDto {
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

  @ApiProperty({ type: [String], format: 'uuid', description: '佐证材料: file ids from POST /files, at least one' })
  @IsArray()
  @ArrayMinSize(1, { message: 'files needs at least one uploaded file (问题不整改不放过)' })
  @ArrayMaxSize(MAX_FILES_PER_STATEMENT)
  @IsUUID('all', { each: true, message: 'files must hold file ids (UUIDs) from POST /files' })
  files: string[];

  @ApiPropertyOptional({ type: [String], description: 'free-text references (older clients); files are the evidence' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  attachments?: string[];
}

export class VerifyDto extends WithFilesDto {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision: 'approve' | 'reject';

  @ApiPropertyOptional({ description: 'required when rejecting (退回)' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reason?: string;
}

export class RequestExtensionDto extends WithFilesDto {
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

export class DirectiveDto extends WithFilesDto {
  @ApiProperty({ example: '请于本周内完成整改并报党委' })
  @IsString()
  @Length(1, 2000)
  text: string;
}
