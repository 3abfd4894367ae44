/**
 * 项目支出绩效自评表: the one import for callers (backend, add-in, xlsx renderer). The spec is data in
 * selfEvaluationLayout.ts; each function lives in its own file.
 *
 * @example
 * import { selfEvaluationToGrid, selfEvaluationFromGrid, selfEvaluationScoringInput } from '../domain/forms/selfEvaluation/selfEvaluationForm';
 */
export { selfEvaluationForm, selfEvaluationColumns, budgetCells, notApplicableWords } from './selfEvaluationLayout';
export type { SelfEvaluationColumn, SelfEvaluationForm } from './selfEvaluationLayout';
export { SelfEvaluationSheet, SelfEvaluationIndicator, StoredSelfEvaluationScore } from './selfEvaluationSheet';
export { selfEvaluationFromTargetSheet } from './selfEvaluationFromTargetSheet';
export { keepLockedFields } from './selfEvaluationLocked';
export { selfEvaluationCell, selfEvaluationCells } from './selfEvaluationCell';
export { selfEvaluationScoringInput } from './selfEvaluationScoringInput';
export { selfEvaluationToGrid, targetText } from './selfEvaluationToGrid';
export type { ShownSelfEvaluationScore } from './selfEvaluationToGrid';
export { selfEvaluationFromGrid } from './selfEvaluationFromGrid';
export type { SelfEvaluationReadResult } from './selfEvaluationFromGrid';
