import { appError } from '../errors/appError';

/**
 * Opaque page cursors: the query's LastEvaluatedKey (all string attributes in this table) as
 * base64url JSON. A cursor is only accepted back for the same partition it came from, so a forged
 * cursor can neither reach another partition nor make DynamoDB fail with a 500.
 */
export type CursorKey = Record<string, string>;

export const encodeCursor = (key: CursorKey): string => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

const invalidCursor = (cause?: unknown) =>
  appError('request.invalidCursor', { zh: '分页游标无效，请从第一页重新查询', en: 'The page cursor is invalid; start again from the first page', cause });

/**
 * Decodes a cursor and checks that it has exactly the expected key attributes and the expected
 * partition value.
 *
 * @example
 * decodeCursor(cursor, ['PK', 'SK'], { PK: 'SUB#targetSheet.2026.p1' })
 */
export const decodeCursor = (cursor: string, attributes: readonly string[], partition: Record<string, string>): CursorKey => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (error) {
    throw invalidCursor(error);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalidCursor();
  const entries = Object.entries(parsed);
  const sameAttributes = entries.length === attributes.length && attributes.every((name) => typeof (parsed as CursorKey)[name] === 'string');
  const samePartition = Object.entries(partition).every(([name, value]) => (parsed as CursorKey)[name] === value);
  if (!sameAttributes || !samePartition) throw invalidCursor();
  return parsed as CursorKey;
};
