/** Pure policy for 互检 cycles and 整改 items: no I/O, no clock, safe inside Temporal workflows. */
export * from './errors';
export * from './local-time';
export * from './calendar';
export * from './policy';
export * from './milestones';
export * from './alerts';
export * from './item-lifecycle';
export * from './pairing';
export * from './scoring';
export * from './repeats';
export * from './cycle-phases';
export * from './cycle-submissions';
export * from './obligation-periods';
export * from './obligation-lifecycle';
export * from './evaluation';
export * from './rating-lifecycle';
export * from './evaluation-periods';
