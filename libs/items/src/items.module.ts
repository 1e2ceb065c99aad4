import { Module } from '@nestjs/common';
import { FilesModule } from '../../files/src';
import { PoliciesModule } from '../../policies/src';
import { ItemsService } from './items.service';

/** Rectification items (整改项): creation, actions and the ledger. */
@Module({ imports: [PoliciesModule, FilesModule], providers: [ItemsService], exports: [ItemsService] })
export class ItemsModule {}
