import type { ConsolidationRequest } from '../../domain/consolidation/consolidationRequest';
import type { ConsolidationBatch } from '../../domain/consolidation/consolidationRow';
import type { StoreContext } from '../store/storeContext';

/** Whose data a run may read: a region, or one department of it (department roles). */
export interface ConsolidationScope {
  regionId: string;
  departmentId?: string;
}

export interface SourcePageRequest {
  cursor?: string;
  /** Subjects per page. */
  limit: number;
}

export interface SourcePage {
  batch: ConsolidationBatch;
  cursor?: string;
}

/**
 * Where the rows of one form come from. Consolidation is generic over this seam: a form is
 * consolidated once it has a source (functions/consolidation/consolidationSources.ts).
 */
export interface ConsolidationSource {
  /** Every row of the request, a few subjects at a time (exports). */
  stream(store: StoreContext, scope: ConsolidationScope, request: ConsolidationRequest): AsyncGenerator<ConsolidationBatch>;
  /** One page of subjects (the add-in's pull, through the API). */
  page(store: StoreContext, scope: ConsolidationScope, request: ConsolidationRequest, page: SourcePageRequest): Promise<SourcePage>;
}
