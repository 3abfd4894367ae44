import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodStudentAidIndicators } from '../../support/targetSheetFixtures';
import { startTestSystem, type TestSystem } from '../../support/testSystem';

let system: TestSystem;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(async () => system?.stop());

const projectId = 'nt-edu-2026-student-aid';
const targetId = `targetSheet.2026.${projectId}`;
const id = `selfEvaluation.2026.${projectId}`;
const ifMatch = (version: number) => ({ headers: { 'if-match': `"${version}"` } });

/** Approves the project's target sheet with the well-formed fixture indicators (the target-sheet story, short). */
const approveTargets = async (): Promise<void> => {
  const filer = system.api('filer-edu');
  const created = await filer.post('/v1/target-sheets', { projectId, year: 2026 });
  const data = { ...created.body.data, overallGoal: '应助尽助', annualGoal: '资助家庭经济困难学生 1.2 万人次', indicators: goodStudentAidIndicators };
  expect((await filer.post(`/v1/target-sheets/${targetId}/submit`, { data }, ifMatch(1))).status).toBe(200);
  expect((await system.api('reviewer-city').post(`/v1/target-sheets/${targetId}/approve`, undefined, ifMatch(2))).status).toBe(200);
};

// Points per indicator (output 20 + 15 + 15 = 50, outcome 30, satisfaction 10) and actual values.
const filledIndicators = (indicators: Record<string, unknown>[]) =>
  indicators.map((indicator, i) => ({
    ...indicator,
    points: ['20', '15', '30', '15', '10'][i],
    actual: ['11400', '98', '0', '2600', '92'][i],
    deviation: i === 0 ? '部分学校资助申请延后至下年度' : '',
  }));

