import { z } from 'zod';
import { MonitoringPeriod, monitoringIdPattern } from '../../domain/forms/monitoringPeriod';
import { monitoringToGrid } from '../../domain/forms/monitoringToGrid';
import { Id, Text, Year } from '../../domain/model/ids';
import { Fen } from '../../domain/model/money';
import { FinanceAction } from '../../domain/monitoring/financeAction';
import { DeviationExplanation } from '../../domain/monitoring/monitoringReport';
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
import { departmentIdParam, pageQuery, statusParam, yearParam } from './querySchemas';
import { submissionResponse } from './submissionResponse';
import { submissionRoutes } from './submissionRoutes';

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
const comment = z.string().trim().min(1, '意见不能为空 / a comment is required').max(2000);

/** The /v1/monitoring routes (docs/api.md, issue #4). Writes honour If-Match and Idempotency-Key. */
export const monitoringRoutes = (store: StoreContext): RouteDefinition[] => [
  ...submissionRoutes(store, {
    base,
    idParam: monitoringIdParam,
    lifecycle: monitoringLifecycle,
    create: { body: z.strictObject({ projectId: Id, year: Year, period: MonitoringPeriod }), write: createMonitoring },
    data: StrictMonitoringInput,
    save: saveMonitoring,
    submit: submitMonitoring,
    list: {
      query: z.strictObject({ year: yearParam, period: MonitoringPeriod.optional(), departmentId: departmentIdParam.optional(), status: statusParam.optional(), ...pageQuery }),
      heads: (principal, query) =>
        listMonitoring(store, principal, { year: query.year, period: query.period, departmentId: query.departmentId, status: query.status }, query),
    },
    returnComment: comment,
    workbook: async ({ data, head }) => formWorkbookResponse(monitoringToGrid(data), head, `绩效运行监控表-${data.projectName}-${data.period}`),
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
    method: 'POST',
    path: `${base}/{id}/actions`,
    params: z.strictObject({ id: monitoringIdParam }),
    body: z.strictObject({ action: FinanceAction, reason: comment }),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), action: context.body.action, reason: context.body.reason };
      return withIdempotency(store, context, (meta) => recordFinanceAction(store, context.principal, input, meta), submissionResponse(200));
    },
  }),
];
