import { z } from 'zod';
import { AssessorScores } from '../../domain/exAnte/exAnteAssessment';
import { ChecklistAnswer, ProjectCategory } from '../../domain/exAnte/checklist';
import { ExAnteSubject } from '../../domain/exAnte/dimension';
import { exAnteToGrid } from '../../domain/forms/exAnteToGrid';
import { Id, Text, Year } from '../../domain/model/ids';
import { json } from '../http/json';
import type { ApiResponse, RouteDefinition } from '../http/types';
import {
  approveExAnte,
  createExAnte,
  getExAnte,
  getExAnteVersion,
  listExAnteAudit,
  listExAntes,
  listExAnteVersions,
  listVisiblePolicies,
  recordExAnteRevision,
  returnExAnte,
  saveExAnte,
  submitExAnte,
  type ExAnteView,
} from '../services/exAnteService';
import { currentRuleSet } from '../services/ruleSetService';
import type { StoreContext } from '../store/storeContext';
import { defineRoute } from './defineRoute';
import { formWorkbookResponse } from './formWorkbookResponse';
import { withIdempotency } from './idempotency';
import { etag, expectedVersion } from './ifMatch';
import { pageResponse } from './pageResponse';
import { departmentIdParam, pageQuery, statusParam, submissionIdParam, versionParam, yearParam } from './querySchemas';

/** What a client writes: unknown fields anywhere are refused (400 `request.unknownField`). */
export const StrictExAnteInput = z.strictObject({
  outline: Text(4000).optional(),
  assessment: z.strictObject({
    category: ProjectCategory.optional(),
    assessors: z.array(AssessorScores.strict()).min(1).max(50),
    checklistAnswers: z.record(z.string().max(64), z.record(z.string().max(64), ChecklistAnswer)).default({}),
  }),
});

const base = '/v1/ex-ante-assessments';
const idParams = z.strictObject({ id: submissionIdParam });
const noQuery = z.strictObject({});
const comment = z.string().trim().min(1, '意见不能为空 / a comment is required').max(2000);

const viewResponse = (status: number) =>
  function render(view: ExAnteView): ApiResponse {
    return json(status, view, { etag: etag(view.head.version), ...(status === 201 ? { location: `${base}/${view.head.id}` } : {}) });
  };

/** The /v1/ex-ante-assessments routes and GET /v1/policies (docs/api.md, issue #4). Writes honour If-Match and Idempotency-Key. */
export const exAnteRoutes = (store: StoreContext): RouteDefinition[] => [
  defineRoute({
    method: 'GET',
    path: '/v1/policies',
    query: z.strictObject({ year: yearParam, departmentId: departmentIdParam.optional(), ...pageQuery }),
    handle: async ({ principal, query }) => pageResponse(await listVisiblePolicies(store, principal, { year: query.year, departmentId: query.departmentId }, query)),
  }),
  defineRoute({
    method: 'POST',
    path: base,
    body: z.strictObject({ subjectType: ExAnteSubject, subjectId: Id, year: Year, data: StrictExAnteInput.optional() }),
    handle: (context) => withIdempotency(store, context, (meta) => createExAnte(store, context.principal, context.body, meta), viewResponse(201)),
  }),
  defineRoute({
    method: 'GET',
    path: base,
    query: z.strictObject({ year: yearParam, departmentId: departmentIdParam.optional(), status: statusParam.optional(), ...pageQuery }),
    handle: async ({ principal, query }) =>
      pageResponse(await listExAntes(store, principal, { year: query.year, departmentId: query.departmentId, status: query.status }, query)),
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/{id}`,
    params: idParams,
    query: noQuery,
    handle: async ({ principal, params }) => viewResponse(200)(await getExAnte(store, principal, params.id)),
  }),
  defineRoute({
    method: 'PUT',
    path: `${base}/{id}`,
    params: idParams,
    body: z.strictObject({ data: StrictExAnteInput }),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), data: context.body.data };
      return withIdempotency(store, context, (meta) => saveExAnte(store, context.principal, input, meta), viewResponse(200));
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${base}/{id}/submit`,
    params: idParams,
    body: z.strictObject({ data: StrictExAnteInput.optional() }).optional(),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), data: context.body?.data };
      return withIdempotency(store, context, (meta) => submitExAnte(store, context.principal, input, meta), viewResponse(200));
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${base}/{id}/return`,
    params: idParams,
    body: z.strictObject({ comment }),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), comment: context.body.comment };
      return withIdempotency(store, context, (meta) => returnExAnte(store, context.principal, input, meta), viewResponse(200));
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${base}/{id}/approve`,
    params: idParams,
    body: z.strictObject({ data: StrictExAnteInput.optional(), comment: z.string().trim().max(2000).optional() }).optional(),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), data: context.body?.data, comment: context.body?.comment || undefined };
      return withIdempotency(store, context, (meta) => approveExAnte(store, context.principal, input, meta), viewResponse(200));
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${base}/{id}/revision`,
    params: idParams,
    body: z.strictObject({ note: comment }),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), note: context.body.note };
      return withIdempotency(store, context, (meta) => recordExAnteRevision(store, context.principal, input, meta), viewResponse(200));
    },
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/{id}/versions`,
    params: idParams,
    query: z.strictObject({ ...pageQuery }),
    handle: async ({ principal, params, query }) => pageResponse(await listExAnteVersions(store, principal, params.id, query)),
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/{id}/versions/{version}`,
    params: z.strictObject({ id: submissionIdParam, version: versionParam }),
    query: noQuery,
    handle: async ({ principal, params }) => {
      const version = await getExAnteVersion(store, principal, params.id, params.version);
      return json(200, version, { etag: etag(version.version) });
    },
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/{id}/audit`,
    params: idParams,
    query: z.strictObject({ ...pageQuery }),
    handle: async ({ principal, params, query }) => pageResponse(await listExAnteAudit(store, principal, params.id, query)),
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/{id}/workbook`,
    params: idParams,
    query: noQuery,
    handle: async ({ principal, params, request, now }) => {
      const view = await getExAnte(store, principal, params.id);
      // The checklists and points the service checks this assessment with: the region's current rule set.
      const { data: ruleSet } = await currentRuleSet(store, view.head.regionId, view.head.year, { now: now(), requestId: request.requestId });
      return formWorkbookResponse(exAnteToGrid(view.data, ruleSet.exAnte), view.head, `事前绩效评估表-${view.data.subjectName}`);
    },
  }),
];
