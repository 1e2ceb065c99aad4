import { ITEM_STATUSES, SEVERITIES } from '../../../../libs/domain/src';
import { Prop } from '../http/schema';
import { LIGHTS, MilestoneDto } from '../items/items.responses';

/** One row of a ledger view (台账), with the names a ledger prints. */
export class LedgerEntryDto {
  @Prop.uuid() id: string;
  @Prop.uuid() regionId: string;
  @Prop.string() regionName: string;
  @Prop.uuid() responsibleUnitId: string;
  @Prop.string() responsibleUnitName: string;
  @Prop.uuid({ nullable: true }) responsiblePersonId: string | null;
  @Prop.string({ nullable: true }) responsiblePersonName: string | null;
  @Prop.uuid({ nullable: true, description: 'the 互检 cycle that found it' }) cycleId: string | null;
  @Prop.string({ nullable: true }) cyclePeriod: string | null;
  @Prop.string() title: string;
  @Prop.string() description: string;
  @Prop.string() requirement: string;
  @Prop.enum(SEVERITIES) severity: (typeof SEVERITIES)[number];
  @Prop.date() deadline: string;
  @Prop.date() originalDeadline: string;
  @Prop.enum(ITEM_STATUSES) status: (typeof ITEM_STATUSES)[number];
  @Prop.enum(LIGHTS) light: (typeof LIGHTS)[number];
  @Prop.int({ enum: [0, 1, 2] }) escalationLevel: number;
  @Prop.int() overdueDays: number;
  @Prop.of([MilestoneDto]) milestones: MilestoneDto[];
  @Prop.time() createdAt: Date;
  @Prop.time() updatedAt: Date;
  @Prop.time({ nullable: true }) closedAt: Date | null;
}

export class LedgerPageDto {
  @Prop.of([LedgerEntryDto]) items: LedgerEntryDto[];
  @Prop.int({ description: 'rows in the whole view' }) total: number;
  @Prop.string({ nullable: true, description: 'pass back as `cursor` for the next page; null on the last' })
  nextCursor: string | null;
}

export class LightCountsDto {
  @Prop.int() green: number;
  @Prop.int() yellow: number;
  @Prop.int() red: number;
}

export class UnitCountsDto {
  @Prop.uuid() unitId: string;
  @Prop.string() unitName: string;
  @Prop.int() total: number;
  @Prop.int() green: number;
  @Prop.int() yellow: number;
  @Prop.int() red: number;
  @Prop.int({ description: 'open items past their deadline' }) overdue: number;
}

export class LedgerCountsDto {
  @Prop.int() total: number;
  @Prop.of(LightCountsDto, { description: '红黄绿灯' }) byLight: LightCountsDto;
  @Prop.int() overdue: number;
  @Prop.of([UnitCountsDto]) byUnit: UnitCountsDto[];
}

export class BoardItemDto {
  @Prop.uuid() id: string;
  @Prop.string() title: string;
  @Prop.uuid() regionId: string;
  @Prop.string() regionName: string;
  @Prop.uuid() responsibleUnitId: string;
  @Prop.string() responsibleUnitName: string;
  @Prop.date() deadline: string;
  @Prop.int({ enum: [1, 2] }) escalationLevel: number;
  @Prop.enum(LIGHTS) light: (typeof LIGHTS)[number];
  @Prop.enum(ITEM_STATUSES) status: string;
  @Prop.int({ description: "working days past the deadline (China's calendar, 调休, overrides)" })
  overdueWorkingDays: number;
  @Prop.time({ nullable: true, description: 'the latest 催办' }) lastChaseAt: Date | null;
}

export class BoardItemsPageDto {
  @Prop.date({ description: "today in the organisation's time zone" }) today: string;
  @Prop.int({ description: 'escalated overdue items in the view' }) total: number;
  @Prop.int({ description: 'of those, at 党委督办 (level 2)' }) committeeLevel: number;
  @Prop.of([BoardItemDto]) items: BoardItemDto[];
  @Prop.string({ nullable: true, description: 'pass back as `cursor` to GET /board/items; null on the last page' })
  nextCursor: string | null;
}

class BoardStatsDto {
  @Prop.int() open: number;
  @Prop.int() overdue: number;
  @Prop.int() closed: number;
  @Prop.number({ nullable: true, description: 'closed on time, percent of closed; null before any closure' })
  closedOnTimePct: number | null;
  @Prop.number({ nullable: true, description: 'creation to 销号, days, one decimal' }) avgDaysToClose: number | null;
}

export class RegionStatsDto extends BoardStatsDto {
  @Prop.uuid() regionId: string;
  @Prop.string() regionName: string;
}

export class UnitStatsDto extends BoardStatsDto {
  @Prop.uuid() unitId: string;
  @Prop.string() unitName: string;
  @Prop.string() regionName: string;
}

export class BoardTrendPointDto {
  @Prop.string() period: string;
  @Prop.int() cycles: number;
  @Prop.int() items: number;
  @Prop.int() closed: number;
  @Prop.number({ nullable: true }) closedOnTimePct: number | null;
  @Prop.int() open: number;
  @Prop.int() overdue: number;
}

export class CommitteeBoardDto extends BoardItemsPageDto {
  @Prop.of([RegionStatsDto]) byRegion: RegionStatsDto[];
  @Prop.of([UnitStatsDto]) byUnit: UnitStatsDto[];
  @Prop.of([BoardTrendPointDto], { description: 'the last 12 cycle periods, oldest first' })
  trend: BoardTrendPointDto[];
}
