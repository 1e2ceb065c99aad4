import { ApiPropertyOptional } from '@nestjs/swagger';
import { PAIRING_STRATEGIES } from '../../../../libs/programmes/src';
import { ListOf, Prop } from '../http/schema';

export class CadenceDto {
  @Prop.enum(['monthly', 'cron']) kind: 'monthly' | 'cron';
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 28, description: 'monthly' }) dayOfMonth?: number;
  @ApiPropertyOptional({ example: '09:00', description: 'monthly: local time HH:mm' }) time?: string;
  @ApiPropertyOptional({ example: '0 9 25 * *', description: "cron: Temporal's cron dialect" }) expression?: string;
}

export class PhaseOffsetDto {
  @Prop.int() days: number;
  @Prop.enum(['working', 'calendar']) dayKind: string;
  @ApiPropertyOptional({ example: '18:00', description: 'local time; absent = the cycle start’s time of day' })
  time?: string;
}

export class PhaseWindowsDto {
  @Prop.of(PhaseOffsetDto) selfCheckDue: PhaseOffsetDto;
  @Prop.of(PhaseOffsetDto) mutualInspectionDue: PhaseOffsetDto;
  @Prop.of(PhaseOffsetDto) meeting: PhaseOffsetDto;
  @Prop.of(PhaseOffsetDto) reportDue: PhaseOffsetDto;
}

export class CriterionDto {
  @Prop.string({ example: 'dangyuan' }) key: string;
  @Prop.string({ example: '党员作用发挥' }) name: string;
  @Prop.number() weight: number;
  @Prop.number() maxScore: number;
}

export class RubricDto {
  @Prop.of([CriterionDto], { description: '考核细则' }) criteria: CriterionDto[];
}

export class ProgrammeDto {
  @Prop.uuid() id: string;
  @Prop.uuid() regionId: string;
  @Prop.string() name: string;
  @Prop.uuids() participants: string[];
  @Prop.of(CadenceDto) cadence: CadenceDto;
  @Prop.of(PhaseWindowsDto) phaseWindows: PhaseWindowsDto;
  @Prop.of(RubricDto) rubric: RubricDto;
  @Prop.enum(PAIRING_STRATEGIES) pairingStrategy: (typeof PAIRING_STRATEGIES)[number];
  @Prop.int({ nullable: true, description: 'null = the newest policy when a cycle starts' })
  policyVersion: number | null;
  @Prop.int() repeatLookback: number;
  @Prop.string({ example: 'programme-<id>' }) scheduleId: string;
  @Prop.bool() paused: boolean;
  @Prop.uuid() createdBy: string;
  @Prop.time() createdAt: Date;
  @Prop.time() updatedAt: Date;
}

export class ScheduleActionDto {
  @Prop.time() scheduledAt: Date;
  @Prop.time() takenAt: Date;
  @Prop.string() workflowId: string;
}

/** The Temporal Schedule as the server describes it. */
export class ScheduleDto {
  @Prop.string() scheduleId: string;
  @Prop.bool() paused: boolean;
  @Prop.string({ nullable: true }) note: string | null;
  @Prop.string({ nullable: true, example: 'Asia/Shanghai' }) timeZone: string | null;
  @Prop.time({ isArray: true, description: 'the next fires, ISO 8601 (UTC)' }) nextActionTimes: Date[];
  @Prop.of([ScheduleActionDto]) recentActions: ScheduleActionDto[];
  @Prop.int() numActionsTaken: number;
  @Prop.string({ example: 'ALLOW_ALL' }) overlap: string;
  @Prop.int() catchupWindowMs: number;
}

export class ProgrammeDetailDto extends ProgrammeDto {
  @Prop.of(ScheduleDto, { nullable: true, description: 'null when Temporal has no Schedule for it' })
  schedule: ScheduleDto | null;
}

export class TriggerResultDto {
  @Prop.uuid() programmeId: string;
  @Prop.time() triggeredAt: Date;
  @Prop.string({ example: '2026-12' }) period: string;
  @Prop.uuid({ description: 'the cycle it starts (or the one the period has): GET /cycles/{id} once it is written' })
  cycleId: string;
  @Prop.string({ example: 'cycle-<programmeId>-2026-12' }) cycleWorkflowId: string;
}

/** What a new programme gets for each field it leaves out; participants default to every member of the region. */
export class ProgrammeDefaultsDto {
  @Prop.of(CadenceDto) cadence: CadenceDto;
  @Prop.of(PhaseWindowsDto) phaseWindows: PhaseWindowsDto;
  @Prop.of(RubricDto) rubric: RubricDto;
  @Prop.enum(PAIRING_STRATEGIES) pairingStrategy: (typeof PAIRING_STRATEGIES)[number];
  @Prop.int({ description: '屡查屡犯: earlier cycles searched for repeat findings' }) repeatLookback: number;
}

export const ProgrammeListDto = ListOf(ProgrammeDto);
