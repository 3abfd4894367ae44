import { describe, expect, it } from 'vitest';
import { rowCells } from '../../../domain/consolidation/consolidationColumn';
import { projectColumns } from '../../../domain/consolidation/consolidationColumns';
import { evaluationColumns, evaluationRows, withFramework, withSelfScore } from '../../../domain/consolidation/evaluationRows';
import { scoreEvaluation } from '../../../domain/evaluation/scoreEvaluation';
import type { EvaluationInput } from '../../../domain/evaluation/evaluationInput';
import { defaultRuleSet } from '../../../domain/ruleSet/ruleSet';
import { headOf, projectOf } from './consolidationFixtures';

const ruleSet = defaultRuleSet('nantong', 2026);
// Judged scores (totals 88 and 82): part means 17 · 17 · 26 · 25 = 85 (良).
const finance = { projectApproval: 6, performanceTargets: 6, fundingInput: 5, fundsInPlaceRate: 4, executionRate: 3, fundUseCompliance: 4, implementation: 7, quantity: 7, quality: 8, timeliness: 6, cost: 6, economic: 5, social: 7, ecological: 5, sustainability: 4, satisfaction: 5 };
const expert = { projectApproval: 5, performanceTargets: 7, fundingInput: 5, fundsInPlaceRate: 4, executionRate: 3, fundUseCompliance: 3, implementation: 6, quantity: 7, quality: 7, timeliness: 6, cost: 5, economic: 5, social: 6, ecological: 5, sustainability: 4, satisfaction: 4 };
const input: EvaluationInput = { evaluators: [{ id: 'f1', kind: 'finance', scores: finance }, { id: 'e1', kind: 'expert', scores: expert }] };
const result = scoreEvaluation(input, ruleSet);
const head = headOf({ id: 'evaluation.2026.p1', form: 'evaluation', status: 'approved', version: 3, approvedBy: 'reviewer-city' });

describe('evaluationRows', () => {
  it('makes one project row per evaluation: total and grade, each part and evaluator, traced to the submission', () => {
    const { projects, indicators } = evaluationRows(head, { kind: 'keyEvaluation', input, result }, projectOf(), '南通市教育局');
    expect(indicators).toEqual([]);
    expect(projects).toHaveLength(1);
    const row = projects[0]!;
    expect(row).toMatchObject({ form: 'evaluation', score: '85', grade: 'good', submissionId: 'evaluation.2026.p1', version: 3, approvedBy: 'reviewer-city', departmentName: '南通市教育局' });
    expect(row.evaluation.parts.map((p) => [p.id, p.points, p.score])).toEqual([['decision', 20, '17'], ['process', 20, '17'], ['output', 30, '26'], ['outcome', 30, '25']]);
    // Scored with the rule set's framework: the record has no framework of its own, so no labels yet.
    expect(row.evaluation.parts.every((p) => p.label === undefined)).toBe(true);
    expect(row.evaluation.evaluators).toEqual([{ id: 'f1', kind: 'finance', total: '88' }, { id: 'e1', kind: 'expert', total: '82' }]);
    expect(row.evaluation).toMatchObject({ kind: 'keyEvaluation', ruleSetId: ruleSet.id, ruleSetVersion: 1 });
    expect(row.evaluation.selfScore).toBeUndefined();
    const cells = Object.fromEntries(projectColumns.map((column, i) => [column.key, rowCells(projectColumns, row)[i]]));
    expect(cells).toMatchObject({ score: 85, grade: '良', subjectName: '家庭经济困难学生资助' });
  });

  it('takes part labels from the framework scored with, and the gap self − finance exactly', () => {
    const [row] = evaluationRows(head, { kind: 'reEvaluation', input, result }, undefined, '').projects;
    const labelled = withFramework(row!, ruleSet.evaluation.frameworks.project);
    expect(labelled.evaluation.parts.map((p) => p.label?.zh)).toEqual(['决策', '过程', '产出', '效益']);
    expect(withSelfScore(labelled, 97.12).evaluation).toMatchObject({ selfScore: '97.12', gap: '12.12' });
    // 0.1 + 0.2 style float noise must not leak: 85.3 − 85 is 0.3, not 0.29999…
    expect(withSelfScore({ ...labelled, score: '85' }, 85.3).evaluation.gap).toBe('0.3');
    expect(withSelfScore({ ...labelled, score: '90.5' }, 80).evaluation.gap).toBe('-10.5');
    const cells = Object.fromEntries(evaluationColumns.map((column, i) => [column.key, rowCells(evaluationColumns, withSelfScore(labelled, 97.12))[i]]));
    expect(cells).toMatchObject({ evaluationKind: '财政再评价', 'part.decision': 17, 'part.outcome': 25, selfScore: 97.12, gap: 12.12 });
    expect(cells.evaluators).toBe('财政人员 f1：88；专家 e1：82');
  });

  it("uses the evaluation's own framework labels when it carried one", () => {
    const framework = structuredClone(ruleSet.evaluation.frameworks.project);
    framework.parts[0]!.label = { zh: '决策（自定）', en: 'Decision (own)' };
    const own = { ...input, framework };
    const [row] = evaluationRows(head, { kind: 'keyEvaluation', input: own, result: scoreEvaluation(own, ruleSet) }, undefined, '').projects;
    expect(row!.evaluation.parts[0]?.label?.zh).toBe('决策（自定）');
    expect(withFramework(row!, ruleSet.evaluation.frameworks.project).evaluation.parts[0]?.label?.zh).toBe('决策（自定）');
  });
});
