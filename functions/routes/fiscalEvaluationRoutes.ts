import { z } from 'zod';
import { FiscalEvaluationInput } from '../../domain/model/fiscalEvaluation';
import { Id } from '../../domain/model/ids';
import { json } from '../http/json';
import type { RouteDefinition } from '../http/types';
import { getFiscalEvaluation, listFiscalEvaluations, putFiscalEvaluation, type FiscalEvaluationView } from '../services/fiscalEvaluationService';
import type { StoreContext } from '../store/storeContext';
import { defineRoute } from './defineRoute';
import { etag, expectedVersion } from './ifMatch';
import { pageResponse } from './pageResponse';
import { yearParam } from '../../contract/queryParams';
import { withRecordIdempotency } from './recordIdempotency';

const params = z.strictObject({ year: yearParam, districtId: Id });

/** The /v1/fiscal-evaluations routes of docs/api.md (财政运行综合绩效评价 of districts, RULES.md §6). */
export const fiscalEvaluationRoutes = (store: StoreContext): RouteDefinition[] => [
  defineRoute({
    method: 'GET',
    path: '/v1/fiscal-evaluations',
    query: z.strictObject({ year: yearParam }),
    handle: async ({ principal, query }) => pageResponse(await listFiscalEvaluations(store, principal, query.year)),
  }),
  defineRoute({
    method: 'PUT',
    path: '/v1/fiscal-evaluations/{year}/{districtId}',
    params,
    body: FiscalEvaluationInput,
    handle: (context) => {
      // The first score needs no If-Match; changing one does (the service checks).
      const input = {
        year: context.params.year,
        districtId: context.params.districtId,
        expectedVersion: context.request.headers['if-match'] === undefined ? undefined : expectedVersion(context.request),
        evaluation: context.body,
      };
      return withRecordIdempotency<FiscalEvaluationView>(store, context, (meta) => putFiscalEvaluation(store, context.principal, input, meta), (view) =>
        json(200, view, { etag: etag(view.head.version) }),
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/fiscal-evaluations/{year}/{districtId}',
    params,
    query: z.strictObject({}),
    handle: async ({ principal, params: where }) => {
      const view = await getFiscalEvaluation(store, principal, where);
      return json(200, view, { etag: etag(view.head.version) });
    },
  }),
];
