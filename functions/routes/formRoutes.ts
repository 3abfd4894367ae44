import { z } from 'zod';
import { departmentTargetsForm } from '../../domain/forms/departmentTargets/departmentTargetsLayout';
import { exAnteForm } from '../../domain/forms/exAnte/exAnteForm';
import { monitoringForm } from '../../domain/forms/monitoring/monitoringForm';
import { selfEvaluationForm } from '../../domain/forms/selfEvaluation/selfEvaluationLayout';
import { targetSheetForm } from '../../domain/forms/targetSheet/targetSheetForm';
import { FormId } from '../../domain/model/submission';
import { notFound } from '../errors/appError';
import { json } from '../http/json';
import type { RouteDefinition } from '../http/types';
import { defineRoute } from './defineRoute';

/** Form specs by id: labels, layout and drop-down lists, as plain data. A form id without a spec yet answers 404. */
const forms: Partial<Record<FormId, unknown>> = { targetSheet: targetSheetForm, exAnteAssessment: exAnteForm, monitoring: monitoringForm, selfEvaluation: selfEvaluationForm, departmentTargets: departmentTargetsForm };

/** GET /v1/forms/{formId}. */
export const formRoutes = (): RouteDefinition[] => [
  defineRoute({
    method: 'GET',
    path: '/v1/forms/{formId}',
    params: z.strictObject({ formId: FormId }),
    query: z.strictObject({}),
    handle: async ({ params }) => {
      const form = forms[params.formId];
      if (form === undefined) throw notFound('表格定义', 'Form spec');
      return json(200, form);
    },
  }),
];
