import { z } from 'zod';
import { CreateExAnte, exAnteNote, StrictExAnteInput } from '../../contract/exAnte';
import { exAnteDefinition } from '../../domain/forms/exAnte/exAnteDefinition';
import type { RouteDefinition } from '../http/types';
import {
  approveExAnte,
  createExAnte,
  exAnteLifecycle,
  listVisiblePolicies,
  recordExAnteRevision,
  saveExAnte,
  submitExAnte,
} from '../services/exAnteService';
import { currentRuleSet } from '../services/ruleSetService';
import type { StoreContext } from '../store/storeContext';
import { defineRoute } from './defineRoute';
import { formWorkbookResponse } from './formWorkbookResponse';
import { withIdempotency } from './idempotency';
import { expectedVersion } from './ifMatch';
import { pageResponse } from './pageResponse';
import { departmentIdParam, pageQuery, submissionIdParam, yearParam } from '../../contract/queryParams';
import { submissionResponse } from './submissionResponse';
import { submissionRoutes } from './submissionRoutes';

const base = '/v1/ex-ante-assessments';

/** The /v1/ex-ante-assessments routes and GET /v1/policies (docs/api.md "Routes: ex-ante assessment, approval gate, monitoring, budgets, social insurance funds"). Writes honour If-Match and Idempotency-Key. */
export const exAnteRoutes = (store: StoreContext): RouteDefinition[] => [
  defineRoute({
    method: 'GET',
    path: '/v1/policies',
    query: z.strictObject({ year: yearParam, departmentId: departmentIdParam.optional(), ...pageQuery }),
    handle: async ({ principal, query }) => pageResponse(await listVisiblePolicies(store, principal, { year: query.year, departmentId: query.departmentId }, query)),
  }),
  ...submissionRoutes(store, {
    base,
    lifecycle: exAnteLifecycle,
    create: { body: CreateExAnte, write: createExAnte },
    data: StrictExAnteInput,
    save: saveExAnte,
    submit: submitExAnte,
    approve: approveExAnte,
    returnComment: exAnteNote,
    workbook: async (view, { request, now }) => {
      // The checklists and points the service checks this assessment with: the region's current rule set.
      const { data: ruleSet } = await currentRuleSet(store, view.head.regionId, view.head.year, { now: now(), requestId: request.requestId });
      return formWorkbookResponse(exAnteDefinition, view, { rules: ruleSet.exAnte });
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${base}/{id}/revision`,
    params: z.strictObject({ id: submissionIdParam }),
    body: z.strictObject({ note: exAnteNote }),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), note: context.body.note };
      return withIdempotency(store, context, (meta) => recordExAnteRevision(store, context.principal, input, meta), submissionResponse(200));
    },
  }),
];
