import { Module } from '@nestjs/common';
import { FilesModule } from '../../files/src';
import { ItemsModule } from '../../items/src';
import { PoliciesModule } from '../../policies/src';
import { ItemDossierService } from './item-dossier';
import { BoardService } from './board.service';
import { LedgerExportService } from './ledger-export';
import { LedgerService } from './ledger.service';

/** Ledgers (台账), their Excel export and the committee board (督办): read-only views over the items projection. */
@Module({
  imports: [PoliciesModule, ItemsModule, FilesModule],
  providers: [LedgerService, LedgerExportService, BoardService, ItemDossierService],
  exports: [LedgerService, LedgerExportService, BoardService, ItemDossierService],
})
export class LedgerModule {}
