import { selfEvaluationFromGrid, selfEvaluationScoringInput, type SelfEvaluationSheet } from '../../domain/forms/selfEvaluation/selfEvaluationForm';
import type { CellValue } from '../../domain/grid/grid';
import type { Problem } from '../../domain/problem';
import type { RuleSet } from '../../domain/ruleSet/ruleSet';
import { scoreSelfEvaluation, type SelfEvaluationResult } from '../../domain/scoring/scoreSelfEvaluation';

/** A self-evaluation sheet as read from Excel and scored. */
export interface SelfEvaluationReading {
  /** The filled sheet, when the grid reads (scoring problems may remain). */
  data?: SelfEvaluationSheet;
  /** The score with the rule set, when the grid reads. */
  result?: SelfEvaluationResult;
  /** Reading problems, then scoring problems; each names its cell. */
  problems: Problem[];
}

/**
 * Reads a 项目支出绩效自评表 grid over the stored sheet and scores it with the same domain code the
 * server runs at submit (selfEvaluationScoringInput → scoreSelfEvaluation), so the live score and
 * the stored one agree whenever the rule set is the same.
 *
 * @example
 * const { result } = scoreSelfEvaluationGrid(await host.readGrid(sheetName), stored, ruleSet);
 */
export function scoreSelfEvaluationGrid(values: CellValue[][], stored: SelfEvaluationSheet, ruleSet: RuleSet): SelfEvaluationReading {
  const read = selfEvaluationFromGrid(values, stored);
  if (!read.data) return { problems: read.problems };
  const result = scoreSelfEvaluation(selfEvaluationScoringInput(read.data), ruleSet);
  return { data: read.data, result, problems: [...read.problems, ...result.problems] };
}
