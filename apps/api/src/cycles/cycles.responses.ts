import { ApiPropertyOptional } from '@nestjs/swagger';
import { SEVERITIES } from '../../../../libs/domain/src';
import { ListOf, Prop } from '../http/schema';
import { RubricDto } from '../programmes/programmes.responses';

const PHASES = ['open', 'self_check', 'mutual_inspection', 'meeting', 'report', 'closed'];

export class PairDto {
  @Prop.uuid({ description: 'the unit that inspects' }) inspector: string;
  @Prop.uuid({ description: 'the unit it inspects' }) inspectee: string;
}

/** When each phase is due (ISO 8601 instants, UTC). */
export class PhaseDueTimesDto {
  @Prop.time() selfCheckDue: string;
  @Prop.time() mutualInspectionDue: string;
  @Prop.time() meeting: string;
  @Prop.time() reportDue: string;
}

/** A submission that is in: which kind, by which unit (the list's answer to "who has submitted what"). */
export class SubmittedDto {
  @Prop.enum(['self_check', 'mutual_inspection'], { description: '自检 or 互检' }) kind: string;
  @Prop.uuid() inspectorUnitId: string;
}

export class CycleDto {
  @Prop.uuid() id: string;
  @Prop.uuid() programmeId: string;
  @Prop.string({ example: '2026-12', description: 'YYYY-MM (monthly cadence) or YYYY-MM-DD' }) period: string;
  @Prop.int() cycleNumber: number;
  @Prop.string({ example: 'cycle-<programmeId>-2026-12' }) workflowId: string;
  @Prop.enum(PHASES) phase: string;
  @Prop.time() startedAt: Date;
  @Prop.time({ nullable: true }) closedAt: Date | null;
  @Prop.uuids({ description: 'participant units' }) participants: string[];
  @Prop.of([PairDto]) pairs: PairDto[];
  @Prop.of(PhaseDueTimesDto, {
    nullable: true,
    description: 'null for a moment after the cycle starts, until its workflow has planned the phases',
  })
  dueTimes: PhaseDueTimesDto | null;
  @Prop.of([SubmittedDto], {
    description: 'who has submitted what, oldest first: with pairs and due times, what each unit still owes',
  })
  submitted: SubmittedDto[];
}

export class SubmissionViewDto {
  @Prop.uuid() id: string;
  @Prop.enum(['self_check', 'mutual_inspection'], { description: '自检 or 互检' }) kind: string;
  @Prop.uuid() inspectorUnitId: string;
  @Prop.uuid({ description: 'the inspector itself for a self-check' }) inspecteeUnitId: string;
  @Prop.map({ type: 'number' }, { description: 'marks per rubric criterion (评判打分)', example: { dangyuan: 90 } })
  scores: Record<string, number>;
  @Prop.string() comments: string;
  @Prop.uuid() submittedBy: string;
  @Prop.time() submittedAt: Date;
  @Prop.bool({ description: 'after the phase was due' }) late: boolean;
}

export class FindingViewDto {
  @Prop.uuid() id: string;
  @Prop.uuid({ description: 'the unit the problem was found at' }) unitId: string;
  @Prop.string() criterionKey: string;
  @Prop.string() description: string;
  @Prop.enum(SEVERITIES) severity: string;
  @Prop.number({ description: '扣分: points off the criterion, two decimals', example: 2.5 }) deduction: number;
  @Prop.string({ description: '整改要求' }) requirement: string;
  @Prop.date({ description: '整改时限' }) deadline: string;
  @Prop.uuid({ description: 'the rectification item it became' }) itemId: string;
  @Prop.uuids({ description: '屡查屡犯: earlier findings it repeats' }) repeatOf: string[];
}

export class AttendanceViewDto {
  @Prop.uuid() unitId: string;
  @Prop.bool() present: boolean;
  @Prop.strings() attendees: string[];
}

