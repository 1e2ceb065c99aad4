import { Module } from '@nestjs/common';
import { ItemsService } from './items.service';

/** Rectification items (整改项): creation, actions and the ledger. */
@Module({ providers: [ItemsService], exports: [ItemsService] })
export class ItemsModule {}
