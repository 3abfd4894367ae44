import { consolidationFormLabels, type ConsolidationForm } from '../../domain/consolidation/consolidationForm';
import { AppError } from '../errors/appError';
import type { ConsolidationSource } from './consolidationSource';
import { targetSheetSource } from './targetSheetSource';

/**
 * The forms that can be consolidated today. Monitoring, self-evaluation, evaluations and
 * recommendations get a source here once their submissions are stored.
 */
const sources: Partial<Record<ConsolidationForm, ConsolidationSource>> = {
  targetSheet: targetSheetSource,
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
