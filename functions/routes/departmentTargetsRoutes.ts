import { z } from 'zod';
import { departmentTargetsDefinition } from '../../domain/forms/departmentTargets/departmentTargetsDefinition';
import { DepartmentTargets } from '../../domain/model/departmentTargets';
import { Id, Year } from '../../domain/model/ids';
import type { RouteDefinition } from '../http/types';
import { createDepartmentTargets, departmentTargetsLifecycle, saveDepartmentTargets, submitDepartmentTargets } from '../services/departmentTargetsService';
import type { StoreContext } from '../store/storeContext';
import { formWorkbookResponse } from './formWorkbookResponse';
import { submissionRoutes } from './submissionRoutes';

/** The /v1/department-targets routes of docs/api.md (部门整体绩效目标申报表, RULES.md §3). */
export const departmentTargetsRoutes = (store: StoreContext): RouteDefinition[] =>
  submissionRoutes(store, {
    base: '/v1/department-targets',
    lifecycle: departmentTargetsLifecycle,
    create: { body: z.strictObject({ departmentId: Id, year: Year, data: DepartmentTargets.optional() }), write: createDepartmentTargets },
    data: DepartmentTargets,
    save: saveDepartmentTargets,
    submit: submitDepartmentTargets,
    workbook: async (view) => formWorkbookResponse(departmentTargetsDefinition, view, undefined),
  });
