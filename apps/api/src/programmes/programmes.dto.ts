import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { PAIRING_STRATEGIES } from '../../../../libs/programmes/src';
import { Field } from '../http/dto-fields';

/** The editable fields of a programme; cadence, windows and rubric are checked field by field by the service. */
export class ProgrammeFieldsDto {
  @ApiProperty({ example: '芜湖片区月度互检' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({ type: [String], description: 'member units taking part; default every member of the region' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  participants?: string[];

  @Field.optionalObject(
    "{ kind: 'monthly', dayOfMonth: 1–28, time: 'HH:mm' } or { kind: 'cron', expression }; org time zone",
    { kind: 'monthly', dayOfMonth: 25, time: '09:00' },
  )
  cadence?: Record<string, unknown>;

  @Field.optionalObject('selfCheckDue, mutualInspectionDue, meeting, reportDue: { days, dayKind, time? }')
  phaseWindows?: Record<string, unknown>;

  @Field.optionalObject('考核细则: { criteria: [{ key, name, weight, maxScore }] }; default seed 000')
  rubric?: Record<string, unknown>;

  @ApiPropertyOptional({ enum: PAIRING_STRATEGIES, default: 'rotation' })
  @IsOptional()
  @IsIn(PAIRING_STRATEGIES)
  pairingStrategy?: string;

  @Field.policyVersion('item policy version; null or absent = the newest at each cycle')
  policyVersion?: number | null;

  @ApiPropertyOptional({ default: 3, description: '屡查屡犯: earlier cycles searched for repeat findings' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24)
  repeatLookback?: number;
}

export class CreateProgrammeDto extends ProgrammeFieldsDto {
  @ApiProperty({ format: 'uuid', description: '片区' })
  @IsUUID()
  regionId: string;
}

export class UpdateProgrammeDto extends PartialType(ProgrammeFieldsDto) {}

export class ProgrammeListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  regionId?: string;
}
