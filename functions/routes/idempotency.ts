import { createHash } from 'node:crypto';
import { appError, isAppError } from '../errors/appError';
import type { ApiResponse, RouteContext } from '../http/types';
import type { SubmissionView, WriteMeta } from '../services/submissionWorkflow';
import { getIdempotencyRecord, idempotencyTtlSeconds } from '../store/idempotencyStore';
import type { StoreContext } from '../store/storeContext';
import type { IdempotencyRecord, StoredResponse } from '../store/submissionRecords';

// A UUID fits comfortably; the key becomes part of a DynamoDB key, so only key-safe characters.
const keyPattern = /^[A-Za-z0-9_.:-]{1,128}$/;

/** What makes two requests "the same": method, path, If-Match and the exact body text. */
const requestHash = (context: RouteContext<unknown, unknown, unknown>): string =>
  createHash('sha256')
    .update(JSON.stringify([context.request.method, context.request.path, context.request.headers['if-match'] ?? '', context.request.body ?? '']))
    .digest('hex');

const replay = (record: IdempotencyRecord, hash: string): ApiResponse => {
  if (record.requestHash !== hash) {
    throw appError('idempotency.keyReused', { zh: '此幂等键已用于另一个请求，请为新请求生成新的键', en: 'This Idempotency-Key was used for a different request; use a new key for a new request' });
  }
  return { ...record.response, headers: { ...record.response.headers, 'idempotent-replayed': 'true' } };
};

const toStored = (response: ApiResponse): StoredResponse => {
  if (typeof response.body !== 'string') throw new Error('idempotent responses must be text');
  return { status: response.status, headers: response.headers, body: response.body };
};

/**
 * Runs a submission write with the `Idempotency-Key` semantics of docs/api.md: without a key, just
 * runs it. With one, a stored response for the caller's key is replayed (and nothing is written);
 * the same key with another request is 422 `idempotency.keyReused`; otherwise the response is
 * stored in the write's own transaction, for 24 hours.
 *
 * @example
 * return withIdempotency(store, context, (meta) => saveTargetSheet(store, principal, input, meta), (view) => json(200, view));
 */
export const withIdempotency = async <V extends SubmissionView<unknown>>(
  store: StoreContext,
  context: RouteContext<unknown, unknown, unknown>,
  write: (meta: WriteMeta) => Promise<V>,
  render: (view: V) => ApiResponse,
): Promise<ApiResponse> => {
  const now = context.now();
  const key = context.request.headers['idempotency-key']?.trim();
  if (key === undefined) return render(await write({ now, requestId: context.request.requestId }));
  if (!keyPattern.test(key)) {
    throw appError('request.invalidIdempotencyKey', { zh: 'Idempotency-Key 应为 1–128 个字母、数字或 _ . : -（建议使用 UUID）', en: 'Idempotency-Key must be 1–128 letters, digits or _ . : - (a UUID is best)' });
  }
  const subject = context.principal.subject;
  const hash = requestHash(context);
  const existing = await getIdempotencyRecord(store, subject, key, now);
  if (existing) return replay(existing, hash);
  const record = (view: SubmissionView<unknown>): IdempotencyRecord => ({
    subject,
    key,
    requestHash: hash,
    response: toStored(render(view as V)),
    createdAt: now.toISOString(),
    expiresAt: Math.floor(now.getTime() / 1000) + idempotencyTtlSeconds,
  });
  try {
    return render(await write({ now, requestId: context.request.requestId, idempotency: record }));
  } catch (error) {
    // A concurrent twin committed first: answer as it did.
    if (!isAppError(error, 'idempotency.inProgress')) throw error;
    const winner = await getIdempotencyRecord(store, subject, key, now);
    if (!winner) throw error;
    return replay(winner, hash);
  }
};
