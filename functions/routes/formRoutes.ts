import { z } from 'zod';
import { formRegistry, isRegisteredForm } from '../../domain/forms/registry';
import { FormId } from '../../domain/model/submission';
import { notFound } from '../errors/appError';
import { json } from '../http/json';
import type { RouteDefinition } from '../http/types';
import { defineRoute } from './defineRoute';


/** GET /v1/forms/{formId}: the registered form's layout (labels, cells, lists) as plain data; a form id without a registered form yet answers 404. */
export const formRoutes = (): RouteDefinition[] => [
  defineRoute({
    method: 'GET',
    path: '/v1/forms/{formId}',
    params: z.strictObject({ formId: FormId }),
    query: z.strictObject({}),
    handle: async ({ params }) => {
      if (!isRegisteredForm(params.formId)) throw notFound('表格定义', 'Form spec');
      return json(200, formRegistry[params.formId].layout);
    },
  }),
];
