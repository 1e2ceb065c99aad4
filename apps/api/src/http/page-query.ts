import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Past this, page with filters (or the ledger's cursor): a deeper offset reads and drops that many rows. */
export const MAX_OFFSET = 100_000;

/** Offset paging for short lists (inbox, deliveries, GET /items); the ledger pages with a keyset cursor instead. */
export class PageQuery {
  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 50;

  /** Bounded: a huge offset (`1e21` is an integer to JavaScript) is a 400, not a statement Postgres refuses. */
  @ApiPropertyOptional({ default: 0, maximum: MAX_OFFSET })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_OFFSET)
  offset = 0;
}
