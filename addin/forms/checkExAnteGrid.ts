import { exAnteChecklistRows, exAnteCell } from '../../domain/forms/exAnte/exAnteCell';
import { exAnteFromGrid } from '../../domain/forms/exAnte/exAnteFromGrid';
import type { ExAnteSheet } from '../../domain/forms/exAnte/exAnteSheet';
import { scoreExAnteAssessment, type ExAnteResult } from '../../domain/exAnte/scoreExAnteAssessment';
import type { CellValue } from '../../domain/grid/grid';
import type { Problem } from '../../domain/problem';
import type { ExAnteRules } from '../../domain/ruleSet/exAnteRules';

/** An ex-ante assessment as read from Excel and scored. */
export interface ExAnteReading {
  data?: ExAnteSheet;
  /** The provisional score and conclusion; the finance bureau records the real one at approval. */
  result?: ExAnteResult;
  /** Reading problems, then scoring problems (a score above its points, a dimension unscored), with cells. */
  problems: Problem[];
}

/**
 * Reads a 事前绩效评估表 grid over the stored assessment and scores it with the domain code the
 * server runs at submit and approval, placing each problem on its cell as the server does
 * (`assessment.assessors.0.scores.economy` → D11). No assessor whose score counts is only a warning
 * here, as at submit: the finance bureau adds those scores when it approves.
 *
 * @example
 * const { problems } = checkExAnteGrid(await host.readGrid(sheetName), stored, ruleSet.exAnte);
 */
export function checkExAnteGrid(values: CellValue[][], stored: ExAnteSheet, rules: ExAnteRules): ExAnteReading {
  const read = exAnteFromGrid(values, stored, rules);
  if (!read.data) return { problems: read.problems };
  const result = scoreExAnteAssessment(read.data.assessment, rules);
  const rows = exAnteChecklistRows(read.data.assessment.category, rules.checklists);
  const placed = result.problems.map((found): Problem => {
    // The finance bureau adds the scores that count at approval; the server submits without them.
    const p: Problem = found.code === 'exAnte.noCountingAssessor' ? { ...found, severity: 'warning' } : found;
    if (p.path === undefined) return p;
    const cell = exAnteCell(p.path, rows);
    return { ...p, path: `assessment.${p.path}`, ...(cell ? { cell } : {}) };
  });
  return { data: read.data, result, problems: [...read.problems, ...placed] };
}
