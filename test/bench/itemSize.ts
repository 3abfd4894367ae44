import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/**
 * DynamoDB's size of an item as it bills and pages it: attribute names plus values (strings and
 * binaries by length, numbers about one byte per two digits plus one, maps and lists 3 bytes plus
 * their elements and one byte each). Used to compute the fewest 1 MB Query pages a read can take.
 */
const valueSize = (value: AttributeValue): number => {
  if (value.S !== undefined) return Buffer.byteLength(value.S, 'utf8');
  if (value.N !== undefined) return Math.ceil(value.N.replace(/^-|\.|^0+/g, '').length / 2) + 1;
  if (value.B !== undefined) return value.B.length;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.M !== undefined) return 3 + Object.entries(value.M).reduce((sum, [name, v]) => sum + Buffer.byteLength(name, 'utf8') + valueSize(v) + 1, 0);
  if (value.L !== undefined) return 3 + value.L.reduce((sum, v) => sum + valueSize(v) + 1, 0);
  if (value.SS !== undefined) return value.SS.reduce((sum, s) => sum + Buffer.byteLength(s, 'utf8'), 0);
  return 0;
};

export const itemSize = (item: Record<string, AttributeValue>): number =>
  Object.entries(item).reduce((sum, [name, value]) => sum + Buffer.byteLength(name, 'utf8') + valueSize(value), 0);
