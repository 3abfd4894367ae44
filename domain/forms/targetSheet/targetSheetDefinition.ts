import { checkTargetSheet } from '../../checks/checkTargetSheet';
import { TargetSheet } from '../../model/targetSheet';
import type { FormDefinition } from '../formDefinition';
import { targetSheetCell } from './targetSheetCell';
import { targetSheetFromGrid, type TargetSheetReadContext, type TargetSheetReadResult } from './targetSheetFromGrid';
import { targetSheetForm } from './targetSheetLayout';
import { targetSheetToGrid, type TargetSheetGridOptions } from './targetSheetToGrid';

/** 项目支出绩效目标申报表: a department files it per project, finance approves it (RULES.md §1, §4). */
export const targetSheetDefinition: FormDefinition<TargetSheet, TargetSheetGridOptions | undefined, TargetSheetReadContext, TargetSheetReadResult> = {
  id: 'targetSheet',
  title: targetSheetForm.title,
  sheetName: targetSheetForm.sheetName,
  what: { zh: '绩效目标申报表', en: 'Target sheet' },
  subjectTypes: ['project'],
  schema: TargetSheet,
  layout: targetSheetForm,
  roles: { file: ['filer', 'departmentHead'], review: ['financeReviewer'] },
  toGrid: (data, options) => targetSheetToGrid(data, options),
  fromGrid: targetSheetFromGrid,
  check: (data) => checkTargetSheet(data),
  cell: (path) => targetSheetCell(path),
  workbookTitle: (data) => `绩效目标申报表-${data.projectName}`,
};
