import { z } from 'zod';
import { Id } from '../../domain/model/ids';
import { json } from '../http/json';
import type { ApiResponse, RouteDefinition } from '../http/types';
import { getCurrentRuleSet, getRuleSetAt, listRuleSetAuditFor, updateRuleSet, type RuleSetView } from '../services/ruleSetService';
import type { StoreContext } from '../store/storeContext';
import { defineRoute } from './defineRoute';
import { etag, expectedVersion } from './ifMatch';
import { pageResponse } from './pageResponse';
import { pageQuery, versionParam, yearParam } from './querySchemas';
import { withRecordIdempotency } from './recordIdempotency';

const idParams = z.strictObject({ id: Id });

const ruleSetResponse = (view: RuleSetView): ApiResponse => json(200, view, { etag: etag(view.head.version) });

/**
 * The /v1/rule-sets routes of docs/api.md: everyone in a region reads its rule sets; a finance
 * administrator changes them (If-Match, Idempotency-Key), each change a new version.
 */
export const ruleSetRoutes = (store: StoreContext): RouteDefinition[] => [
  defineRoute({
    method: 'GET',
    path: '/v1/rule-sets',
    query: z.strictObject({ year: yearParam }),
    handle: async ({ principal, query, now, request }) =>
      ruleSetResponse(await getCurrentRuleSet(store, principal, query.year, { now: now(), requestId: request.requestId })),
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/rule-sets/{id}/versions/{version}',
    params: z.strictObject({ id: Id, version: versionParam }),
    query: z.strictObject({}),
    handle: async ({ principal, params }) => {
      const ruleSet = await getRuleSetAt(store, principal, params.id, params.version);
      return json(200, ruleSet, { etag: etag(ruleSet.version) });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/rule-sets/{id}/audit',
    params: idParams,
    query: z.strictObject({ ...pageQuery }),
    handle: async ({ principal, params, query }) => pageResponse(await listRuleSetAuditFor(store, principal, params.id, query)),
  }),
  defineRoute({
    method: 'PUT',
    path: '/v1/rule-sets/{id}',
    params: idParams,
    // The body is a full or partial rule set; mergeRuleSet validates it field by field (422).
    body: z.record(z.string(), z.unknown()),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), patch: context.body };
      return withRecordIdempotency(store, context, (meta) => updateRuleSet(store, context.principal, input, meta), ruleSetResponse);
    },
  }),
];
