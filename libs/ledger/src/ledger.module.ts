import { Module } from '@nestjs/common';
import { PoliciesModule } from '../../policies/src';
import { BoardService } from './board.service';
import { LedgerExportService } from './ledger-export';
import { LedgerService } from './ledger.service';

/** Ledgers (台账), their Excel export and the committee board (督办): read-only views over the items projection. */
@Module({
  imports: [PoliciesModule],
  providers: [LedgerService, LedgerExportService, BoardService],
  exports: [LedgerService, LedgerExportService, BoardService],
})
export class LedgerModule {}
