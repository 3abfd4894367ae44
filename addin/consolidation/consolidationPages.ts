import type { ConsolidationRequest } from '../../domain/consolidation/consolidationRequest';
import type { ConsolidationBatch } from '../../domain/consolidation/consolidationRow';

/** One answer of `GET /v1/consolidation`. */
export interface ConsolidationPage extends ConsolidationBatch {
  cursor?: string;
}

/**
 * Every page of a consolidation from the API, following the cursor; `getJson` is the pane's
 * authenticated GET (path with query → parsed JSON). Stops early when `signal` is aborted.
 *
 * @example
 * for await (const batch of consolidationPages((path) => api.getJson(path), { year: 2026, form: 'targetSheet' })) …
 */
export async function* consolidationPages(
  getJson: (path: string) => Promise<unknown>,
  request: ConsolidationRequest,
  options: { limit?: number; signal?: AbortSignal } = {},
): AsyncGenerator<ConsolidationBatch> {
  const query = new URLSearchParams({ year: String(request.year), form: request.form, limit: String(options.limit ?? 100) });
  if (request.budgetTypes?.length) query.set('budgetTypes', request.budgetTypes.join(','));
  if (request.departmentIds?.length) query.set('departmentIds', request.departmentIds.join(','));
  if (request.statuses?.length) query.set('statuses', request.statuses.join(','));
  let cursor: string | undefined;
  do {
    if (options.signal?.aborted) return;
    if (cursor) query.set('cursor', cursor);
    const page = (await getJson(`/v1/consolidation?${query.toString()}`)) as ConsolidationPage;
    yield { projects: page.projects, indicators: page.indicators };
    cursor = page.cursor;
  } while (cursor);
}
