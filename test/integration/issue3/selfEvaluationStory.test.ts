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

/** Approves the project's target sheet with the well-formed fixture indicators (issue #2's walk, short). */
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

describe('issue #3: targets approved → self-evaluation scored by the server, with the rule-set version', () => {
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
      [5, 'save', 'admin-city', 'financeAdmin', 'approved'],
    ]);
    expect(audit.body.items[4].comment).toBe('recompute: nantong-2026-default v1 97.12 → nantong-2026-default v2 97.1; 按修订后的规则复核');
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
