export * from './ledger.service';
export * from './ledger-export';
export * from './board.service';
export * from './item-dossier';
export * from './ledger.module';
