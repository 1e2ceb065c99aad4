import { ITEM_STATUSES, SEVERITIES } from '../../../../libs/domain/src';
import { FileDto } from '../files/files.dto';
import { ListOf, Prop } from '../http/schema';

export const LIGHTS = ['green', 'yellow', 'red'] as const;
export const ITEM_ACTIONS = [
  'submitPlan',
  'reportProgress',
  'submitEvidence',
  'verify',
  'requestExtension',
  'decideExtension',
  'reassign',
  'cancel',
] as const;

export class MilestoneDto {
  @Prop.enum(['plan', 'progress', 'evidence', 'verification']) key: string;
  @Prop.string({ example: '提交整改方案' }) label: string;
  @Prop.date({ description: 'local date it is due' }) due: string;
  @Prop.bool() done: boolean;
}

/** 延期申请 waiting for the lead unit's decision. */
export class PendingExtensionDto {
  @Prop.uuid() requestId: string;
  @Prop.date() proposedDeadline: string;
  @Prop.string() reason: string;
  @Prop.uuid() requestedBy: string;
}

/** An item as the ledger (台账) shows it; the same fields in every item answer. */
export class ItemDto {
  @Prop.uuid() id: string;
  @Prop.string({ example: 'item-…' }) workflowId: string;
  @Prop.uuid() regionId: string;
  @Prop.uuid({ description: '责任单位' }) responsibleUnitId: string;
  @Prop.string() responsibleUnitName: string;
  @Prop.uuid({ nullable: true, description: '责任人' }) responsiblePersonId: string | null;
  @Prop.uuid({ description: 'the lead unit that verifies (主责单位)' }) verifierUnitId: string;
  @Prop.string() title: string;
  @Prop.string() description: string;
  @Prop.string({ description: '整改要求' }) requirement: string;
  @Prop.enum(SEVERITIES) severity: (typeof SEVERITIES)[number];
  @Prop.date({ description: '整改时限 (moves with an approved extension)' }) deadline: string;
  @Prop.date({ description: '原定时限' }) originalDeadline: string;
  @Prop.enum(ITEM_STATUSES) status: (typeof ITEM_STATUSES)[number];
  @Prop.enum(LIGHTS, { description: '红黄绿灯' }) light: (typeof LIGHTS)[number];
  @Prop.int({ enum: [0, 1, 2], description: '督办 level: 0 none, 1 lead unit, 2 committee' }) escalationLevel: number;
  @Prop.int({ description: 'calendar days past the deadline while open; 0 once closed or cancelled' })
  overdueDays: number;
  @Prop.of([MilestoneDto], { description: '倒排工期' }) milestones: MilestoneDto[];
  @Prop.of(PendingExtensionDto, { nullable: true }) pendingExtension: PendingExtensionDto | null;
  @Prop.int() policyVersion: number;
  @Prop.time() createdAt: Date;
  @Prop.time() updatedAt: Date;
  @Prop.time({ nullable: true, description: '销号 time' }) closedAt: Date | null;
}

export class TimelineEventDto {
  @Prop.int({ description: 'order on the item, from 1' }) seq: number;
  @Prop.of([FileDto], { description: 'files the actor attached (photos, scans)' }) files: FileDto[];
  @Prop.string({ example: 'plan_submitted' }) kind: string;
  @Prop.uuid({ nullable: true }) actorPersonId: string | null;
  @Prop.string({ nullable: true }) actorName: string | null;
  @Prop.string({ nullable: true, example: 'responsible' }) actorSide: string | null;
  @Prop.time() at: Date;
  @Prop.string({ nullable: true }) reason: string | null;
  @Prop.object({ description: "the event's content (plan text, evidence, the new deadline, …)" })
  data: Record<string, unknown>;
}

/** 来源: the 互检 finding the item was made from — its cycle, who inspected and filed it, and its photos. */
export class ItemSourceDto {
  @Prop.uuid() cycleId: string;
  @Prop.int({ description: "the cycle's number in its programme (第n期)" }) cycleNumber: number;
  @Prop.string({ example: '2026-12', description: "the cycle's month" }) period: string;
  @Prop.uuid() programmeId: string;
  @Prop.string() programmeName: string;
  @Prop.enum(['self_check', 'mutual_inspection'], { description: '自检 (the unit itself) or 互检 (its paired unit)' })
  kind: 'self_check' | 'mutual_inspection';
  @Prop.uuid({ description: 'the unit that inspected (检查单位)' }) inspectorUnitId: string;
  @Prop.string() inspectorUnitName: string;
  @Prop.uuid({ description: 'who filed the submission with the finding' }) filedById: string;
  @Prop.string({ nullable: true }) filedByName: string | null;
  @Prop.time() filedAt: Date;
  @Prop.of([FileDto], { description: "the finding's photos; readable by whoever sees the item" })
  photos: FileDto[];
}

export class ItemDetailDto extends ItemDto {
  @Prop.of(ItemSourceDto, { nullable: true, description: 'null: assigned by hand, not found in a 互检 cycle' })
  source: ItemSourceDto | null;
  @Prop.of([TimelineEventDto]) timeline: TimelineEventDto[];
  @Prop.enum(ITEM_ACTIONS, { isArray: true, description: 'what you may do now, for your side(s)' })
  allowedActions: (typeof ITEM_ACTIONS)[number][];
}

export const ItemListDto = ListOf(ItemDto, { total: true });

export class RebaseSkipDto {
  @Prop.uuid() id: string;
  @Prop.string() reason: string;
}

export class RebaseResultDto {
  @Prop.uuids({ description: 'items moved onto the version' }) rebased: string[];
  @Prop.of([RebaseSkipDto]) skipped: RebaseSkipDto[];
}
