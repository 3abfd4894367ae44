import { consolidationFormLabels, type ConsolidationForm } from '../../domain/consolidation/consolidationForm';
import { monitoringRows } from '../../domain/consolidation/monitoringRows';
import { selfEvaluationRows } from '../../domain/consolidation/selfEvaluationRows';
import { targetSheetRows } from '../../domain/consolidation/targetSheetRows';
import { MonitoringSheet } from '../../domain/forms/monitoringSheet';
import { SelfEvaluationSheet } from '../../domain/forms/selfEvaluationSheet';
import { TargetSheet } from '../../domain/model/targetSheet';
import { AppError } from '../errors/appError';
import type { ConsolidationSource } from './consolidationSource';
import { evaluationSource } from './evaluationSource';
import { recommendationSource } from './recommendationSource';
import { submissionSource } from './submissionSource';

export const targetSheetSource = submissionSource('targetSheet', (head, data, project, name) => targetSheetRows(head, TargetSheet.parse(data), project, name));
export const selfEvaluationSource = submissionSource('selfEvaluation', (head, data, project, name) =>
  selfEvaluationRows(head, SelfEvaluationSheet.parse(data), project, name),
);

export const monitoringSource = submissionSource('monitoring', (head, data, project, name) => monitoringRows(head, MonitoringSheet.parse(data), project, name));

/** The forms that can be consolidated today (docs/api.md, issue #5 routes). */
const sources: Partial<Record<ConsolidationForm, ConsolidationSource>> = {
  targetSheet: targetSheetSource,
  monitoring: monitoringSource,
  selfEvaluation: selfEvaluationSource,
  evaluation: evaluationSource,
  recommendation: recommendationSource,
};

/**
 * The source of a form, or 422 `consolidation.formUnavailable`.
 *
 * @example
 * const source = consolidationSource('targetSheet');
 */
export const consolidationSource = (form: ConsolidationForm): ConsolidationSource => {
  const source = sources[form];
  if (!source) {
    throw new AppError(
      'consolidation.formUnavailable',
      422,
      `“${consolidationFormLabels[form].zh}”的汇总尚未开放`,
      `Consolidation of ${consolidationFormLabels[form].en.toLowerCase()} is not available yet`,
    );
  }
  return source;
};
