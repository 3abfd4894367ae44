import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodStudentAidIndicators } from '../../support/targetSheetFixtures';
import { startTestSystem, type TestSystem } from '../../support/testSystem';

let system: TestSystem;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(async () => system?.stop());

const projectId = 'nt-edu-2026-student-aid';
const ifMatch = (version: number) => ({ headers: { 'if-match': `"${version}"` } });
const evaluationId = `evaluation.2026.${projectId}`;

// Judged scores of two evaluators on the default 决策/过程/产出/效益 framework: totals 88 and 82, mean 85.
const financeScores = { projectApproval: 6, performanceTargets: 6, fundingInput: 5, fundsInPlaceRate: 4, executionRate: 3, fundUseCompliance: 4, implementation: 7, quantity: 7, quality: 8, timeliness: 6, cost: 6, economic: 5, social: 7, ecological: 5, sustainability: 4, satisfaction: 5 };
const expertScores = { projectApproval: 5, performanceTargets: 7, fundingInput: 5, fundsInPlaceRate: 4, executionRate: 3, fundUseCompliance: 3, implementation: 6, quantity: 7, quality: 7, timeliness: 6, cost: 5, economic: 5, social: 6, ecological: 5, sustainability: 4, satisfaction: 4 };

/** Approved targets → a submitted self-evaluation (97.12, 优) → a finance re-evaluation (85, 良) → finance accepts the recommendation. */
const walkTheCycle = async (): Promise<void> => {
  const filer = system.api('filer-edu');
  const targetId = `targetSheet.2026.${projectId}`;
  const created = await filer.post('/v1/target-sheets', { projectId, year: 2026 });
  const targets = { ...created.body.data, overallGoal: '应助尽助', annualGoal: '资助家庭经济困难学生 1.2 万人次', indicators: goodStudentAidIndicators };
  expect((await filer.post(`/v1/target-sheets/${targetId}/submit`, { data: targets }, ifMatch(1))).status).toBe(200);
  expect((await system.api('reviewer-city').post(`/v1/target-sheets/${targetId}/approve`, undefined, ifMatch(2))).status).toBe(200);

  const selfId = `selfEvaluation.2026.${projectId}`;
  const self = await filer.post('/v1/self-evaluations', { projectId, year: 2026 });
  const data = {
    ...self.body.data,
    budget: { ...self.body.data.budget, adjustedFen: 3_500_000_000, executedFen: 3_150_000_000 },
    indicators: self.body.data.indicators.map((indicator: Record<string, unknown>, i: number) => ({
      ...indicator,
      points: ['20', '15', '30', '15', '10'][i],
      actual: ['11400', '98', '0', '2600', '92'][i],
      deviation: i === 0 ? '部分学校资助申请延后至下年度' : '',
    })),
  };
  const submitted = await filer.post(`/v1/self-evaluations/${selfId}/submit`, { data }, ifMatch(1));
  expect(submitted.status).toBe(200);
  expect(submitted.body.data.result).toMatchObject({ total: 97.12, grade: 'excellent' });

  const evaluation = await system.api('reviewer-city').post('/v1/evaluations', {
    subjectType: 'project', subjectId: projectId, year: 2026,
    input: { evaluators: [{ id: 'f1', kind: 'finance', scores: financeScores }, { id: 'e1', kind: 'expert', scores: expertScores }] },
  });
  expect(evaluation.status).toBe(201);
  expect(evaluation.body.data.result).toMatchObject({ total: 85, grade: 'good' });
  expect((await system.api('admin-city').post(`/v1/linkage/recommendations/${projectId}/decision`, { year: 2026, decision: 'accept' })).status).toBe(200);
};

const pull = (subject: string, query: string) => system.api(subject).get(`/v1/consolidation?year=2026&${query}`);

describe('issues #3 and #5: evaluations and recommendations pulled through GET /v1/consolidation', () => {
  it('pulls one row per finance evaluation with its parts, evaluators, self-score and gap', async () => {
    await walkTheCycle();
    const response = await pull('reviewer-city', 'form=evaluation');
    expect(response.status).toBe(200);
    expect(response.body.indicators).toEqual([]);
    expect(response.body.projects).toHaveLength(1);
    const row = response.body.projects[0];
    expect(row).toMatchObject({
      form: 'evaluation', submissionId: evaluationId, version: 1, status: 'approved', approvedBy: 'reviewer-city',
      departmentId: 'nt-edu', departmentName: '南通市教育局', subjectId: projectId, subjectName: '家庭经济困难学生资助',
      budgetType: 'general', score: '85', grade: 'good',
    });
    expect(row.evaluation).toMatchObject({ kind: 'reEvaluation', selfScore: '97.12', gap: '12.12', ruleSetId: 'nantong-2026-default', ruleSetVersion: 1 });
    expect(row.evaluation.parts.map((p: { label: { zh: string }; points: number; score: string }) => [p.label.zh, p.points, p.score])).toEqual([
      ['决策', 20, '17'], ['过程', 20, '17'], ['产出', 30, '26'], ['效益', 30, '25'],
    ]);
    expect(row.evaluation.evaluators).toEqual([{ id: 'f1', kind: 'finance', total: '88' }, { id: 'e1', kind: 'expert', total: '82' }]);

    // The department sees its own evaluation; other departments and regions see none.
    expect((await pull('filer-edu', 'form=evaluation')).body.projects.map((p: { submissionId: string }) => p.submissionId)).toEqual([evaluationId]);
    expect((await pull('filer-health', 'form=evaluation')).body.projects).toEqual([]);
    expect((await pull('reviewer-chongchuan', 'form=evaluation')).body.projects).toEqual([]);
    expect((await pull('reviewer-city', 'form=evaluation&budgetTypes=fund')).body.projects).toEqual([]);
  });

  it("pulls one row per project's recommendation with action, amounts, reason, rule line and decision", async () => {
    const response = await pull('reviewer-city', 'form=recommendation&limit=1');
    expect(response.status).toBe(200);
    expect(response.body.cursor).toBeUndefined();
    expect(response.body.projects).toHaveLength(1);
    const row = response.body.projects[0];
    // Traced to the finance evaluation whose grade (良) wins over the self-grade (优).
    expect(row).toMatchObject({
      form: 'recommendation', submissionId: evaluationId, version: 1, subjectId: projectId, departmentName: '南通市教育局',
      score: '85', grade: 'good', amountFen: 3_500_000_000, recommendation: { zh: '保持规模', en: 'Keep' },
    });
    expect(row.linkage).toMatchObject({
      source: 'evaluation', action: 'keep', executedFen: 3_150_000_000, cutFen: 0, nextYearBaseFen: 3_500_000_000, recoverFen: 0,
      reason_zh: '评价等级为“良”，下年度保持预算规模', rules: 'linkage.table.good',
      decision: 'accept', decidedBy: 'admin-city', ruleSetId: 'nantong-2026-default', ruleSetVersion: 1,
    });
    expect(row.linkage.percent).toBeUndefined();

    // Recommendations are the finance bureau's: a department role is refused, another region sees none.
    expect((await pull('filer-edu', 'form=recommendation')).status).toBe(403);
    expect((await pull('reviewer-chongchuan', 'form=recommendation')).body.projects).toEqual([]);
    expect((await pull('reviewer-city', 'form=recommendation&departmentIds=nt-health')).body.projects).toEqual([]);
    expect((await pull('reviewer-city', 'form=recommendation&cursor=abc')).status).toBe(400);
    expect(system.loggedErrors).toEqual([]);
  });
});
