import { json } from '../http/json';
import type { ApiResponse } from '../http/types';
import type { SubmissionView } from '../services/submissionWorkflow';
import { etag } from './ifMatch';

/**
 * A submission as JSON with its version as ETag, so the next write can send it back as If-Match;
 * with `location` (a create, 201) also where it now lives.
 *
 * @example
 * withIdempotency(store, context, (meta) => recomputeSelfEvaluation(store, principal, input, meta), submissionResponse(200));
 */
export const submissionResponse = (status: number, location?: (id: string) => string) =>
  function render(view: SubmissionView<unknown>): ApiResponse {
    return json(status, view, { etag: etag(view.head.version), ...(location ? { location: location(view.head.id) } : {}) });
  };
