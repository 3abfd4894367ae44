import { z } from 'zod';
import { EvaluationInput } from '../../domain/evaluation/evaluationInput';
import { Id, Year } from '../../domain/model/ids';
import { json } from '../http/json';
import type { ApiResponse, RouteDefinition } from '../http/types';
import { evaluationGaps } from '../services/evaluationGapService';
import {
  EvaluationKind,
  EvaluationSubjectType,
  createEvaluation,
  getEvaluation,
  getEvaluationVersion,
  listEvaluationAudit,
  listEvaluations,
  updateEvaluation,
  type EvaluationView,
} from '../services/evaluationService';
import type { StoreContext } from '../store/storeContext';
import { defineRoute } from './defineRoute';
import { withIdempotency } from './idempotency';
import { etag, expectedVersion } from './ifMatch';
import { pageResponse } from './pageResponse';
import { departmentIdParam, pageQuery, submissionIdParam, versionParam, yearParam } from '../../contract/queryParams';

const idParams = z.strictObject({ id: submissionIdParam });

const viewResponse = (status: number) =>
  function render(view: EvaluationView): ApiResponse {
    return json(status, view, { etag: etag(view.head.version), ...(status === 201 ? { location: `/v1/evaluations/${view.head.id}` } : {}) });
  };

/** The /v1/evaluations routes of docs/api.md: finance re-evaluation, key evaluation, department overall evaluation, gaps. */
export const evaluationRoutes = (store: StoreContext): RouteDefinition[] => [
  defineRoute({
    method: 'POST',
    path: '/v1/evaluations',
    body: z.strictObject({ subjectType: EvaluationSubjectType, subjectId: Id, year: Year, kind: EvaluationKind.default('reEvaluation'), input: EvaluationInput.strict() }),
    handle: (context) => withIdempotency(store, context, (meta) => createEvaluation(store, context.principal, context.body, meta), viewResponse(201)),
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/evaluations',
    query: z.strictObject({ year: yearParam, subjectType: EvaluationSubjectType.default('project'), departmentId: departmentIdParam.optional(), ...pageQuery }),
    handle: async ({ principal, query }) => pageResponse(await listEvaluations(store, principal, query, query)),
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/evaluations/gaps',
    query: z.strictObject({ year: yearParam, departmentId: departmentIdParam.optional() }),
    handle: async ({ principal, query, now, request }) =>
      json(200, await evaluationGaps(store, principal, query, { now: now(), requestId: request.requestId })),
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/evaluations/{id}',
    params: idParams,
    query: z.strictObject({}),
    handle: async ({ principal, params }) => viewResponse(200)(await getEvaluation(store, principal, params.id)),
  }),
  defineRoute({
    method: 'PUT',
    path: '/v1/evaluations/{id}',
    params: idParams,
    body: z.strictObject({ kind: EvaluationKind.optional(), input: EvaluationInput.strict(), comment: z.string().trim().max(2000).optional() }),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), ...context.body };
      return withIdempotency(store, context, (meta) => updateEvaluation(store, context.principal, input, meta), viewResponse(200));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/evaluations/{id}/versions/{version}',
    params: z.strictObject({ id: submissionIdParam, version: versionParam }),
    query: z.strictObject({}),
    handle: async ({ principal, params }) => json(200, await getEvaluationVersion(store, principal, params.id, params.version), { etag: etag(params.version) }),
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/evaluations/{id}/audit',
    params: idParams,
    query: z.strictObject({ ...pageQuery }),
    handle: async ({ principal, params, query }) => pageResponse(await listEvaluationAudit(store, principal, params.id, query)),
  }),
];