export class MeetingViewDto {
  @Prop.string({ description: '例会纪要' }) minutes: string;
  @Prop.of([AttendanceViewDto]) attendance: AttendanceViewDto[];
  @Prop.time() heldAt: Date;
  @Prop.uuid() recordedBy: string;
}

export class RankingEntryDto {
  @Prop.uuid() unitId: string;
  @Prop.string() unitName: string;
  @Prop.number({ description: 'weighted, 0–100, two decimals' }) total: number;
  @Prop.int({ description: 'competition ranking (1, 1, 3)' }) rank: number;
  @ApiPropertyOptional({ type: 'integer', description: 'places moved up since the previous cycle' })
  rankChange?: number;
  @ApiPropertyOptional({ type: Number }) totalChange?: number;
}

export class ReportFindingDto {
  @Prop.uuid() id: string;
  @Prop.uuid() unitId: string;
  @Prop.string() criterionKey: string;
  @Prop.enum(SEVERITIES) severity: string;
  @Prop.string() description: string;
  @Prop.uuid() itemId: string;
  @Prop.bool({ description: '屡查屡犯' }) repeat: boolean;
}

export class RepeatCountDto {
  @Prop.uuid() unitId: string;
  @Prop.int() count: number;
}

export class ReconciliationDto {
  @Prop.uuid() unitId: string;
  @Prop.string() unitName: string;
  @Prop.int() found: number;
  @Prop.int() closed: number;
  @Prop.int() open: number;
  @Prop.int() overdue: number;
}

export class OpenEarlierItemDto {
  @Prop.uuid() itemId: string;
  @Prop.uuid() unitId: string;
  @Prop.string() title: string;
  @Prop.date() deadline: string;
  @Prop.string() status: string;
  @Prop.enum(['green', 'yellow', 'red']) light: string;
}

/** The cycle report (上报/通报): ranking, findings and the 对账 of earlier items. */
export class CycleReportDto {
  @Prop.int() cycleNumber: number;
  @Prop.string() period: string;
  @Prop.time() generatedAt: string;
  @Prop.of([RankingEntryDto]) ranking: RankingEntryDto[];
  @Prop.uuids({ description: 'units without scores' }) unscored: string[];
  @Prop.of([ReportFindingDto]) findings: ReportFindingDto[];
  @Prop.of([RepeatCountDto]) repeats: RepeatCountDto[];
  @Prop.of([ReconciliationDto], { description: '对账 per unit' }) reconciliation: ReconciliationDto[];
  @Prop.of([OpenEarlierItemDto], { description: 'items of earlier cycles still open' })
  openFromEarlier: OpenEarlierItemDto[];
}

export class CycleDetailDto extends CycleDto {
  @Prop.uuid({ description: 'the region’s lead unit (主责单位): it records the meeting' }) leadUnitId: string;
  @Prop.of(RubricDto, { description: 'the rubric (考核细则) this cycle is scored by: its programme’s when it started' })
  rubric: RubricDto;
  @Prop.of([SubmissionViewDto]) submissions: SubmissionViewDto[];
  @Prop.of([FindingViewDto]) findings: FindingViewDto[];
  @Prop.of(MeetingViewDto, { nullable: true }) meeting: MeetingViewDto | null;
  @Prop.of(CycleReportDto, { nullable: true, description: 'once the cycle has reported' })
  report: CycleReportDto | null;
}

/** The cycle's state after a submission or the meeting, as its workflow holds it. */
export class CycleStateDto {
  @Prop.uuid() cycleId: string;
  @Prop.enum(PHASES) phase: string;
  @Prop.of([PairDto]) pairs: PairDto[];
  @Prop.of(PhaseDueTimesDto) dueTimes: PhaseDueTimesDto;
  @Prop.uuids({ description: 'units whose self-check is in' }) selfChecksIn: string[];
  @Prop.uuids({ description: 'units whose inspection is in' }) inspectionsIn: string[];
  @Prop.bool() meetingRecorded: boolean;
}

export const CycleListDto = ListOf(CycleDto);
