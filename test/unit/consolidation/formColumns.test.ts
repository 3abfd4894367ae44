import { describe, expect, it } from 'vitest';
import { formColumns } from '../../../domain/consolidation/formColumns';
import { consolidationForms } from '../../../domain/consolidation/consolidationForm';
import { consolidationSpec } from '../../../functions/exports/consolidationWorkbookSpec';
import { pullIntoExcel } from '../../../addin/consolidation/pullIntoExcel';
import { indicatorColumns, projectColumns } from '../../../domain/consolidation/consolidationColumns';
import { evaluationColumns, evaluationRows } from '../../../domain/consolidation/evaluationRows';
import { recommendationColumns, recommendationRow } from '../../../domain/consolidation/recommendationRows';
import type { ConsolidationBatch } from '../../../domain/consolidation/consolidationRow';
import { columnLetter } from '../../../domain/grid/address';
import { scoreEvaluation } from '../../../domain/evaluation/scoreEvaluation';
import { recommendProject } from '../../../domain/linkage/recommendProject';
import { defaultRuleSet } from '../../../domain/ruleSet/ruleSet';
import { FakeExcel } from '../addin/fakeExcel';
import { headOf, projectOf } from './consolidationFixtures';

const ruleSet = defaultRuleSet('nantong', 2026);
const scores = (n: number) => ({ projectApproval: n, performanceTargets: n, fundingInput: n, fundsInPlaceRate: 4, executionRate: 3, fundUseCompliance: 4, implementation: 7, quantity: 7, quality: 8, timeliness: 6, cost: 6, economic: 5, social: 7, ecological: 5, sustainability: 4, satisfaction: 5 });
// One finance evaluator: 决策 6+6+6 = 18, total 89 (the sum of the judged scores).
const input = { evaluators: [{ id: 'f1', kind: 'finance' as const, scores: scores(6) }] };
const evaluationBatch = (): ConsolidationBatch =>
  evaluationRows(headOf({ id: 'evaluation.2026.p1', form: 'evaluation' }), { kind: 'keyEvaluation', input, result: scoreEvaluation(input, ruleSet) }, projectOf(), '南通市教育局');
const recommendationBatch = (): ConsolidationBatch => {
  const linkage = recommendProject({ projectId: 'p1', grade: 'fair', adjustedFen: 100_000_000, executedFen: 70_000_000 }, ruleSet);
  const row = recommendationRow({ ...linkage, source: 'selfEvaluation', score: 72.5, adjustedFen: 100_000_000, executedFen: 70_000_000 }, {
    head: headOf({ id: 'selfEvaluation.2026.p1', form: 'selfEvaluation' }), project: projectOf(), departmentName: '南通市教育局', ruleSet: { id: ruleSet.id, version: 1 },
  });
  return { projects: [row], indicators: [] };
};

async function* once(batch: ConsolidationBatch): AsyncGenerator<ConsolidationBatch> {
  yield batch;
}

/** The pulled 项目 sheet's header row and first data row, keyed by header. */
const pulledRow = (excel: FakeExcel, sheet: string, columns: number) =>
  Object.fromEntries(Array.from({ length: columns }, (_, c) => [excel.cell(sheet, `${columnLetter(c)}1`)?.value, excel.cell(sheet, `${columnLetter(c)}2`)?.value]));

describe('formColumns', () => {
  it('adds the evaluation and recommendation columns after the project columns; other forms keep the common ones', () => {
    const keys = (form: Parameters<typeof formColumns>[0]) => formColumns(form).projects.map((column) => column.key);
    expect(keys('evaluation')).toEqual([...projectColumns, ...evaluationColumns].map((column) => column.key));
    expect(keys('recommendation')).toEqual([...projectColumns, ...recommendationColumns].map((column) => column.key));
    for (const form of ['targetSheet', 'monitoring', 'selfEvaluation'] as const) expect(keys(form)).toEqual(projectColumns.map((column) => column.key));
    expect(formColumns('evaluation').indicators).toBe(indicatorColumns);
  });

  it('leaves the extra cells empty for a row without its detail instead of failing the pull', () => {
    const plain = { ...evaluationBatch().projects[0]! } as Record<string, unknown>;
    delete plain.evaluation;
    const extra = formColumns('evaluation').projects.slice(projectColumns.length);
    expect(extra.map((column) => column.value(plain as never))).toEqual(extra.map(() => null));
  });

  it('writes an evaluation pull with kind, part scores and evaluators, and a recommendation pull with action and amounts', async () => {
    const excel = new FakeExcel();
    await pullIntoExcel(excel.context, once(evaluationBatch()), { form: 'evaluation' });
    const evaluation = pulledRow(excel, '绩效评价-项目', projectColumns.length + evaluationColumns.length);
    expect(evaluation).toMatchObject({ '评价类型\nKind': '财政重点评价', '决策得分\nDecision': 18, '评价人得分\nEvaluators': '财政人员 f1：89', '填报编号\nSubmission id': 'evaluation.2026.p1' });
    expect(excel.cell('绩效评价-项目', `${columnLetter(projectColumns.length + evaluationColumns.length)}1`)).toBeUndefined();

    await pullIntoExcel(excel.context, once(recommendationBatch()), { form: 'recommendation' });
    const recommendation = pulledRow(excel, '结果应用建议-项目', projectColumns.length + recommendationColumns.length);
    expect(recommendation).toMatchObject({ '应用方式\nAction': '压减预算', '压减比例（%）\nCut (%)': 30, '压减金额（万元）\nCut (10k yuan)': 30, '决定状态\nDecision': '待决定', '等级\nGrade': '中' });
    expect(excel.sheet('结果应用建议-项目').filter).toBe(`A1:${columnLetter(projectColumns.length + recommendationColumns.length - 1)}2`);
  });

  it('gives the exported files the same columns as the pull', () => {
    for (const form of consolidationForms) {
      const spec = consolidationSpec(form);
      expect(spec.projectColumns.map((c) => c.key)).toEqual(formColumns(form).projects.map((c) => c.key));
      expect(spec.indicatorColumns.map((c) => c.key)).toEqual(formColumns(form).indicators.map((c) => c.key));
    }
    expect(consolidationSpec('recommendation').projectColumns.length).toBe(projectColumns.length + recommendationColumns.length);
  });
});
