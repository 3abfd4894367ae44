import type { ConsolidationForm } from '../../domain/consolidation/consolidationForm';
import { monitoringRows } from '../../domain/consolidation/monitoringRows';
import { selfEvaluationRows } from '../../domain/consolidation/selfEvaluationRows';
import { targetSheetRows } from '../../domain/consolidation/targetSheetRows';
import { MonitoringSheet } from '../../domain/forms/monitoring/monitoringSheet';
import { SelfEvaluationSheet } from '../../domain/forms/selfEvaluation/selfEvaluationSheet';
import { TargetSheet } from '../../domain/model/targetSheet';
import type { ConsolidationSource } from './consolidationSource';
import { evaluationSource } from './evaluationSource';
import { recommendationSource } from './recommendationSource';
import { submissionSource } from './submissionSource';

export const targetSheetSource = submissionSource('targetSheet', (head, data, project, name) => targetSheetRows(head, TargetSheet.parse(data), project, name));
export const selfEvaluationSource = submissionSource('selfEvaluation', (head, data, project, name) =>
  selfEvaluationRows(head, SelfEvaluationSheet.parse(data), project, name),
);

export const monitoringSource = submissionSource('monitoring', (head, data, project, name) => monitoringRows(head, MonitoringSheet.parse(data), project, name));

/** Every consolidation form has its source; the Record type keeps a new consolidation form from compiling without one. */
const sources: Record<ConsolidationForm, ConsolidationSource> = {
  targetSheet: targetSheetSource,
  monitoring: monitoringSource,
  selfEvaluation: selfEvaluationSource,
  evaluation: evaluationSource,
  recommendation: recommendationSource,
};

/**
 * The source of a form.
 *
 * @example
 * const source = consolidationSource('targetSheet');
 */
export const consolidationSource = (form: ConsolidationForm): ConsolidationSource => sources[form];
