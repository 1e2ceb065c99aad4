export * from './errors';
export * from './local-time';
export * from './calendar';
export * from './policy';
export * from './milestones';
export * from './alerts';
export * from './item-lifecycle';
