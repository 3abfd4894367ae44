import { RuleSet } from '../../ruleSet/ruleSet';
import type { FormDefinition } from '../formDefinition';
import { ruleSetFromGrid } from './ruleSetSheetFromGrid';
import { ruleSetSheetForm } from './ruleSetSheetPlan';
import { ruleSetToGrid } from './ruleSetSheetToGrid';

/**
 * 绩效规则设置表: the region's rule set as a sheet. The finance administrator files it and nobody
 * reviews it (a rule set is a versioned record, not a submission). Its tables grow with the rule
 * set, so a path's cell is known only from reading (every problem of ruleSetFromGrid has its cell).
 */
export const ruleSetSheetDefinition: FormDefinition<RuleSet, undefined, { base: RuleSet }> = {
  id: 'ruleSet',
  title: ruleSetSheetForm.title,
  sheetName: ruleSetSheetForm.sheetName,
  what: { zh: '规则集', en: 'Rule set' },
  subjectTypes: ['government'],
  schema: RuleSet,
  layout: ruleSetSheetForm,
  roles: { file: ['financeAdmin'], review: [] },
  toGrid: (data) => ruleSetToGrid(data),
  fromGrid: (values, { base }) => ruleSetFromGrid(values, base),
  workbookTitle: (data) => `绩效规则设置-${data.year}-第${data.version}版`,
};
