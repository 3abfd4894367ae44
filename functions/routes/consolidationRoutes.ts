import { z } from 'zod';
import { consolidationScope } from '../consolidation/consolidationScope';
import { consolidationSource } from '../consolidation/consolidationSources';
import { json } from '../http/json';
import type { RouteDefinition } from '../http/types';
import type { StoreContext } from '../store/storeContext';
import { consolidationFilterQuery } from '../../contract/consolidationQuery';
import { defineRoute } from './defineRoute';
import { cursorParam } from '../../contract/queryParams';

/** Subjects per page: 100 target sheets of 20 indicators are about 1.5 MB of JSON, far under Lambda's 6 MB. */
const pageLimit = z.string().regex(/^\d{1,3}$/, 'limit: 1–100').transform(Number).pipe(z.number().int().min(1).max(100));

/**
 * `GET /v1/consolidation`: one page of consolidated rows (subjects and their indicators) for the
 * add-in's pull into Excel; the client follows `cursor` until it is absent.
 */
export const consolidationRoutes = (store: StoreContext): RouteDefinition[] => [
  defineRoute({
    method: 'GET',
    path: '/v1/consolidation',
    query: z.strictObject({ ...consolidationFilterQuery, limit: pageLimit.optional(), cursor: cursorParam.optional() }),
    handle: async ({ principal, query }) => {
      const { limit, cursor, ...request } = query;
      const scope = consolidationScope(principal);
      const page = await consolidationSource(request.form).page(store, scope, request, { limit: limit ?? 50, ...(cursor ? { cursor } : {}) });
      return json(200, { projects: page.batch.projects, indicators: page.batch.indicators, ...(page.cursor ? { cursor: page.cursor } : {}) });
    },
  }),
];
