import type { RuleSet } from '../../ruleSet/ruleSet';
import type { FormDefinition } from '../formDefinition';
import { monitoringCell } from './monitoringCell';
import { monitoringForm } from './monitoringForm';
import { monitoringFromGrid } from './monitoringFromGrid';
import { MonitoringSheet } from './monitoringSheet';
import { monitoringToGrid } from './monitoringToGrid';

/**
 * 项目支出绩效运行监控表: one report per project and period (the period is in the id, see
 * monitoringPeriod.ts); a department files it, finance reviews it. Reading with a rule set computes
 * the signals as the server would.
 */
export const monitoringDefinition: FormDefinition<
  MonitoringSheet,
  undefined,
  { stored: MonitoringSheet; ruleSet?: Pick<RuleSet, 'id' | 'version' | 'monitoring'> }
> = {
  id: 'monitoring',
  title: monitoringForm.title,
  sheetName: monitoringForm.sheetName,
  what: { zh: '绩效运行监控表', en: 'Monitoring report' },
  subjectTypes: ['project'],
  schema: MonitoringSheet,
  layout: monitoringForm,
  roles: { file: ['filer', 'departmentHead'], review: ['financeReviewer'] },
  toGrid: (data) => monitoringToGrid(data),
  fromGrid: (values, { stored, ruleSet }) => monitoringFromGrid(values, stored, ruleSet),
  cell: monitoringCell,
  workbookTitle: (data) => `绩效运行监控表-${data.projectName}-${data.period}`,
};
