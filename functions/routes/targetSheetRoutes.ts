import { CheckTargetSheet, CreateTargetSheet, StrictTargetSheet } from '../../contract/targetSheet';
import { checkTargetSheet } from '../../domain/checks/checkTargetSheet';
import { targetSheetDefinition } from '../../domain/forms/targetSheet/targetSheetDefinition';
import { json } from '../http/json';
import type { RouteDefinition } from '../http/types';
import { createTargetSheet, saveTargetSheet, submitTargetSheet, targetSheetLifecycle } from '../services/targetSheetService';
import type { StoreContext } from '../store/storeContext';
import { defineRoute } from './defineRoute';
import { formWorkbookResponse } from './formWorkbookResponse';
import { submissionRoutes } from './submissionRoutes';

/** The /v1/target-sheets routes of docs/api.md, and the stateless check. Writes honour If-Match and Idempotency-Key. */
export const targetSheetRoutes = (store: StoreContext): RouteDefinition[] => [
  ...submissionRoutes(store, {
    base: '/v1/target-sheets',
    lifecycle: targetSheetLifecycle,
    create: { body: CreateTargetSheet, write: createTargetSheet },
    data: StrictTargetSheet,
    save: saveTargetSheet,
    submit: submitTargetSheet,
    workbook: async (view) => formWorkbookResponse(targetSheetDefinition, view, undefined),
  }),
  defineRoute({
    method: 'POST',
    path: '/v1/target-sheets/check',
    body: CheckTargetSheet,
    handle: async ({ body }) => json(200, { problems: checkTargetSheet(body.data) }),
  }),
];
