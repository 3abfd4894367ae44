import { z } from 'zod';
import { Id } from '../../domain/model/ids';
import { json } from '../http/json';
import type { RouteDefinition } from '../http/types';
import { DecisionRequest, decideRecommendation, getDecision, linkageRecommendations, type DecisionView } from '../services/linkageService';
import type { StoreContext } from '../store/storeContext';
import { defineRoute } from './defineRoute';
import { etag, expectedVersion } from './ifMatch';
import { yearParam } from '../../contract/queryParams';
import { withRecordIdempotency } from './recordIdempotency';

/** The /v1/linkage routes of docs/api.md (结果应用). */
export const linkageRoutes = (store: StoreContext): RouteDefinition[] => [
  defineRoute({
    method: 'GET',
    path: '/v1/linkage/recommendations',
    query: z.strictObject({ year: yearParam }),
    handle: async ({ principal, query, now, request }) =>
      json(200, await linkageRecommendations(store, principal, query.year, { now: now(), requestId: request.requestId })),
  }),
  defineRoute({
    method: 'POST',
    path: '/v1/linkage/recommendations/{projectId}/decision',
    params: z.strictObject({ projectId: Id }),
    body: DecisionRequest,
    handle: (context) => {
      // The first decision needs no If-Match; changing one does (the service checks).
      const input = {
        projectId: context.params.projectId,
        expectedVersion: context.request.headers['if-match'] === undefined ? undefined : expectedVersion(context.request),
        request: context.body,
      };
      return withRecordIdempotency<DecisionView>(store, context, (meta) => decideRecommendation(store, context.principal, input, meta), (view) =>
        json(200, view, { etag: etag(view.head.version) }),
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/linkage/recommendations/{projectId}/decision',
    params: z.strictObject({ projectId: Id }),
    query: z.strictObject({ year: yearParam }),
    handle: async ({ principal, params, query }) => {
      const decision = await getDecision(store, principal, { projectId: params.projectId, year: query.year });
      return json(200, decision, { etag: etag(decision.head.version) });
    },
  }),
];