describe('targets approved → self-evaluation scored by the server, with the rule-set version', () => {
  it('starts only from approved targets', async () => {
    const early = await system.api('filer-edu').post('/v1/self-evaluations', { projectId, year: 2026 });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('selfEvaluation.targetsNotApproved');
    expect(early.body.message_zh).toContain('未填报');
    await approveTargets();
  });

  it('walks create → save → submit (422 with cells, then scored) → approve, checking every number', async () => {
    const filer = system.api('filer-edu');
    const created = await filer.post('/v1/self-evaluations', { projectId, year: 2026 });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/v1/self-evaluations/${id}`);
    expect(created.body.head).toMatchObject({ id, form: 'selfEvaluation', status: 'draft', version: 1, departmentId: 'nt-edu' });
    expect(created.body.data).toMatchObject({ targetSheetVersion: 3, annualGoal: '资助家庭经济困难学生 1.2 万人次', budget: { initialFen: 3_560_000_000 } });
    expect(created.body.data.indicators.map((i: { name: string; target: string }) => [i.name, i.target])).toEqual(
      goodStudentAidIndicators.map((i) => [i.name, i.target]),
    );
    expect((await filer.post('/v1/self-evaluations', { projectId, year: 2026 })).status).toBe(409);

    // Saved without actual values; a tampered target is ignored (locked).
    const draft = { ...created.body.data, budget: { initialFen: 1, adjustedFen: 3_500_000_000, executedFen: 3_150_000_000 }, actualCompletion: '资助 1.14 万人次' };
    draft.indicators = draft.indicators.map((i: Record<string, unknown>) => ({ ...i, target: '1' }));
    const saved = await filer.put(`/v1/self-evaluations/${id}`, { data: draft }, ifMatch(1));
    expect(saved.status).toBe(200);
    expect(saved.body.data.budget).toEqual({ initialFen: 3_560_000_000, adjustedFen: 3_500_000_000, executedFen: 3_150_000_000 });
    expect(saved.body.data.indicators[0].target).toBe('12000');

    const refused = await filer.post(`/v1/self-evaluations/${id}/submit`, undefined, ifMatch(2));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('selfEvaluation.invalid');
    expect(refused.body.problems.filter((p: { code: string }) => p.code === 'selfEvaluation.actualMissing').map((p: { cell: string }) => p.cell)).toEqual([
      'E14', 'E15', 'E16', 'E17', 'E18',
    ]);
    const withResult = await filer.post(`/v1/self-evaluations/${id}/submit`, { data: { ...saved.body.data, result: { total: 100 } } }, ifMatch(2));
    expect(withResult.status).toBe(400);

    const submitted = await filer.post(`/v1/self-evaluations/${id}/submit`, { data: { ...saved.body.data, indicators: filledIndicators(saved.body.data.indicators) } }, ifMatch(2));
    expect(submitted.status).toBe(200);
    expect(submitted.body.head).toMatchObject({ status: 'submitted', version: 3 });
    const result = submitted.body.data.result;
    // 20·11400/12000 = 19; 15·98/100 = 14.7; ＝0 met → 30; ≤2500 at 2600 (variant A) 15·2500/2600 = 14.42; 10.
    expect(result.indicators.map((i: { points: number; score: number }) => [i.points, i.score])).toEqual([
      [20, 19], [15, 14.7], [30, 30], [15, 14.42], [10, 10],
    ]);
    // Execution 3150 / 3500 万元 = 90% → 9; total 97.12 → 优, with rule set version 1.
    expect(result.execution).toEqual({ rate: 0.9, points: 10, score: 9 });
    expect(result).toMatchObject({ total: 97.12, grade: 'excellent', ruleSetId: 'nantong-2026-default', ruleSetVersion: 1 });

    const reviewer = system.api('reviewer-city');
    const approved = await reviewer.post(`/v1/self-evaluations/${id}/approve`, undefined, ifMatch(3));
    expect(approved.status).toBe(200);
    expect(approved.body.head).toMatchObject({ status: 'approved', version: 4 });
    expect(approved.body.data.result.total).toBe(97.12);
    const queue = await reviewer.get('/v1/self-evaluations?year=2026&status=approved');
    expect(queue.body.items.map((h: { id: string }) => h.id)).toEqual([id]);

    const workbook = await filer.get(`/v1/self-evaluations/${id}/workbook`);
    expect(workbook.status).toBe(200);
    expect(workbook.headers.get('content-type')).toContain('spreadsheetml');
    expect(workbook.bytes.length).toBeGreaterThan(1000);
  });

  it('keeps the stored score when the rule set changes; recompute is explicit, by finance, and audited', async () => {
    const admin = system.api('admin-city');
    const changed = await admin.put('/v1/rule-sets/nantong-2026-default', { selfEvaluation: { reverseVariant: 'B' } }, ifMatch(1));
    expect(changed.status).toBe(200);
    expect(changed.body.head.version).toBe(2);
    const after = await system.api('filer-edu').get(`/v1/self-evaluations/${id}`);
    expect(after.body.head.version).toBe(4);
    expect(after.body.data.result).toMatchObject({ total: 97.12, ruleSetVersion: 1 });

    expect((await system.api('filer-edu').post(`/v1/self-evaluations/${id}/recompute`, undefined, ifMatch(4))).status).toBe(403);
    expect((await system.api('auditor-city').post(`/v1/self-evaluations/${id}/recompute`, undefined, ifMatch(4))).status).toBe(403);
    expect((await admin.post(`/v1/self-evaluations/${id}/recompute`, undefined, ifMatch(3))).status).toBe(409);

    const recomputed = await admin.post(`/v1/self-evaluations/${id}/recompute`, { reason: '按修订后的规则复核' }, ifMatch(4));
    expect(recomputed.status).toBe(200);
    expect(recomputed.body.head).toMatchObject({ status: 'approved', version: 5 });
    // Variant B: 15·(2·2500 − 2600)/2500 = 14.4 → total 97.10, with rule set version 2.
    expect(recomputed.body.data.result.indicators[3].score).toBe(14.4);
    expect(recomputed.body.data.result).toMatchObject({ total: 97.1, grade: 'excellent', ruleSetVersion: 2 });
    const v4 = await system.api('auditor-city').get(`/v1/self-evaluations/${id}/versions/4`);
    expect(v4.body.data.result).toMatchObject({ total: 97.12, ruleSetVersion: 1 });

    const audit = await system.api('auditor-city').get(`/v1/self-evaluations/${id}/audit`);
    expect(audit.body.items.map((a: Record<string, unknown>) => [a.version, a.action, a.subject, a.role, a.toStatus])).toEqual([
      [1, 'create', 'filer-edu', 'filer', 'draft'],
      [2, 'save', 'filer-edu', 'filer', 'draft'],
      [3, 'submit', 'filer-edu', 'filer', 'submitted'],
      [4, 'approve', 'reviewer-city', 'financeReviewer', 'approved'],
      [5, 'recompute', 'admin-city', 'financeAdmin', 'approved'],
    ]);
    expect(audit.body.items[4]).toMatchObject({
      fromStatus: 'approved',
      comment: '按修订后的规则复核',
      detail: {
        kind: 'recompute',
        before: { ruleSetId: 'nantong-2026-default', ruleSetVersion: 1, total: 97.12 },
        after: { ruleSetId: 'nantong-2026-default', ruleSetVersion: 2, total: 97.1 },
      },
    });
    const v5 = await system.api('auditor-city').get(`/v1/self-evaluations/${id}/versions`);
    expect(v5.body.items[0]).toMatchObject({ version: 5, action: 'recompute', status: 'approved' });
    // A second recompute starts from the stamp the first one stored; its reason is optional.
    const again = await admin.post(`/v1/self-evaluations/${id}/recompute`, undefined, ifMatch(5));
    expect(again.status).toBe(200);
    const trail = await system.api('auditor-city').get(`/v1/self-evaluations/${id}/audit`);
    expect(trail.body.items[5]).toMatchObject({ action: 'recompute', detail: { before: { ruleSetVersion: 2, total: 97.1 }, after: { ruleSetVersion: 2, total: 97.1 } } });
    expect(trail.body.items[5].comment).toBeUndefined();
  });

  it('keeps departments and regions apart on every self-evaluation route', async () => {
    const { result: _server, ...data } = (await system.api('filer-edu').get(`/v1/self-evaluations/${id}`)).body.data;
    for (const outsider of ['filer-health', 'filer-chongchuan-edu', 'reviewer-chongchuan']) {
      const api = system.api(outsider);
      expect((await api.get(`/v1/self-evaluations/${id}`)).status).toBe(404);
      expect((await api.get(`/v1/self-evaluations/${id}/versions`)).status).toBe(404);
      expect((await api.get(`/v1/self-evaluations/${id}/versions/1`)).status).toBe(404);
      expect((await api.get(`/v1/self-evaluations/${id}/audit`)).status).toBe(404);
      expect((await api.get(`/v1/self-evaluations/${id}/workbook`)).status).toBe(404);
      expect((await api.put(`/v1/self-evaluations/${id}`, { data }, ifMatch(5))).status).toBe(404);
      expect((await api.post(`/v1/self-evaluations/${id}/submit`, undefined, ifMatch(5))).status).toBe(404);
      expect((await api.post(`/v1/self-evaluations/${id}/return`, { comment: '请补充' }, ifMatch(5))).status).toBe(404);
      expect((await api.post(`/v1/self-evaluations/${id}/approve`, undefined, ifMatch(5))).status).toBe(404);
      expect((await api.post(`/v1/self-evaluations/${id}/recompute`, undefined, ifMatch(5))).status).toBe(404);
      expect((await api.post('/v1/self-evaluations', { projectId, year: 2026 })).status).toBe(404);
    }
    expect((await system.api('filer-health').get('/v1/self-evaluations?year=2026')).body.items).toEqual([]);
    expect((await system.api('reviewer-chongchuan').get('/v1/self-evaluations?year=2026')).body.items).toEqual([]);
    expect((await system.api('filer-health').get('/v1/self-evaluations?year=2026&departmentId=nt-edu')).status).toBe(404);
    expect((await system.api('filer-edu').get('/v1/self-evaluations?year=2026')).body.items.map((h: { id: string }) => h.id)).toEqual([id]);
    expect((await system.api('filer-edu').post('/v1/self-evaluations', { projectId, year: 2025 })).status).toBe(422);
    expect((await system.api('filer-edu').get('/v1/self-evaluations/not-an-id')).status).toBe(400);
    expect(system.loggedErrors).toEqual([]);
  });
});

// Two evaluators on the 决策/过程/产出/效益 framework (default points 6/8/6 · 4/4/4/8 · 8/8/7/7 · 6/8/6/5/5).
const financeScores = { projectApproval: 6, performanceTargets: 6, fundingInput: 5, fundsInPlaceRate: 4, executionRate: 3, fundUseCompliance: 4, implementation: 7, quantity: 7, quality: 8, timeliness: 6, cost: 6, economic: 5, social: 7, ecological: 5, sustainability: 4, satisfaction: 5 };
const expertScores = { projectApproval: 5, performanceTargets: 7, fundingInput: 5, fundsInPlaceRate: 4, executionRate: 3, fundUseCompliance: 3, implementation: 6, quantity: 7, quality: 7, timeliness: 6, cost: 5, economic: 5, social: 6, ecological: 5, sustainability: 4, satisfaction: 4 };
const evaluationId = `evaluation.2026.${projectId}`;

describe('finance re-evaluation → gaps → linkage recommendations and decisions', () => {
  it('records a finance re-evaluation with two evaluators, scored by the server', async () => {
    const body = {
      subjectType: 'project', subjectId: projectId, year: 2026,
      input: { evaluators: [{ id: 'f1', kind: 'finance', scores: financeScores }, { id: 'e1', kind: 'expert', scores: expertScores }] },
    };
    expect((await system.api('filer-edu').post('/v1/evaluations', body)).status).toBe(403);
    expect((await system.api('auditor-city').post('/v1/evaluations', body)).status).toBe(403);
    expect((await system.api('reviewer-chongchuan').post('/v1/evaluations', body)).status).toBe(404);
    const tooHigh = await system.api('reviewer-city').post('/v1/evaluations', { ...body, input: { evaluators: [{ id: 'f1', kind: 'finance', scores: { ...financeScores, quantity: 9 } }] } });
    expect(tooHigh.status).toBe(422);
    expect(tooHigh.body.problems.map((p: { code: string; path: string }) => [p.code, p.path])).toEqual([['evaluation.subScoreOutOfRange', 'evaluators.0.scores.quantity']]);

    const created = await system.api('reviewer-city').post('/v1/evaluations', body);
    expect(created.status).toBe(201);
    expect(created.body.head).toMatchObject({ id: evaluationId, form: 'evaluation', version: 1, departmentId: 'nt-edu' });
    const result = created.body.data.result;
    // Evaluator totals 88 and 82; per-item means (5.5, 6.5, 5 · 4, 3, 3.5, 6.5 · 7, 7.5, 6, 5.5 · 5, 6.5, 5, 4, 4.5).
    expect(result.evaluators).toEqual([{ id: 'f1', kind: 'finance', total: 88 }, { id: 'e1', kind: 'expert', total: 82 }]);
    expect(result.parts.map((p: { id: string; score: number }) => [p.id, p.score])).toEqual([['decision', 17], ['process', 17], ['output', 26], ['outcome', 25]]);
    expect(result).toMatchObject({ total: 85, grade: 'good', outputOutcomeShare: 0.6, ruleSetId: 'nantong-2026-default', ruleSetVersion: 2 });

    // The department sees its project's evaluation; other departments do not.
    expect((await system.api('filer-edu').get(`/v1/evaluations/${evaluationId}`)).status).toBe(200);
    expect((await system.api('filer-health').get(`/v1/evaluations/${evaluationId}`)).status).toBe(404);
    expect((await system.api('reviewer-chongchuan').get(`/v1/evaluations/${evaluationId}/audit`)).status).toBe(404);
    const audit = await system.api('auditor-city').get(`/v1/evaluations/${evaluationId}/audit`);
    expect(audit.body.items.map((a: Record<string, unknown>) => [a.version, a.action, a.subject, a.role])).toEqual([[1, 'create', 'reviewer-city', 'financeReviewer']]);
  });

  it('records a department overall evaluation from measured items and judged ones', async () => {
    const created = await system.api('admin-city').post('/v1/evaluations', {
      subjectType: 'department', subjectId: 'nt-edu', year: 2026, kind: 'keyEvaluation',
      input: {
        evaluators: [{ id: 'f1', kind: 'finance', scores: { targetSetting: 4, budgetManagement: 4, dutyPerformance: 9, dutyBenefits: 10 } }],
        actuals: { threePublicChange: '-3', executionRate: '90', carryoverRate: '8', keyTaskCompletion: '95', satisfaction: '92' },
      },
    });
    expect(created.status).toBe(201);
    // 三公 −3% ≤ 0 → 10; 执行率 10·90/100 = 9; 结转结余 8% over ≤5% with the rule set's ≤ variant B (v2):
    // 10·(2·5 − 8)/5 = 4; 办结率 15·0.95 = 14.25; 满意度 10; judged 4 + 4 + 9 + 10: total 74.25 → 中.
    const items = Object.fromEntries(created.body.data.result.items.map((i: { id: string; score: number }) => [i.id, i.score]));
    expect(items).toMatchObject({ threePublicChange: 10, executionRate: 9, carryoverRate: 4, keyTaskCompletion: 14.25, satisfaction: 10 });
    expect(created.body.data.result).toMatchObject({ total: 74.25, grade: 'fair', ruleSetVersion: 2 });
  });

  it('measures the gap between self-score and finance score, per project and per department', async () => {
    const gaps = await system.api('reviewer-city').get('/v1/evaluations/gaps?year=2026');
    expect(gaps.status).toBe(200);
    // Self 97.1 (recomputed) − finance 85 = 12.1.
    expect(gaps.body.projects).toEqual([
      { projectId, departmentId: 'nt-edu', gap: 12.1, absoluteGap: 12.1, selfScore: 97.1, financeScore: 85, selfEvaluationId: id, evaluationId },
    ]);
    expect(gaps.body.departments).toEqual([{ departmentId: 'nt-edu', projects: 1, meanGap: 12.1, meanAbsoluteGap: 12.1 }]);
    expect((await system.api('filer-edu').get('/v1/evaluations/gaps?year=2026')).body.projects).toHaveLength(1);
    expect((await system.api('filer-health').get('/v1/evaluations/gaps?year=2026')).body.projects).toEqual([]);
    expect((await system.api('reviewer-chongchuan').get('/v1/evaluations/gaps?year=2026')).body.projects).toEqual([]);
    expect((await system.api('filer-health').get('/v1/evaluations/gaps?year=2026&departmentId=nt-edu')).status).toBe(404);
  });

  it("recommends next year's budget from the stored grades and execution, each with reason and rule line", async () => {
    expect((await system.api('filer-edu').get('/v1/linkage/recommendations?year=2026')).status).toBe(403);
    expect((await system.api('auditor-city').get('/v1/linkage/recommendations?year=2026')).status).toBe(403);
    const response = await system.api('reviewer-city').get('/v1/linkage/recommendations?year=2026');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ year: 2026, ruleSetId: 'nantong-2026-default', ruleSetVersion: 2 });
    // The finance grade (良, 85) wins over the self-grade (优); execution 90% ≥ 80%: keep, no cut.
    expect(response.body.projects).toEqual([
      {
        projectId, departmentId: 'nt-edu', grade: 'good', source: 'evaluation', score: 85,
        scoreRuleSet: { id: 'nantong-2026-default', version: 2 },
        adjustedFen: 3_500_000_000, executedFen: 3_150_000_000,
        recommendations: [{ action: 'keep', reason_zh: '评价等级为“良”，下年度保持预算规模', reason_en: 'Graded Good: keep the budget next year', rule: 'linkage.table.good' }],
        cutFen: 0, nextYearBaseFen: 3_500_000_000, recoverFen: 0,
      },
    ]);
    // The department's overall grade 中 (74.25): −10% of the department budget, by linkage.table.fair.
    expect(response.body.departments).toEqual([
      {
        departmentId: 'nt-edu', score: 74.25, projects: 1, actions: { keep: 1 }, cutFen: 0, recoverFen: 0, nextYearBaseFen: 3_500_000_000,
        recommendation: expect.objectContaining({ action: 'cut', percent: 10, rule: 'linkage.table.fair' }),
      },
    ]);
    expect((await system.api('reviewer-chongchuan').get('/v1/linkage/recommendations?year=2026')).body.projects).toEqual([]);
  });

  it("takes finance's decision: accept, then override with a reason, each audited", async () => {
    const path = `/v1/linkage/recommendations/${projectId}/decision`;
    expect((await system.api('filer-edu').post(path, { year: 2026, decision: 'accept' })).status).toBe(403);
    expect((await system.api('reviewer-chongchuan').post(path, { year: 2026, decision: 'accept' })).status).toBe(404);
    expect((await system.api('reviewer-city').post(`/v1/linkage/recommendations/nt-health-2026-public-health/decision`, { year: 2026, decision: 'accept' })).status).toBe(409);

    const reviewer = system.api('reviewer-city');
    const accepted = await reviewer.post(path, { year: 2026, decision: 'accept' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.head).toMatchObject({ projectId, decision: 'accept', version: 1, updatedBy: 'reviewer-city' });
    expect(accepted.body.data.recommendation).toMatchObject({ grade: 'good', cutFen: 0 });
    expect((await reviewer.post(path, { year: 2026, decision: 'override', reason: '压减 5%' })).status).toBe(428);
    const noReason = await reviewer.post(path, { year: 2026, decision: 'override' }, ifMatch(1));
    expect(noReason.status).toBe(422);
    expect(noReason.body.code).toBe('linkage.reasonRequired');
    const overridden = await system.api('admin-city').post(path, { year: 2026, decision: 'override', reason: '自评与财政评分差距较大，下年度压减 5%' }, ifMatch(1));
    expect(overridden.status).toBe(200);
    expect(overridden.body.head).toMatchObject({ decision: 'override', version: 2 });

    const seen = await reviewer.get(`${path}?year=2026`);
    expect(seen.status).toBe(200);
    expect(seen.body.audit.map((a: Record<string, unknown>) => [a.version, a.action, a.subject, a.role, a.comment ?? null])).toEqual([
      [1, 'accept', 'reviewer-city', 'financeReviewer', null],
      [2, 'override', 'admin-city', 'financeAdmin', '自评与财政评分差距较大，下年度压减 5%'],
    ]);
    const listed = await reviewer.get('/v1/linkage/recommendations?year=2026');
    expect(listed.body.projects[0].decision).toMatchObject({ decision: 'override', version: 2 });
    expect((await system.api('reviewer-chongchuan').get(`${path}?year=2026`)).status).toBe(404);
    expect(system.loggedErrors).toEqual([]);
  });
});

describe('rectification tasks from evaluation problems', () => {
  it('opens, responds, reopens, closes; lists overdue ones for finance; keeps departments apart', async () => {
    const reviewer = system.api('reviewer-city');
    const task = { evaluationId, issues: ['绩效目标细化不足', '资金拨付进度滞后'], requirement: '完善指标并加快拨付', deadline: '2020-06-30' };
    expect((await system.api('filer-edu').post('/v1/rectifications', task)).status).toBe(403);
    expect((await system.api('reviewer-chongchuan').post('/v1/rectifications', task)).status).toBe(404);
    expect((await reviewer.post('/v1/rectifications', { ...task, deadline: '2020-02-30' })).status).toBe(400);
    expect((await reviewer.post('/v1/rectifications', { ...task, issues: [] })).status).toBe(400);

    const overdue = await reviewer.post('/v1/rectifications', task);
    expect(overdue.status).toBe(201);
    expect(overdue.body.head).toMatchObject({ status: 'open', version: 1, departmentId: 'nt-edu', subjectId: projectId, deadline: '2020-06-30' });
    const later = await system.api('admin-city').post('/v1/rectifications', { ...task, issues: ['满意度调查样本偏少'], deadline: '2099-12-31' });
    expect(later.status).toBe(201);
    const taskId = overdue.body.head.id;

    const overdueList = await reviewer.get('/v1/rectifications?overdue=true');
    expect(overdueList.body.items.map((h: { id: string }) => h.id)).toEqual([taskId]);
    expect((await reviewer.get('/v1/rectifications?overdue=false')).body.items.map((h: { id: string }) => h.id)).toEqual([later.body.head.id]);
    expect((await system.api('filer-edu').get('/v1/rectifications')).body.items).toHaveLength(2);
    expect((await system.api('filer-health').get('/v1/rectifications')).body.items).toEqual([]);
    expect((await system.api('reviewer-chongchuan').get('/v1/rectifications')).body.items).toEqual([]);
    expect((await system.api('filer-health').get(`/v1/rectifications/${taskId}`)).status).toBe(404);
    expect((await system.api('reviewer-chongchuan').get(`/v1/rectifications/${taskId}`)).status).toBe(404);

    const filer = system.api('filer-edu');
    expect((await reviewer.post(`/v1/rectifications/${taskId}/close`, undefined, ifMatch(1))).status).toBe(409);
    expect((await system.api('filer-health').post(`/v1/rectifications/${taskId}/respond`, { response: 'x', evidence: '' }, ifMatch(1))).status).toBe(404);
    expect((await reviewer.post(`/v1/rectifications/${taskId}/respond`, { response: 'x', evidence: '' }, ifMatch(1))).status).toBe(403);
    const responded = await filer.post(`/v1/rectifications/${taskId}/respond`, { response: '已补充质量指标，拨付进度已达 95%', evidence: '整改报告（教财〔2026〕12号）' }, ifMatch(1));
    expect(responded.status).toBe(200);
    expect(responded.body.head).toMatchObject({ status: 'responded', version: 2 });
    expect(responded.body.data.response).toMatchObject({ text: '已补充质量指标，拨付进度已达 95%', evidence: '整改报告（教财〔2026〕12号）', by: 'filer-edu' });
    const reopened = await reviewer.post(`/v1/rectifications/${taskId}/reopen`, { comment: '请附拨付明细' }, ifMatch(2));
    expect(reopened.body.head).toMatchObject({ status: 'open', version: 3 });
    expect((await filer.post(`/v1/rectifications/${taskId}/respond`, { response: '已附拨付明细', evidence: '拨付明细表' }, ifMatch(2))).status).toBe(409);
    await filer.post(`/v1/rectifications/${taskId}/respond`, { response: '已附拨付明细', evidence: '拨付明细表' }, ifMatch(3));
    expect((await filer.post(`/v1/rectifications/${taskId}/close`, undefined, ifMatch(4))).status).toBe(403);
    const closed = await reviewer.post(`/v1/rectifications/${taskId}/close`, { comment: '整改到位，予以销号' }, ifMatch(4));
    expect(closed.body.head).toMatchObject({ status: 'closed', version: 5 });
    // Closed tasks are no longer overdue.
    expect((await reviewer.get('/v1/rectifications?overdue=true')).body.items).toEqual([]);

    const seen = await system.api('auditor-city').get(`/v1/rectifications/${taskId}`);
    expect(seen.body.audit.map((a: Record<string, unknown>) => [a.version, a.action, a.subject, a.role])).toEqual([
      [1, 'create', 'reviewer-city', 'financeReviewer'],
      [2, 'respond', 'filer-edu', 'filer'],
      [3, 'reopen', 'reviewer-city', 'financeReviewer'],
      [4, 'respond', 'filer-edu', 'filer'],
      [5, 'close', 'reviewer-city', 'financeReviewer'],
    ]);
    expect((await reviewer.get('/v1/rectifications/not-a-uuid')).status).toBe(400);
    expect(system.loggedErrors).toEqual([]);
  });
});
