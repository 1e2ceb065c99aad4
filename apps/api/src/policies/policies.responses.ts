import { ApiPropertyOptional } from '@nestjs/swagger';
import { ListOf, Prop } from '../http/schema';

export class MilestoneTemplateEntryDto {
  @Prop.enum(['plan', 'progress', 'evidence', 'verification']) key: string;
  @Prop.string({ example: '制定整改方案' }) label: string;
  @Prop.int({ description: 'days before the deadline' }) offsetDays: number;
}

export class EscalationRuleDto {
  @Prop.int({ description: '督办 level 1 (lead unit), working days past the deadline' }) level1AfterWorkingDays: number;
  @Prop.int({ description: '督办 level 2 (committee)' }) level2AfterWorkingDays: number;
}

/** An item policy without its version: milestones, reminders, chases, escalation, lights. */
export class ItemPolicyDto {
  @Prop.enum(['calendar', 'working']) dayKind: string;
  @Prop.of([MilestoneTemplateEntryDto]) milestoneTemplate: MilestoneTemplateEntryDto[];
  @Prop.of([Number], { description: '[3, 1, 0] = T−3, T−1, T' }) reminderOffsetsDays: number[];
  @Prop.string({ example: '09:00' }) reminderTimeLocal: string;
  @Prop.bool({ description: '催办 every working day while a milestone is overdue' }) overdueChase: boolean;
  @Prop.of(EscalationRuleDto) escalation: EscalationRuleDto;
  @ApiPropertyOptional({
    type: 'integer',
    description: 'lights of version 1: yellow this many days before a milestone',
  })
  yellowWithinDays?: number;
  @ApiPropertyOptional({
    type: 'integer',
    description: 'lights from version 2: 黄灯 临期 when the deadline is within this many working days',
  })
  deadlineWarningWorkingDays?: number;
}

export class PolicySetDto {
  @Prop.int() version: number;
  @Prop.of(ItemPolicyDto) base: ItemPolicyDto;
  @Prop.map(
    { type: 'object', additionalProperties: true },
    { description: 'per severity (minor, major, critical): fields of the base that differ' },
  )
  bySeverity: Record<string, Record<string, unknown>>;
}

export class PolicySetVersionDto extends PolicySetDto {
  @Prop.string({ nullable: true }) note: string | null;
  @Prop.time() createdAt: Date;
}

export class CalendarOverrideViewDto {
  @Prop.date() date: string;
  @Prop.enum(['holiday', 'workday'], { description: 'a day off, or a 调休 make-up workday' }) kind:
    'holiday' | 'workday';
  @ApiPropertyOptional({ example: '元旦' }) note?: string;
}

export const PolicySetVersionListDto = ListOf(PolicySetVersionDto);
export const CalendarOverrideListDto = ListOf(CalendarOverrideViewDto);
