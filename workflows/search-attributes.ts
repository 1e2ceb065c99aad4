import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributeUpdatePair } from '@temporalio/common';

/**
 * Typed search attributes of the item and cycle workflows, so an operator finds "中江桥's overdue items" or "芜湖片区's
 * 2026-12 cycle" in the Temporal UI and with `temporal workflow list --query`. Values are names and words a person
 * types, not ids. They are registered by the embedded dev server's start (libs/runtime), the time-skipping test
 * server's start and docker-compose's `temporal-setup`; every workflow keeps them current on each transition.
 */
export const SEARCH_ATTRIBUTES = {
  /** The responsible unit of an item; the participants of a cycle (names). */
  units: defineSearchAttributeKey('HuijianUnits', SearchAttributeType.KEYWORD_LIST),
  /** The region (片区) by name. */
  region: defineSearchAttributeKey('HuijianRegion', SearchAttributeType.KEYWORD),
  /** An item's status (open, in_progress, pending_verification, closed, cancelled) or a cycle's phase. */
  status: defineSearchAttributeKey('HuijianStatus', SearchAttributeType.KEYWORD),
  /** 红黄绿灯: green, yellow, red. */
  light: defineSearchAttributeKey('HuijianLight', SearchAttributeType.KEYWORD),
  /** 督办 level: 0, 1 (lead unit), 2 (committee). */
  escalationLevel: defineSearchAttributeKey('HuijianEscalationLevel', SearchAttributeType.INT),
  /** An item's deadline (整改时限), the local midnight starting that day. */
  deadline: defineSearchAttributeKey('HuijianDeadline', SearchAttributeType.DATETIME),
  /** The cycle's period (2026-12), on the cycle and on the items of its findings. */
  cyclePeriod: defineSearchAttributeKey('HuijianCyclePeriod', SearchAttributeType.KEYWORD),
} as const;

/** Name and type of every attribute, for `temporal server start-dev --search-attribute` and the operator API. */
export const SEARCH_ATTRIBUTE_TYPES: Record<string, 'Keyword' | 'KeywordList' | 'Int' | 'Datetime'> = {
  HuijianUnits: 'KeywordList',
  HuijianRegion: 'Keyword',
  HuijianStatus: 'Keyword',
  HuijianLight: 'Keyword',
  HuijianEscalationLevel: 'Int',
  HuijianDeadline: 'Datetime',
  HuijianCyclePeriod: 'Keyword',
};

/** The names a workflow's attributes and summary use, given by whoever starts it (the workflow does no I/O). */
export interface WorkflowNames {
  /** The responsible unit (item) or every participant (cycle), id → name. */
  units: Record<string, string>;
  region: string;
  cyclePeriod?: string;
}

export type SearchAttributeValues = SearchAttributeUpdatePair[];
