import type { FormDefinition } from '../formDefinition';
import { selfEvaluationCell } from './selfEvaluationCell';
import { selfEvaluationFromGrid } from './selfEvaluationFromGrid';
import { selfEvaluationForm } from './selfEvaluationLayout';
import { SelfEvaluationSheet } from './selfEvaluationSheet';
import { selfEvaluationToGrid, type ShownSelfEvaluationScore } from './selfEvaluationToGrid';

/**
 * 项目支出绩效自评表: a department files it per project, finance reviews it. Rendering may show a
 * score other than the stored one (the add-in's live score); reading keeps the locked cells of the
 * stored version.
 */
export const selfEvaluationDefinition: FormDefinition<SelfEvaluationSheet, { score?: ShownSelfEvaluationScore } | undefined, { stored: SelfEvaluationSheet }> = {
  id: 'selfEvaluation',
  title: selfEvaluationForm.title,
  sheetName: selfEvaluationForm.sheetName,
  what: { zh: '绩效自评表', en: 'Self-evaluation' },
  subjectTypes: ['project'],
  schema: SelfEvaluationSheet,
  layout: selfEvaluationForm,
  roles: { file: ['filer', 'departmentHead'], review: ['financeReviewer'] },
  toGrid: (data, options) => selfEvaluationToGrid(data, options && 'score' in options ? options.score : data.result),
  fromGrid: (values, { stored }) => selfEvaluationFromGrid(values, stored),
  cell: selfEvaluationCell,
  workbookTitle: (data) => `项目支出绩效自评表-${data.projectName}`,
};
