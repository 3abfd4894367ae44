import { z } from 'zod';
import {
  CreateMonitoring,
  ListMonitoringQuery,
  monitoringComment,
  MonitoringExecutionQuery,
  monitoringIdParam,
  MonitoringWarningsQuery,
  RecordFinanceAction,
  StrictMonitoringInput,
} from '../../contract/monitoring';
import { monitoringDefinition } from '../../domain/forms/monitoring/monitoringDefinition';
import { notFound } from '../errors/appError';
import { json } from '../http/json';
import type { RouteDefinition } from '../http/types';
import {
  createMonitoring,
  latestExecution,
  listMonitoring,
  listMonitoringWarnings,
  monitoringLifecycle,
  recordFinanceAction,
  saveMonitoring,
  submitMonitoring,
} from '../services/monitoringService';
import type { StoreContext } from '../store/storeContext';
import { defineRoute } from './defineRoute';
import { formWorkbookResponse } from './formWorkbookResponse';
import { withIdempotency } from './idempotency';
import { expectedVersion } from './ifMatch';
import { pageResponse } from './pageResponse';
import { submissionResponse } from './submissionResponse';
import { submissionRoutes } from './submissionRoutes';

const base = '/v1/monitoring';

/** The /v1/monitoring routes (docs/api.md "Routes: ex-ante assessment, approval gate, monitoring, budgets, social insurance funds"). Writes honour If-Match and Idempotency-Key. */
export const monitoringRoutes = (store: StoreContext): RouteDefinition[] => [
  ...submissionRoutes(store, {
    base,
    idParam: monitoringIdParam,
    lifecycle: monitoringLifecycle,
    create: { body: CreateMonitoring, write: createMonitoring },
    data: StrictMonitoringInput,
    save: saveMonitoring,
    submit: submitMonitoring,
    list: {
      query: ListMonitoringQuery,
      heads: (principal, query) =>
        listMonitoring(store, principal, { year: query.year, period: query.period, departmentId: query.departmentId, status: query.status }, query),
    },
    returnComment: monitoringComment,
    workbook: async (view) => formWorkbookResponse(monitoringDefinition, view, undefined),
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/warnings`,
    query: MonitoringWarningsQuery,
    handle: async ({ principal, query }) =>
      pageResponse(await listMonitoringWarnings(store, principal, { year: query.year, period: query.period, departmentId: query.departmentId }, query)),
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/execution`,
    query: MonitoringExecutionQuery,
    handle: async ({ principal, query }) => {
      const found = await latestExecution(store, principal, query);
      if (!found) throw notFound('已报送的运行监控', 'A submitted monitoring report');
      return json(200, found);
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${base}/{id}/actions`,
    params: z.strictObject({ id: monitoringIdParam }),
    body: RecordFinanceAction,
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), action: context.body.action, reason: context.body.reason };
      return withIdempotency(store, context, (meta) => recordFinanceAction(store, context.principal, input, meta), submissionResponse(200));
    },
  }),
];
