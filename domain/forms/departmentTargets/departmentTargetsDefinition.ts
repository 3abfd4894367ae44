import { checkDepartmentTargets } from '../../checks/checkDepartmentTargets';
import { DepartmentTargets } from '../../model/departmentTargets';
import type { FormDefinition } from '../formDefinition';
import { departmentTargetsCell } from './departmentTargetsCell';
import { departmentTargetsFromGrid, type DepartmentTargetsReadResult } from './departmentTargetsFromGrid';
import { departmentTargetsForm } from './departmentTargetsLayout';
import { departmentTargetsToGrid } from './departmentTargetsToGrid';

/** 部门整体绩效目标申报表: a department files it for itself, finance approves it. */
export const departmentTargetsDefinition: FormDefinition<DepartmentTargets, { minIndicatorRows?: number } | undefined, { departmentId: string; year: number }, DepartmentTargetsReadResult> = {
  id: 'departmentTargets',
  title: departmentTargetsForm.title,
  sheetName: departmentTargetsForm.sheetName,
  what: { zh: '部门整体绩效目标申报表', en: 'Department targets' },
  subjectTypes: ['department'],
  schema: DepartmentTargets,
  layout: departmentTargetsForm,
  roles: { file: ['filer', 'departmentHead'], review: ['financeReviewer'] },
  toGrid: (data, options) => departmentTargetsToGrid(data, options?.minIndicatorRows),
  fromGrid: departmentTargetsFromGrid,
  check: (data) => checkDepartmentTargets(data),
  cell: (path) => departmentTargetsCell(path),
  workbookTitle: (data) => `部门整体绩效目标申报表-${data.departmentName}`,
};
