import type { NativeConnection } from '@temporalio/worker';
import { SEARCH_ATTRIBUTE_TYPES } from '../../../workflows/search-attributes';

/** temporal.api.enums.v1.IndexedValueType, by number (the proto package is not a direct dependency). */
const INDEXED = { Keyword: 2, Int: 3, Datetime: 6, KeywordList: 7 } as const;

/**
 * Registers the workflows' search attributes through the operator API, those not registered yet: the worker does it
 * when it starts (docker compose's Temporal server, any other), the time-skipping test server's start too.
 */
export async function registerSearchAttributes(
  connection: Pick<NativeConnection, 'operatorService'>,
  namespace: string,
): Promise<void> {
  const registered = await connection.operatorService
    .listSearchAttributes({ namespace })
    .then((r) => r.customAttributes ?? {})
    // The time-skipping test server answers only the add.
    .catch(() => ({}));
  const missing = Object.entries(SEARCH_ATTRIBUTE_TYPES).filter(([name]) => !(name in registered));
  if (missing.length === 0) return;
  await connection.operatorService.addSearchAttributes({
    namespace,
    searchAttributes: Object.fromEntries(missing.map(([name, type]) => [name, INDEXED[type]])),
  });
}
