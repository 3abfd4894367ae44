import { indexKeys, tableKeys } from './tableDefinition';

const keyAttributes = new Set<string>([
  tableKeys.partitionKey,
  tableKeys.sortKey,
  ...tableKeys.indexes.flatMap((index) => Object.values(indexKeys(index))),
  'kind',
]);

/** An item without its key attributes and kind: what the rest of the backend sees. */
export const withoutKeys = (item: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(item).filter(([name]) => !keyAttributes.has(name)));
