import { evaluatorKindLabels, type EvaluationInput, type EvaluatorKind } from '../evaluation/evaluationInput';
import type { EvaluationResult } from '../evaluation/scoreFramework';
import type { Bilingual } from '../model/bilingual';
import type { Project } from '../model/project';
import type { SubmissionHead } from '../model/submission';
import type { EvaluationFramework } from '../ruleSet/evaluationRules';
import { decimalToScaled, numberToDecimal, scaledToDecimal } from '../values/decimal';
import type { ConsolidationColumn } from './consolidationColumn';
import type { ProjectRow } from './consolidationRow';
import { traceOf } from './rowBase';

/** A finance evaluation as stored (functions/services/evaluationService.ts EvaluationRecord). */
export interface StoredEvaluation {
  kind: 'reEvaluation' | 'keyEvaluation';
  input: EvaluationInput;
  result: EvaluationResult;
}

/** What a consolidated evaluation row adds to a project row (RULES.md §3). */
export interface EvaluationDetail {
  kind: StoredEvaluation['kind'];
  /** Each level-1 part (决策/过程/产出/效益) with its points and score; labels from the framework scored with. */
  parts: { id: string; label?: Bilingual; points: number; score: string }[];
  /** Each evaluator's total, kept (RULES.md §3). */
  evaluators: { id: string; kind: EvaluatorKind; total: string }[];
  /** The unit's own self-evaluation total, once submitted. */
  selfScore?: string;
  /** self − finance: positive when the unit rated itself higher (a measure of self-evaluation quality). */
  gap?: string;
  ruleSetId: string;
  ruleSetVersion: number;
}

export interface EvaluationProjectRow extends ProjectRow {
  evaluation: EvaluationDetail;
}

const text = (value: number): string => numberToDecimal(value) ?? '';

const labelsFrom = (parts: EvaluationDetail['parts'], framework: EvaluationFramework | undefined): EvaluationDetail['parts'] =>
  parts.map((part) => {
    const label = part.label ?? framework?.parts.find((p) => p.id === part.id)?.label;
    return label ? { ...part, label } : part;
  });

/**
 * The consolidated row of one finance evaluation (财政再评价 or 财政重点评价) of a project: total and
 * grade as the project row's score and grade, plus its parts, evaluators and the rule set it was
 * scored with. Part labels come from the evaluation's own framework when it carried one; otherwise
 * `framework` (the rule set's) supplies them, see withFramework.
 *
 * @example
 * const { projects } = evaluationRows(head, record, project, '南通市教育局');
 */
export const evaluationRows = (
  head: SubmissionHead,
  record: StoredEvaluation,
  project: Project | undefined,
  departmentName: string,
): { projects: EvaluationProjectRow[]; indicators: [] } => {
  const { result } = record;
  const parts = labelsFrom(result.parts.map((part) => ({ id: part.id, points: part.points, score: text(part.score) })), record.input.framework);
  return {
    projects: [
      {
        ...traceOf(head),
        departmentId: head.departmentId,
        departmentName,
        subjectType: head.subjectType,
        subjectId: head.subjectId,
        subjectName: project?.name_zh ?? head.subjectId,
        form: 'evaluation',
        ...(project === undefined ? {} : { budgetType: project.budgetType, isMajor: project.isMajor, isNew: project.isNew, amountFen: project.amountFen }),
        indicatorCount: result.items.length,
        score: text(result.total),
        grade: result.grade,
        evaluation: {
          kind: record.kind,
          parts,
          evaluators: result.evaluators.map((e) => ({ id: e.id, kind: e.kind, total: text(e.total) })),
          ruleSetId: result.ruleSetId,
          ruleSetVersion: result.ruleSetVersion,
        },
      },
    ],
    indicators: [],
  };
};

/** The row with part labels taken from the framework it was scored with, where it has none yet. */
export const withFramework = (row: EvaluationProjectRow, framework: EvaluationFramework): EvaluationProjectRow => ({
  ...row,
  evaluation: { ...row.evaluation, parts: labelsFrom(row.evaluation.parts, framework) },
});

/**
 * The row with the unit's self-evaluation total and the gap self − finance, exact (both are stored
 * rounded to the rule set's decimals, so their difference needs no further rounding).
 *
 * @example
 * withSelfScore(row, 92.5).evaluation.gap // '10' for a finance total of 82.5
 */
export const withSelfScore = (row: EvaluationProjectRow, selfScore: number): EvaluationProjectRow => {
  const self = text(selfScore);
  const finance = row.score ?? '';
  const scale = Math.max(...[self, finance].map((d) => (d.split('.')[1] ?? '').length));
  const a = decimalToScaled(self, scale);
  const b = decimalToScaled(finance, scale);
  const gap = a === undefined || b === undefined ? undefined : scaledToDecimal(a - b, scale);
  return { ...row, evaluation: { ...row.evaluation, selfScore: self, ...(gap === undefined ? {} : { gap }) } };
};

const decimal = (value: string | undefined) => (value === undefined || value === '' ? null : Number(value));
const kindLabels = { reEvaluation: { zh: '财政再评价', en: 'Re-evaluation' }, keyEvaluation: { zh: '财政重点评价', en: 'Key evaluation' } };

/**
 * Columns an evaluation row adds after the project columns (consolidationColumns.ts): the kind, the
 * score of each part of the default framework (决策/过程/产出/效益), the evaluators, the self-score
 * and the gap.
 */
export const evaluationColumns: ConsolidationColumn<EvaluationProjectRow>[] = [
  { key: 'evaluationKind', label: { zh: '评价类型', en: 'Kind' }, width: 12, format: '@', value: (r) => kindLabels[r.evaluation.kind].zh },
  ...[
    { id: 'decision', label: { zh: '决策得分', en: 'Decision' } },
    { id: 'process', label: { zh: '过程得分', en: 'Process' } },
    { id: 'output', label: { zh: '产出得分', en: 'Output' } },
    { id: 'outcome', label: { zh: '效益得分', en: 'Outcome' } },
  ].map(({ id, label }): ConsolidationColumn<EvaluationProjectRow> => ({
    key: `part.${id}`,
    label,
    width: 8,
    format: '0.00',
    value: (r) => decimal(r.evaluation.parts.find((p) => p.id === id)?.score),
  })),
  {
    key: 'evaluators',
    label: { zh: '评价人得分', en: 'Evaluators' },
    width: 30,
    format: '@',
    value: (r) => r.evaluation.evaluators.map((e) => `${evaluatorKindLabels[e.kind].zh} ${e.id}：${e.total}`).join('；') || null,
    internal: true,
  },
  { key: 'selfScore', label: { zh: '自评得分', en: 'Self-score' }, width: 8, format: '0.00', value: (r) => decimal(r.evaluation.selfScore) },
  { key: 'gap', label: { zh: '自评偏差', en: 'Self-score gap' }, width: 8, format: '0.00', value: (r) => decimal(r.evaluation.gap) },
];
