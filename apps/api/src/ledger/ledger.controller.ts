import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../../../libs/config/src';
import { DomainError } from '../../../../libs/domain/src';
import { Allow, type Caller, CurrentCaller } from '../../../../libs/identity/src';
import { BoardService, LedgerExportService, LedgerService } from '../../../../libs/ledger/src';
import { ApiXlsx, sendXlsx } from '../http/xlsx';
import { BoardItemsQuery, BoardQuery, LedgerPageQuery, LedgerViewQuery } from './ledger.dto';
import { BoardItemsPageDto, CommitteeBoardDto, LedgerCountsDto, LedgerPageDto } from './ledger.responses';

/** Ledgers (台账) in the caller's scope — the same items GET /items shows — and their Excel export. */
@ApiTags('ledger')
@ApiBearerAuth()
@Allow('ledger:read')
@Controller('ledger')
export class LedgerController {
  /** Exports streaming now: each holds a database connection and a socket for seconds to minutes. */
  private exporting = 0;

  constructor(
    private readonly ledger: LedgerService,
    private readonly exporter: LedgerExportService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'maxConcurrentExports'>,
  ) {}

  @Get()
  @ApiOperation({ summary: 'One page of the ledger view (总台账/分台账/明细账), keyset cursor' })
  @ApiOkResponse({ type: LedgerPageDto })
  page(@CurrentCaller() caller: Caller, @Query() query: LedgerPageQuery): Promise<LedgerPageDto> {
    const { limit, cursor, ...filter } = query;
    return this.ledger.page(caller, filter, limit, cursor);
  }

  @Get('counts')
  @ApiOperation({ summary: 'Counts of the view per light (红黄绿灯) and per responsible unit' })
  @ApiOkResponse({ type: LedgerCountsDto })
  counts(@CurrentCaller() caller: Caller, @Query() query: LedgerViewQuery): Promise<LedgerCountsDto> {
    return this.ledger.counts(caller, query);
  }

  @Get('export')
  @ApiOperation({ summary: 'The whole view as .xlsx, streamed (master ledger: one sheet per unit)' })
  @ApiXlsx()
  async export(@CurrentCaller() caller: Caller, @Query() query: LedgerViewQuery, @Res() res: Response): Promise<void> {
    if (this.exporting >= this.config.maxConcurrentExports) {
      throw new DomainError(
        'RATE_LIMITED',
        '同时进行的导出过多，请稍后再试 (too many exports at once; retry shortly)',
        {
          maxConcurrentExports: this.config.maxConcurrentExports,
        },
      );
    }
    this.exporting += 1;
    try {
      await this.stream(caller, query, res);
    } finally {
      this.exporting -= 1;
    }
  }

  private stream(caller: Caller, query: LedgerViewQuery, res: Response): Promise<void> {
    const names = { asciiName: 'ledger.xlsx', fileName: this.exporter.fileName(caller, query) };
    return sendXlsx(res, names, (out) => this.exporter.write(caller, query, out));
  }
}

/**
 * The committee board (督办): escalated overdue items across regions a page at a time, statistics and the 12-cycle
 * trend. Further pages come from /board/items, so that paging on does not recompute the statistics.
 */
@ApiTags('ledger')
@ApiBearerAuth()
@Allow('board:read')
@Controller('board')
export class BoardController {
  constructor(private readonly boards: BoardService) {}

  @Get()
  @ApiOperation({
    summary:
      'Committee board (督办): the first page of escalated overdue items (most overdue first), statistics, trend',
  })
  @ApiOkResponse({ type: CommitteeBoardDto })
  board(@CurrentCaller() caller: Caller, @Query() query: BoardQuery): Promise<CommitteeBoardDto> {
    const { limit, ...view } = query;
    return this.boards.board(caller, view, limit);
  }

  @Get('items')
  @ApiOperation({ summary: "A further page of the committee board's escalated overdue items, keyset cursor" })
  @ApiOkResponse({ type: BoardItemsPageDto })
  items(@CurrentCaller() caller: Caller, @Query() query: BoardItemsQuery): Promise<BoardItemsPageDto> {
    const { limit, cursor, ...view } = query;
    return this.boards.items(caller, view, limit, cursor);
  }
}
