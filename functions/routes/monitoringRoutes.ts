import { z } from 'zod';
import { MonitoringPeriod, monitoringIdPattern } from '../../domain/forms/monitoringPeriod';
import { monitoringToGrid } from '../../domain/forms/monitoringToGrid';
import { Id, Text, Year } from '../../domain/model/ids';
import { Fen } from '../../domain/model/money';
import { FinanceAction } from '../../domain/monitoring/financeAction';
import { DeviationExplanation } from '../../domain/monitoring/monitoringReport';
import { notFound } from '../errors/appError';
import { json } from '../http/json';
import type { ApiResponse, RouteDefinition } from '../http/types';
import {
  approveMonitoring,
  createMonitoring,
  getMonitoring,
  getMonitoringVersion,
  latestExecution,
  listMonitoring,
  listMonitoringAudit,
  listMonitoringVersions,
  listMonitoringWarnings,
  recordFinanceAction,
  returnMonitoring,
  saveMonitoring,
  submitMonitoring,
  type MonitoringView,
} from '../services/monitoringService';
import type { StoreContext } from '../store/storeContext';
import { defineRoute } from './defineRoute';
import { formWorkbookResponse } from './formWorkbookResponse';
import { withIdempotency } from './idempotency';
import { etag, expectedVersion } from './ifMatch';
import { pageResponse } from './pageResponse';
import { departmentIdParam, pageQuery, statusParam, versionParam, yearParam } from './querySchemas';

const value = z.string().trim().max(40).optional();

/** What the department writes; the indicators are given in the order of the approved targets. */
export const StrictMonitoringInput = z.strictObject({
  budgetFen: Fen.optional(),
  executedFen: Fen,
  execution: DeviationExplanation.strict().optional(),
  remarks: Text(2000).optional(),
  indicators: z.array(DeviationExplanation.extend({ actual: value, expectedFullYear: value }).strict()).max(500),
});

const base = '/v1/monitoring';
/** `monitoring.<year>.<projectId>.<period>` (domain/forms/monitoringPeriod.ts). */
const monitoringIdParam = z.string().regex(monitoringIdPattern, 'id: monitoring.<year>.<projectId>.m01–m12');
const idParams = z.strictObject({ id: monitoringIdParam });
const noQuery = z.strictObject({});
const comment = z.string().trim().min(1, '意见不能为空 / a comment is required').max(2000);

const viewResponse = (status: number) =>
  function render(view: MonitoringView): ApiResponse {
    return json(status, view, { etag: etag(view.head.version), ...(status === 201 ? { location: `${base}/${view.head.id}` } : {}) });
  };

/** The /v1/monitoring routes (docs/api.md, issue #4). Writes honour If-Match and Idempotency-Key. */
export const monitoringRoutes = (store: StoreContext): RouteDefinition[] => [
  defineRoute({
    method: 'POST',
    path: base,
    body: z.strictObject({ projectId: Id, year: Year, period: MonitoringPeriod }),
    handle: (context) => withIdempotency(store, context, (meta) => createMonitoring(store, context.principal, context.body, meta), viewResponse(201)),
  }),
  defineRoute({
    method: 'GET',
    path: base,
    query: z.strictObject({ year: yearParam, period: MonitoringPeriod.optional(), departmentId: departmentIdParam.optional(), status: statusParam.optional(), ...pageQuery }),
    handle: async ({ principal, query }) =>
      pageResponse(await listMonitoring(store, principal, { year: query.year, period: query.period, departmentId: query.departmentId, status: query.status }, query)),
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/warnings`,
    query: z.strictObject({ year: yearParam, period: MonitoringPeriod, departmentId: departmentIdParam.optional(), ...pageQuery }),
    handle: async ({ principal, query }) =>
      pageResponse(await listMonitoringWarnings(store, principal, { year: query.year, period: query.period, departmentId: query.departmentId }, query)),
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/execution`,
    query: z.strictObject({ year: yearParam, projectId: Id }),
    handle: async ({ principal, query }) => {
      const found = await latestExecution(store, principal, query);
      if (!found) throw notFound('已报送的运行监控', 'A submitted monitoring report');
      return json(200, found);
    },
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/{id}`,
    params: idParams,
    query: noQuery,
    handle: async ({ principal, params }) => viewResponse(200)(await getMonitoring(store, principal, params.id)),
  }),
  defineRoute({
    method: 'PUT',
    path: `${base}/{id}`,
    params: idParams,
    body: z.strictObject({ data: StrictMonitoringInput }),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), data: context.body.data };
      return withIdempotency(store, context, (meta) => saveMonitoring(store, context.principal, input, meta), viewResponse(200));
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${base}/{id}/submit`,
    params: idParams,
    body: z.strictObject({ data: StrictMonitoringInput.optional() }).optional(),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), data: context.body?.data };
      return withIdempotency(store, context, (meta) => submitMonitoring(store, context.principal, input, meta), viewResponse(200));
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${base}/{id}/return`,
    params: idParams,
    body: z.strictObject({ comment }),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), comment: context.body.comment };
      return withIdempotency(store, context, (meta) => returnMonitoring(store, context.principal, input, meta), viewResponse(200));
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${base}/{id}/approve`,
    params: idParams,
    body: z.strictObject({ comment: z.string().trim().max(2000).optional() }).optional(),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), comment: context.body?.comment || undefined };
      return withIdempotency(store, context, (meta) => approveMonitoring(store, context.principal, input, meta), viewResponse(200));
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${base}/{id}/actions`,
    params: idParams,
    body: z.strictObject({ action: FinanceAction, reason: comment }),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), action: context.body.action, reason: context.body.reason };
      return withIdempotency(store, context, (meta) => recordFinanceAction(store, context.principal, input, meta), viewResponse(200));
    },
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/{id}/versions`,
    params: idParams,
    query: z.strictObject({ ...pageQuery }),
    handle: async ({ principal, params, query }) => pageResponse(await listMonitoringVersions(store, principal, params.id, query)),
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/{id}/versions/{version}`,
    params: z.strictObject({ id: monitoringIdParam, version: versionParam }),
    query: noQuery,
    handle: async ({ principal, params }) => {
      const version = await getMonitoringVersion(store, principal, params.id, params.version);
      return json(200, version, { etag: etag(version.version) });
    },
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/{id}/audit`,
    params: idParams,
    query: z.strictObject({ ...pageQuery }),
    handle: async ({ principal, params, query }) => pageResponse(await listMonitoringAudit(store, principal, params.id, query)),
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/{id}/workbook`,
    params: idParams,
    query: noQuery,
    handle: async ({ principal, params }) => {
      const view = await getMonitoring(store, principal, params.id);
      return formWorkbookResponse(monitoringToGrid(view.data), view.head, `绩效运行监控表-${view.data.projectName}-${view.data.period}`);
    },
  }),
];
