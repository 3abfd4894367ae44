import type { ExAnteRules } from '../../ruleSet/exAnteRules';
import type { FormDefinition } from '../formDefinition';
import { exAnteCell } from './exAnteCell';
import { exAnteForm } from './exAnteForm';
import { exAnteFromGrid } from './exAnteFromGrid';
import { ExAnteSheet } from './exAnteSheet';
import { exAnteToGrid } from './exAnteToGrid';

/**
 * 事前绩效评估表: of a project or a policy; the department or finance drafts it, finance reviews it.
 * Its dimensions' points and checklists come from the rule set, so rendering and reading take them.
 */
export const exAnteDefinition: FormDefinition<
  ExAnteSheet,
  { rules: Pick<ExAnteRules, 'dimensionPoints' | 'checklists'> },
  { stored: ExAnteSheet; rules: Pick<ExAnteRules, 'checklists'> }
> = {
  id: 'exAnteAssessment',
  title: exAnteForm.title,
  sheetName: exAnteForm.sheetName,
  what: { zh: '事前绩效评估', en: 'Ex-ante assessment' },
  subjectTypes: ['project', 'policy'],
  schema: ExAnteSheet,
  layout: exAnteForm,
  roles: { file: ['filer', 'departmentHead', 'financeReviewer', 'financeAdmin'], review: ['financeReviewer'] },
  toGrid: (data, { rules }) => exAnteToGrid(data, rules),
  fromGrid: (values, { stored, rules }) => exAnteFromGrid(values, stored, rules),
  cell: (path) => exAnteCell(path),
  workbookTitle: (data) => `事前绩效评估表-${data.subjectName}`,
};
