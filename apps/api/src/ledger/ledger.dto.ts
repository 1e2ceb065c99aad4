import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { ITEM_STATUSES, type ItemStatus, type Light } from '../../../../libs/domain/src';
import { LEDGER_SORTS, type LedgerFilter, type LedgerSort } from '../../../../libs/items/src';

const csv = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value);

/** A ledger view (台账): filters and sort, shared by the page, the counts and the export. */
export class LedgerViewQuery implements LedgerFilter {
  @ApiPropertyOptional({ description: 'comma-separated', example: 'open,in_progress' })
  @IsOptional()
  @Transform(csv)
  @IsIn(ITEM_STATUSES, { each: true })
  status?: ItemStatus[];

  @ApiPropertyOptional({ description: 'comma-separated: green,yellow,red (红黄绿灯)' })
  @IsOptional()
  @Transform(csv)
  @IsIn(['green', 'yellow', 'red'], { each: true })
  light?: Light[];

  @ApiPropertyOptional({ description: 'comma-separated 督办 levels: 0,1,2' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map(Number) : value))
  @IsIn([0, 1, 2], { each: true })
  escalationLevel?: number[];

  @ApiPropertyOptional({ format: 'uuid', description: 'a responsible unit and its subtree' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '片区' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the 互检 cycle that found the problem' })
  @IsOptional()
  @IsUUID()
  cycleId?: string;

  @ApiPropertyOptional({ description: 'open items at least this many days past the deadline', maximum: 36_500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(36_500)
  minOverdueDays?: number;

  @ApiPropertyOptional({ description: 'words that must all occur in the title or description', example: '标识 示范岗' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ description: '明细账: only items you are the responsible person of' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ enum: LEDGER_SORTS, default: 'deadline', description: '"-" for descending' })
  @IsOptional()
  @IsIn(LEDGER_SORTS)
  sort?: LedgerSort;
}

export class LedgerPageQuery extends LedgerViewQuery {
  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 50;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (opaque)' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  cursor?: string;
}

/** The committee board's first page and its view: the ledger's region, unit subtree and page size. */
export class BoardQuery extends PickType(LedgerPageQuery, ['regionId', 'unitId', 'limit'] as const) {}

/** A further page of the board's list: the same view and the previous page's `nextCursor`. */
export class BoardItemsQuery extends PickType(LedgerPageQuery, ['regionId', 'unitId', 'limit', 'cursor'] as const) {}
