import { z } from 'zod';
import { checkTargetSheet } from '../../domain/checks/checkTargetSheet';
import { Id, Year } from '../../domain/model/ids';
import { json } from '../http/json';
import type { ApiResponse, RouteDefinition } from '../http/types';
import {
  approveTargetSheet,
  createTargetSheet,
  getTargetSheet,
  getTargetSheetVersion,
  listTargetSheetAudit,
  listTargetSheets,
  listTargetSheetVersions,
  returnTargetSheet,
  saveTargetSheet,
  submitTargetSheet,
  type TargetSheetView,
} from '../services/targetSheetService';
import type { StoreContext } from '../store/storeContext';
import { defineRoute } from './defineRoute';
import { withIdempotency } from './idempotency';
import { etag, expectedVersion } from './ifMatch';
import { pageResponse } from './pageResponse';
import { departmentIdParam, pageQuery, statusParam, submissionIdParam, versionParam, yearParam } from './querySchemas';
import { StrictTargetSheet } from './strictTargetSheet';
import { workbookResponse } from './workbookResponse';

const idParams = z.strictObject({ id: submissionIdParam });
const noQuery = z.strictObject({});
const comment = z.string().trim().min(1, '退回意见不能为空 / a comment is required').max(2000);

/** A sheet with its ETag (the version), so the next write can send it back as If-Match. */
const sheetResponse = (status: number) =>
  function render(view: TargetSheetView): ApiResponse {
    return json(status, view, { etag: etag(view.head.version), ...(status === 201 ? { location: `/v1/target-sheets/${view.head.id}` } : {}) });
  };

/** The /v1/target-sheets routes of docs/api.md. Writes honour If-Match and Idempotency-Key. */
export const targetSheetRoutes = (store: StoreContext): RouteDefinition[] => [
  defineRoute({
    method: 'POST',
    path: '/v1/target-sheets',
    body: z.strictObject({ projectId: Id, year: Year, data: StrictTargetSheet.optional() }),
    handle: (context) =>
      withIdempotency(store, context, (meta) => createTargetSheet(store, context.principal, context.body, meta), sheetResponse(201)),
  }),
  defineRoute({
    method: 'POST',
    path: '/v1/target-sheets/check',
    body: z.strictObject({ data: StrictTargetSheet }),
    handle: async ({ body }) => json(200, { problems: checkTargetSheet(body.data) }),
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/target-sheets',
    query: z.strictObject({ year: yearParam, departmentId: departmentIdParam.optional(), status: statusParam.optional(), ...pageQuery }),
    handle: async ({ principal, query }) =>
      pageResponse(await listTargetSheets(store, principal, { year: query.year, departmentId: query.departmentId, status: query.status }, query)),
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/target-sheets/{id}',
    params: idParams,
    query: noQuery,
    handle: async ({ principal, params }) => sheetResponse(200)(await getTargetSheet(store, principal, params.id)),
  }),
  defineRoute({
    method: 'PUT',
    path: '/v1/target-sheets/{id}',
    params: idParams,
    body: z.strictObject({ data: StrictTargetSheet }),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), data: context.body.data };
      return withIdempotency(store, context, (meta) => saveTargetSheet(store, context.principal, input, meta), sheetResponse(200));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/v1/target-sheets/{id}/submit',
    params: idParams,
    body: z.strictObject({ data: StrictTargetSheet.optional() }).optional(),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), data: context.body?.data };
      return withIdempotency(store, context, (meta) => submitTargetSheet(store, context.principal, input, meta), sheetResponse(200));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/v1/target-sheets/{id}/return',
    params: idParams,
    body: z.strictObject({ comment }),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), comment: context.body.comment };
      return withIdempotency(store, context, (meta) => returnTargetSheet(store, context.principal, input, meta), sheetResponse(200));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/v1/target-sheets/{id}/approve',
    params: idParams,
    body: z.strictObject({ comment: z.string().trim().max(2000).optional() }).optional(),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), comment: context.body?.comment || undefined };
      return withIdempotency(store, context, (meta) => approveTargetSheet(store, context.principal, input, meta), sheetResponse(200));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/target-sheets/{id}/versions',
    params: idParams,
    query: z.strictObject({ ...pageQuery }),
    handle: async ({ principal, params, query }) => pageResponse(await listTargetSheetVersions(store, principal, params.id, query)),
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/target-sheets/{id}/versions/{version}',
    params: z.strictObject({ id: submissionIdParam, version: versionParam }),
    query: noQuery,
    handle: async ({ principal, params }) => {
      const version = await getTargetSheetVersion(store, principal, params.id, params.version);
      return json(200, version, { etag: etag(version.version) });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/target-sheets/{id}/audit',
    params: idParams,
    query: z.strictObject({ ...pageQuery }),
    handle: async ({ principal, params, query }) => pageResponse(await listTargetSheetAudit(store, principal, params.id, query)),
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/target-sheets/{id}/workbook',
    params: idParams,
    query: noQuery,
    handle: async ({ principal, params }) => workbookResponse(await getTargetSheet(store, principal, params.id)),
  }),
];
