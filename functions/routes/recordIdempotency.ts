import type { ApiResponse, RouteContext } from '../http/types';
import type { RecordWriteMeta } from '../services/ruleSetService';
import type { SubmissionView } from '../services/submissionWorkflow';
import type { StoreContext } from '../store/storeContext';
import { withIdempotency } from './idempotency';

/**
 * withIdempotency (same key semantics, docs/api.md) for writes whose result is not a submission:
 * rule sets, evaluations' derived records, linkage decisions, rectification tasks. withIdempotency is
 * typed for submission views but only hands the view back to `render`, so the view passes through
 * unchanged; the casts stay in this one place.
 *
 * @example
 * return withRecordIdempotency(store, context, (meta) => updateRuleSet(store, principal, input, meta), (view) => json(200, view));
 */
export const withRecordIdempotency = <V>(
  store: StoreContext,
  context: RouteContext<unknown, unknown, unknown>,
  write: (meta: RecordWriteMeta<V>) => Promise<V>,
  render: (view: V) => ApiResponse,
): Promise<ApiResponse> =>
  withIdempotency(
    store,
    context,
    async (meta) => {
      const record = meta.idempotency;
      const view = await write({ now: meta.now, requestId: meta.requestId, ...(record ? { idempotency: (v: V) => record(v as unknown as SubmissionView<unknown>) } : {}) });
      return view as unknown as SubmissionView<unknown>;
    },
    (view) => render(view as unknown as V),
  );
