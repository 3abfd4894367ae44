import { z } from 'zod';
import { targetSheetForm } from '../../domain/forms/targetSheetForm';
import { FormId } from '../../domain/model/submission';
import { json } from '../http/json';
import type { RouteDefinition } from '../http/types';
import { defineRoute } from './defineRoute';

/** Form specs by id: labels, layout and drop-down lists, as plain data. */
const forms: Record<FormId, unknown> = { targetSheet: targetSheetForm };

/** GET /v1/forms/{formId}. */
export const formRoutes = (): RouteDefinition[] => [
  defineRoute({
    method: 'GET',
    path: '/v1/forms/{formId}',
    params: z.strictObject({ formId: FormId }),
    query: z.strictObject({}),
    handle: async ({ params }) => json(200, forms[params.formId]),
  }),
];
