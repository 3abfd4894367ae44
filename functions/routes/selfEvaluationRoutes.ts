import { z } from 'zod';
import { SelfEvaluationIndicator, SelfEvaluationSheet } from '../../domain/forms/selfEvaluationSheet';
import { selfEvaluationToGrid } from '../../domain/forms/selfEvaluationToGrid';
import { Id, Year } from '../../domain/model/ids';
import { json } from '../http/json';
import type { ApiResponse, RouteDefinition } from '../http/types';
import { CalculatorRequest, scoreWithCalculator } from '../services/selfEvaluationCalculator';
import {
  approveSelfEvaluation,
  createSelfEvaluation,
  getSelfEvaluation,
  getSelfEvaluationVersion,
  listSelfEvaluationAudit,
  listSelfEvaluations,
  listSelfEvaluationVersions,
  recomputeSelfEvaluation,
  returnSelfEvaluation,
  saveSelfEvaluation,
  submitSelfEvaluation,
  type SelfEvaluationView,
} from '../services/selfEvaluationService';
import type { StoreContext } from '../store/storeContext';
import { renderWorkbook } from '../xlsx/renderWorkbook';
import { defineRoute } from './defineRoute';
import { withIdempotency } from './idempotency';
import { etag, expectedVersion } from './ifMatch';
import { pageResponse } from './pageResponse';
import { departmentIdParam, pageQuery, statusParam, submissionIdParam, versionParam, yearParam } from './querySchemas';

/** The sheet as the API accepts it: unknown fields refused, and no `result` (the score is the server's). */
const StrictSelfEvaluationSheet = SelfEvaluationSheet.omit({ result: true })
  .extend({ budget: SelfEvaluationSheet.shape.budget.strict(), indicators: z.array(SelfEvaluationIndicator.strict()).max(500) })
  .strict();

const idParams = z.strictObject({ id: submissionIdParam });
const noQuery = z.strictObject({});
const comment = z.string().trim().min(1, '退回意见不能为空 / a comment is required').max(2000);

const viewResponse = (status: number) =>
  function render(view: SelfEvaluationView): ApiResponse {
    return json(status, view, { etag: etag(view.head.version), ...(status === 201 ? { location: `/v1/self-evaluations/${view.head.id}` } : {}) });
  };

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The /v1/self-evaluations routes of docs/api.md, and the stateless calculator. Writes honour If-Match and Idempotency-Key. */
export const selfEvaluationRoutes = (store: StoreContext): RouteDefinition[] => [
  defineRoute({
    method: 'POST',
    path: '/v1/self-evaluations/score',
    body: CalculatorRequest,
    handle: async ({ principal, body, now }) => json(200, await scoreWithCalculator(store, principal, body, now())),
  }),
  defineRoute({
    method: 'POST',
    path: '/v1/self-evaluations',
    body: z.strictObject({ projectId: Id, year: Year }),
    handle: (context) =>
      withIdempotency(store, context, (meta) => createSelfEvaluation(store, context.principal, context.body, meta), viewResponse(201)),
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/self-evaluations',
    query: z.strictObject({ year: yearParam, departmentId: departmentIdParam.optional(), status: statusParam.optional(), ...pageQuery }),
    handle: async ({ principal, query }) =>
      pageResponse(await listSelfEvaluations(store, principal, { year: query.year, departmentId: query.departmentId, status: query.status }, query)),
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/self-evaluations/{id}',
    params: idParams,
    query: noQuery,
    handle: async ({ principal, params }) => viewResponse(200)(await getSelfEvaluation(store, principal, params.id)),
  }),
  defineRoute({
    method: 'PUT',
    path: '/v1/self-evaluations/{id}',
    params: idParams,
    body: z.strictObject({ data: StrictSelfEvaluationSheet }),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), data: context.body.data };
      return withIdempotency(store, context, (meta) => saveSelfEvaluation(store, context.principal, input, meta), viewResponse(200));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/v1/self-evaluations/{id}/submit',
    params: idParams,
    body: z.strictObject({ data: StrictSelfEvaluationSheet.optional() }).optional(),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), data: context.body?.data };
      return withIdempotency(store, context, (meta) => submitSelfEvaluation(store, context.principal, input, meta), viewResponse(200));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/v1/self-evaluations/{id}/return',
    params: idParams,
    body: z.strictObject({ comment }),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), comment: context.body.comment };
      return withIdempotency(store, context, (meta) => returnSelfEvaluation(store, context.principal, input, meta), viewResponse(200));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/v1/self-evaluations/{id}/approve',
    params: idParams,
    body: z.strictObject({ comment: z.string().trim().max(2000).optional() }).optional(),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), comment: context.body?.comment || undefined };
      return withIdempotency(store, context, (meta) => approveSelfEvaluation(store, context.principal, input, meta), viewResponse(200));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/v1/self-evaluations/{id}/recompute',
    params: idParams,
    body: z.strictObject({ reason: z.string().trim().max(500).optional() }).optional(),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), reason: context.body?.reason || undefined };
      return withIdempotency(store, context, (meta) => recomputeSelfEvaluation(store, context.principal, input, meta), viewResponse(200));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/self-evaluations/{id}/versions',
    params: idParams,
    query: z.strictObject({ ...pageQuery }),
    handle: async ({ principal, params, query }) => pageResponse(await listSelfEvaluationVersions(store, principal, params.id, query)),
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/self-evaluations/{id}/versions/{version}',
    params: z.strictObject({ id: submissionIdParam, version: versionParam }),
    query: noQuery,
    handle: async ({ principal, params }) => {
      const version = await getSelfEvaluationVersion(store, principal, params.id, params.version);
      return json(200, version, { etag: etag(version.version) });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/self-evaluations/{id}/audit',
    params: idParams,
    query: z.strictObject({ ...pageQuery }),
    handle: async ({ principal, params, query }) => pageResponse(await listSelfEvaluationAudit(store, principal, params.id, query)),
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/self-evaluations/{id}/workbook',
    params: idParams,
    query: noQuery,
    handle: async ({ principal, params }) => {
      const view = await getSelfEvaluation(store, principal, params.id);
      const file = await renderWorkbook([selfEvaluationToGrid(view.data)], {
        protect: true,
        meta: { form: view.head.form, submissionId: view.head.id, version: String(view.head.version) },
      });
      const name = `项目支出绩效自评表-${view.data.projectName}-${view.head.year}.xlsx`;
      return {
        status: 200,
        headers: {
          'content-type': xlsxType,
          // RFC 6266 / RFC 8187: an ASCII fallback plus the UTF-8 name.
          'content-disposition': `attachment; filename="${view.head.id}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
          etag: etag(view.head.version),
        },
        body: new Uint8Array(file),
      };
    },
  }),
];
