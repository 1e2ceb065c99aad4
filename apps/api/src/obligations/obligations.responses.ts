import { ApiPropertyOptional } from '@nestjs/swagger';
import { OBLIGATION_STATUSES } from '../../../../libs/domain/src';
import { UNIT_KINDS } from '../../../../libs/persistence/src/entities/unit.entity';
import { FileDto } from '../files/files.dto';
import { ListOf, Prop } from '../http/schema';

const OUTCOMES = ['on_time', 'late', 'missed', 'pending'];
const LIGHTS = ['green', 'yellow', 'red'];
const ACTIONS = ['submit', 'confirm', 'send_back'];

export class AppliesToDto {
  @Prop.enum(['unit_kinds', 'units']) kind: string;
  @ApiPropertyOptional({ enum: UNIT_KINDS, isArray: true }) unitKinds?: string[];
  @ApiPropertyOptional({ type: 'array', items: { type: 'string', format: 'uuid' } }) unitIds?: string[];
}

export class ObligationCadenceDto {
  @Prop.enum(['monthly', 'quarterly', 'half_yearly', 'yearly', 'cron']) kind: string;
  @ApiPropertyOptional({ example: '0 9 * * MON', description: "cron: Temporal's cron dialect" }) expression?: string;
}

export class ObligationWindowDto {
  @Prop.enum(['day_of_last_month', 'working_days']) kind: string;
  @ApiPropertyOptional({ type: 'integer', description: "day_of_last_month: by this day of the period's last month" })
  day?: number;
  @ApiPropertyOptional({ type: 'integer', description: 'working_days: within this many working days of the opening' })
  days?: number;
}

export class RecordRequirementsDto {
  @Prop.bool() attendeesCount: boolean;
  @Prop.bool() minutes: boolean;
  @Prop.int() minFiles: number;
}

/** The fields every version of a type has. */
export class ObligationTypeDefinitionDto {
  @Prop.string() name: string;
  @Prop.of(AppliesToDto) appliesTo: AppliesToDto;
  @Prop.of(ObligationCadenceDto) cadence: ObligationCadenceDto;
  @Prop.of(ObligationWindowDto) window: ObligationWindowDto;
  @Prop.int() closeAfterWorkingDays: number;
  @Prop.of(RecordRequirementsDto) requires: RecordRequirementsDto;
  @Prop.bool() confirmation: boolean;
  @Prop.int({ nullable: true }) policyVersion: number | null;
}

export class ObligationTypeDto extends ObligationTypeDefinitionDto {
  @Prop.uuid() id: string;
  @Prop.string() code: string;
  @Prop.int() version: number;
  @Prop.date({ description: 'the first day the newest version governs' }) effectiveFrom: string;
  @Prop.string({ example: 'obligation-type-<id>' }) scheduleId: string;
  @Prop.bool() paused: boolean;
  @Prop.time() createdAt: Date;
  @Prop.time() updatedAt: Date;
}

export class ObligationTypeVersionDto {
  @Prop.int() version: number;
  @Prop.date() effectiveFrom: string;
  @Prop.of(ObligationTypeDefinitionDto) definition: ObligationTypeDefinitionDto;
  @Prop.time() createdAt: Date;
}

export class ObligationTypeDetailDto extends ObligationTypeDto {
  @Prop.of([ObligationTypeVersionDto]) versions: ObligationTypeVersionDto[];
}

export class ObligationTypeListDto extends ListOf(ObligationTypeDto) {}

export class ObligationTriggerDto {
  @Prop.uuid() typeId: string;
  @Prop.string({ example: '2027-Q1' }) period: string;
  @Prop.time() triggeredAt: Date;
}

export class ObligationEntryDto {
  @Prop.uuid() id: string;
  @Prop.uuid() typeId: string;
  @Prop.string() typeName: string;
  @Prop.int() typeVersion: number;
  @Prop.uuid() unitId: string;
  @Prop.string() unitName: string;
  @Prop.uuid({ nullable: true }) regionId: string | null;
  @Prop.string({ nullable: true }) regionName: string | null;
  @Prop.uuid({ nullable: true }) confirmingUnitId: string | null;
  @Prop.string({ nullable: true }) confirmingUnitName: string | null;
  @Prop.string({ example: '2027-03' }) period: string;
  @Prop.date() periodStart: string;
  @Prop.date() periodEnd: string;
  @Prop.date({ description: '记实截止' }) due: string;
  @Prop.date({ description: 'the last day a record is accepted' }) closes: string;
  @Prop.enum(OBLIGATION_STATUSES) status: string;
  @Prop.enum(OUTCOMES) outcome: string;
  @Prop.enum(LIGHTS) light: string;
  @Prop.date({ nullable: true }) firstSubmittedOn: string | null;
  @Prop.int() escalationLevel: number;
  @Prop.int() chases: number;
  @Prop.time({ nullable: true }) doneAt: Date | null;
  @Prop.time() updatedAt: Date;
}

