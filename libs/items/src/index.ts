export * from './items.service';
export * from './items.module';
export * from './item-scope';
export * from './item.activities';
export * from './ledger-query';
