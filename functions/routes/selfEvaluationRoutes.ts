import { z } from 'zod';
import { CreateSelfEvaluation, RecomputeSelfEvaluation, StrictSelfEvaluationSheet } from '../../contract/selfEvaluation';
import { selfEvaluationDefinition } from '../../domain/forms/selfEvaluation/selfEvaluationDefinition';
import { json } from '../http/json';
import type { RouteDefinition } from '../http/types';
import { CalculatorRequest, scoreWithCalculator } from '../services/selfEvaluationCalculator';
import {
  createSelfEvaluation,
  recomputeSelfEvaluation,
  saveSelfEvaluation,
  selfEvaluationLifecycle,
  submitSelfEvaluation,
} from '../services/selfEvaluationService';
import type { StoreContext } from '../store/storeContext';
import { defineRoute } from './defineRoute';
import { formWorkbookResponse } from './formWorkbookResponse';
import { withIdempotency } from './idempotency';
import { expectedVersion } from './ifMatch';
import { submissionIdParam } from '../../contract/queryParams';
import { submissionResponse } from './submissionResponse';
import { submissionRoutes } from './submissionRoutes';

const base = '/v1/self-evaluations';

/** The /v1/self-evaluations routes of docs/api.md, and the stateless calculator. Writes honour If-Match and Idempotency-Key. */
export const selfEvaluationRoutes = (store: StoreContext): RouteDefinition[] => [
  defineRoute({
    method: 'POST',
    path: `${base}/score`,
    body: CalculatorRequest,
    handle: async ({ principal, body, now }) => json(200, await scoreWithCalculator(store, principal, body, now())),
  }),
  ...submissionRoutes(store, {
    base,
    lifecycle: selfEvaluationLifecycle,
    create: { body: CreateSelfEvaluation, write: createSelfEvaluation },
    data: StrictSelfEvaluationSheet,
    save: saveSelfEvaluation,
    submit: submitSelfEvaluation,
    workbook: async (view) => formWorkbookResponse(selfEvaluationDefinition, view, undefined),
  }),
  defineRoute({
    method: 'POST',
    path: `${base}/{id}/recompute`,
    params: z.strictObject({ id: submissionIdParam }),
    body: RecomputeSelfEvaluation,
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), reason: context.body?.reason || undefined };
      return withIdempotency(store, context, (meta) => recomputeSelfEvaluation(store, context.principal, input, meta), submissionResponse(200));
    },
  }),
];