export class ObligationPageDto extends ListOf(ObligationEntryDto, { total: true }, 'ObligationPageDto') {}

export class AttendeeDto {
  @Prop.uuid() personId: string;
  @Prop.string() name: string;
}

export class ObligationRecordDto {
  @Prop.uuid() id: string;
  @Prop.int() attempt: number;
  @Prop.string() title: string;
  @Prop.date() heldOn: string;
  @Prop.int({ nullable: true }) attendeesCount: number | null;
  @Prop.of([AttendeeDto]) attendees: AttendeeDto[];
  @Prop.string() minutes: string;
  @Prop.string() submittedBy: string;
  @Prop.time() submittedAt: Date;
  @Prop.string({ nullable: true, description: "'confirmed' or 'sent_back'; null while it awaits the lead unit" })
  decision: string | null;
  @Prop.string({ nullable: true }) decisionReason: string | null;
  @Prop.time({ nullable: true }) decidedAt: Date | null;
  @Prop.bool() shared: boolean;
  @Prop.string({ nullable: true }) notSharedReason: string | null;
  @Prop.of([FileDto]) files: FileDto[];
}

export class ObligationEventDto {
  @Prop.int() seq: number;
  @Prop.string({ example: 'recorded' }) kind: string;
  @Prop.time() at: Date;
  @Prop.string({ nullable: true }) actor: string | null;
  @Prop.string({ nullable: true }) reason: string | null;
}

export class ObligationDetailDto extends ObligationEntryDto {
  @Prop.of(RecordRequirementsDto) requires: RecordRequirementsDto;
  @Prop.of([ObligationRecordDto]) records: ObligationRecordDto[];
  @Prop.of([ObligationEventDto]) timeline: ObligationEventDto[];
  @Prop.enum(ACTIONS, { isArray: true }) allowedActions: string[];
}

export class ObligationLightCountsDto {
  @Prop.int() green: number;
  @Prop.int() yellow: number;
  @Prop.int() red: number;
}

export class ObligationOutcomeCountsDto {
  @Prop.int() on_time: number;
  @Prop.int() late: number;
  @Prop.int() missed: number;
  @Prop.int() pending: number;
}

export class ObligationUnitCountsDto extends ObligationOutcomeCountsDto {
  @Prop.uuid() unitId: string;
  @Prop.string() unitName: string;
  @Prop.int() total: number;
}

export class ObligationCountsDto {
  @Prop.int() total: number;
  @Prop.of(ObligationLightCountsDto) byLight: ObligationLightCountsDto;
  @Prop.of(ObligationOutcomeCountsDto) byOutcome: ObligationOutcomeCountsDto;
  @Prop.of([ObligationUnitCountsDto]) byUnit: ObligationUnitCountsDto[];
}

export class RecordSharingResultDto {
  @Prop.uuid() recordId: string;
  @Prop.bool() shared: boolean;
  @Prop.string({ nullable: true }) notSharedReason: string | null;
}

export class AttendanceEntryDto {
  @Prop.uuid() recordId: string;
  @Prop.uuid() obligationId: string;
  @Prop.string() typeName: string;
  @Prop.string() period: string;
  @Prop.string() unitName: string;
  @Prop.string() title: string;
  @Prop.date() heldOn: string;
  @Prop.enum(OBLIGATION_STATUSES) status: string;
}

export class ObligationAttendanceDto {
  @Prop.uuid() personId: string;
  @Prop.of([AttendanceEntryDto]) items: AttendanceEntryDto[];
}

export class FeedEntryDto {
  @Prop.enum(['record', 'item_closed']) kind: string;
  @Prop.uuid({ description: 'the record or the item' }) id: string;
  @Prop.time() at: Date;
  @Prop.uuid() unitId: string;
  @Prop.string() unitName: string;
  @Prop.string() title: string;
  @Prop.string({ nullable: true }) typeName: string | null;
  @Prop.string({ nullable: true }) period: string | null;
  @Prop.date({ nullable: true }) heldOn: string | null;
  @Prop.string({ nullable: true, example: '已销号' }) outcome: string | null;
  @Prop.of([FileDto], { description: "the record's photos (thumbnails for every reader of the feed)" })
  photos: FileDto[];
}

export class FeedDto extends ListOf(FeedEntryDto, {}, 'RegionFeedDto') {}
