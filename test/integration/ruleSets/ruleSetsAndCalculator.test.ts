import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from '../../support/testSystem';

let system: TestSystem;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(async () => system?.stop());

const ruleSetId = 'nantong-2026-default';
const gradeBands8070 = [
  { from: 80, value: 'excellent' },
  { from: 70, value: 'good' },
  { from: 60, value: 'fair' },
  { from: 0, value: 'poor' },
];

describe('rule sets as data, versioned per region and year', () => {
  it('serves each region its rule set: the defaults as version 1 (seeded, or materialised on first read), once', async () => {
    const unseeded = await system.api('filer-edu').get('/v1/rule-sets?year=2027');
    expect(unseeded.status).toBe(200);
    expect(unseeded.body.head).toMatchObject({ id: 'nantong-2027-default', year: 2027, version: 1, updatedBy: 'system' });
    expect((await system.api('admin-city').get('/v1/rule-sets?year=2027')).body.head.version).toBe(1);

    const first = await system.api('filer-edu').get('/v1/rule-sets?year=2026');
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"1"');
    expect(first.body.head).toMatchObject({ id: ruleSetId, regionId: 'nantong', year: 2026, version: 1, updatedBy: 'system' });
    expect(first.body.data.selfEvaluation.points).toEqual({ output: 50, outcome: 30, satisfaction: 10, execution: 10 });
    const again = await system.api('auditor-city').get('/v1/rule-sets?year=2026');
    expect(again.body.head.version).toBe(1);
    const audit = await system.api('admin-city').get(`/v1/rule-sets/${ruleSetId}/audit`);
    expect(audit.body.items.map((a: Record<string, unknown>) => [a.version, a.action, a.subject, a.role])).toEqual([[1, 'create', 'system', 'system']]);
    // 2026 was written by the demo seed, for every seeded region.
    expect(audit.body.items[0].requestId).toBe('seed');
    expect((await system.api('filer-haimen-edu').get(`/v1/rule-sets/haimen-2026-default/audit`)).body.items[0].requestId).toBe('seed');
  });

  it('is changed by a finance administrator only, as a new version; older versions stay', async () => {
    const filer = await system.api('filer-edu').put(`/v1/rule-sets/${ruleSetId}`, { selfEvaluation: { gradeBands: gradeBands8070 } }, { headers: { 'if-match': '"1"' } });
    expect(filer.status).toBe(403);
    expect(filer.body.code).toBe('auth.forbidden');
    const reviewer = await system.api('reviewer-city').put(`/v1/rule-sets/${ruleSetId}`, { selfEvaluation: { gradeBands: gradeBands8070 } }, { headers: { 'if-match': '"1"' } });
    expect(reviewer.status).toBe(403);

    const admin = system.api('admin-city');
    const noIfMatch = await admin.put(`/v1/rule-sets/${ruleSetId}`, { selfEvaluation: { gradeBands: gradeBands8070 } });
    expect(noIfMatch.status).toBe(428);

    const key = { 'if-match': '"1"', 'idempotency-key': 'rs-edit-1' };
    const changed = await admin.put(`/v1/rule-sets/${ruleSetId}`, { selfEvaluation: { gradeBands: gradeBands8070 } }, { headers: key });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).toBe('"2"');
    expect(changed.body.head).toMatchObject({ version: 2, updatedBy: 'admin-city' });
    expect(changed.body.data.version).toBe(2);
    expect(changed.body.data.selfEvaluation.gradeBands).toEqual(gradeBands8070);
    // Everything not in the patch is kept.
    expect(changed.body.data.selfEvaluation.points).toEqual({ output: 50, outcome: 30, satisfaction: 10, execution: 10 });
    const replayed = await admin.put(`/v1/rule-sets/${ruleSetId}`, { selfEvaluation: { gradeBands: gradeBands8070 } }, { headers: key });
    expect(replayed.status).toBe(200);
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect(replayed.body.head.version).toBe(2);

    const stale = await admin.put(`/v1/rule-sets/${ruleSetId}`, { selfEvaluation: { reverseVariant: 'B' } }, { headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('record.versionConflict');

    const v1 = await system.api('filer-health').get(`/v1/rule-sets/${ruleSetId}/versions/1`);
    expect(v1.status).toBe(200);
    expect(v1.body.selfEvaluation.gradeBands[0]).toEqual({ from: 90, value: 'excellent' });
    const current = await system.api('filer-health').get('/v1/rule-sets?year=2026');
    expect(current.body.data.selfEvaluation.gradeBands).toEqual(gradeBands8070);

    const audit = await admin.get(`/v1/rule-sets/${ruleSetId}/audit`);
    expect(audit.body.items.map((a: Record<string, unknown>) => [a.version, a.action, a.subject, a.role])).toEqual([
      [1, 'create', 'system', 'system'],
      [2, 'save', 'admin-city', 'financeAdmin'],
    ]);
  });

  it('refuses invalid rules with field paths, and identity changes', async () => {
    const admin = system.api('admin-city');
    const invalid = await admin.put(`/v1/rule-sets/${ruleSetId}`, { selfEvaluation: { points: { output: 60 } } }, { headers: { 'if-match': '"2"' } });
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get('content-type')).toContain('application/problem+json');
    expect(invalid.body.code).toBe('ruleSet.invalid');
    expect(invalid.body.problems.map((p: { path: string }) => p.path)).toContain('selfEvaluation.points');
    const moved = await admin.put(`/v1/rule-sets/${ruleSetId}`, { regionId: 'haimen' }, { headers: { 'if-match': '"2"' } });
    expect(moved.status).toBe(422);
    expect(moved.body.code).toBe('ruleSet.identityChanged');
    const notObject = await admin.put(`/v1/rule-sets/${ruleSetId}`, [1, 2], { headers: { 'if-match': '"2"' } });
    expect(notObject.status).toBe(400);
    expect((await admin.get('/v1/rule-sets?year=2026')).body.head.version).toBe(2);
  });

  it('keeps regions apart: another region reads its own and gets 404 for ours', async () => {
    const district = system.api('reviewer-chongchuan');
    const own = await district.get('/v1/rule-sets?year=2026');
    expect(own.body.head).toMatchObject({ id: 'chongchuan-2026-default', regionId: 'chongchuan', version: 1 });
    expect(own.body.data.selfEvaluation.gradeBands[0]).toEqual({ from: 90, value: 'excellent' });
    expect((await district.get(`/v1/rule-sets/${ruleSetId}/versions/1`)).status).toBe(404);
    expect((await district.get(`/v1/rule-sets/${ruleSetId}/audit`)).status).toBe(404);
    const write = await system.api('filer-chongchuan-edu').put(`/v1/rule-sets/${ruleSetId}`, { selfEvaluation: { reverseVariant: 'B' } }, { headers: { 'if-match': '"2"' } });
    expect(write.status).toBe(404);
    expect((await district.get('/v1/rule-sets?year=26')).status).toBe(400);
    expect((await district.get('/v1/rule-sets/no-such-set/versions/1')).status).toBe(404);
  });
});

// RULES.md §2's example: 全年执行数 154.74 万元 of 全年预算数 310.2 万元 (exact fen).
const budget = { initialFen: 300_000_000, adjustedFen: 310_200_000, executedFen: 154_740_000 };
const indicators = [
  { level1: 'output', level2: 'quantity', name: '资助人数', target: '≥50个', actual: '40个', points: 30 },
  { level1: 'cost', level2: 'economicCost', name: '项目成本', target: '≤202.6万元', actual: '210万元', points: 20 },
  { level1: 'outcome', level2: 'social', name: '社会效益', operator: 'qualitative', target: '群众获得感增强', actual: '达成年度指标', points: 30, score: 27 },
  { level1: 'satisfaction', level2: 'satisfaction', name: '满意度', operator: 'gte', target: '100%', actual: '95%', points: '10' },
];

describe('the self-evaluation calculator (POST /v1/self-evaluations/score)', () => {
  it('scores the 154.74 / 310.2 example: execution 4.99 by default', async () => {
    const response = await system.api('filer-edu').post('/v1/self-evaluations/score', { budget: { adjustedFen: 310_200_000, executedFen: 154_740_000 }, indicators: [], year: 2026 });
    expect(response.status).toBe(200);
    expect(response.body.execution).toEqual({ rate: 0.4988, points: 10, score: 4.99 });
    expect(response.body.ruleSetModified).toBe(false);
  });

  it('scores text cells (≥50个, ≤202.6万元, 100%, 达成年度指标) and totals them', async () => {
    const response = await system.api('expert-city').post('/v1/self-evaluations/score', { budget, indicators, year: 2026 });
    expect(response.status).toBe(200);
    // 30·40/50 = 24; 20·202.6/210 = 19.295… → 19.30; 定性 27 within [24, 30]; 10·95/100 = 9.5.
    expect(response.body.indicators.map((i: { points: number; score: number }) => [i.points, i.score])).toEqual([
      [30, 24], [20, 19.3], [30, 27], [10, 9.5],
    ]);
    expect(response.body.indicators[2].tier).toBe('achieved');
    expect(response.body.execution.score).toBe(4.99);
    // 24 + 19.30 + 27 + 9.5 + 4.99 = 84.79 → 良 on the default bands.
    expect(response.body.total).toBe(84.79);
    expect(response.body.grade).toBe('good');
    expect(response.body.ruleSetId).toBe('nantong-2026-default');
    expect(response.body.problems).toEqual([]);
  });

  it('takes an inline what-if: whole-percent rate → 5 points', async () => {
    const response = await system.api('filer-edu').post('/v1/self-evaluations/score', {
      budget, indicators, year: 2026, ruleSet: { selfEvaluation: { rounding: { rateStage: 'wholePercent' } } },
    });
    expect(response.status).toBe(200);
    expect(response.body.execution).toEqual({ rate: 0.5, points: 10, score: 5 });
    expect(response.body.total).toBe(84.8);
    expect(response.body.ruleSetModified).toBe(true);
  });

  it("uses a stored rule set of the caller's region, with an inline partial over it", async () => {
    const stored = await system.api('filer-edu').post('/v1/self-evaluations/score', { budget, indicators, ruleSetId });
    expect(stored.status).toBe(200);
    // Version 2 of the stored rule set uses 80/70/60: 84.79 is 优 there.
    expect(stored.body).toMatchObject({ total: 84.79, grade: 'excellent', ruleSetId, ruleSetVersion: 2, ruleSetModified: false });
    const both = await system.api('filer-edu').post('/v1/self-evaluations/score', {
      budget, indicators, ruleSetId, ruleSet: { selfEvaluation: { reverseVariant: 'B' } },
    });
    // Variant B: 20·(2·202.6 − 210)/202.6 = 3904/202.6 = 19.2695… → 19.27; bands still 80/70/60 from the stored version.
    expect(both.body.indicators[1].score).toBe(19.27);
    // 24 + 19.27 + 27 + 9.5 + 4.99 = 84.76
    expect(both.body).toMatchObject({ total: 84.76, grade: 'excellent', ruleSetVersion: 2, ruleSetModified: true });
  });

  it("refuses another region's rule set (404), invalid what-ifs (422) and bad input (400)", async () => {
    const district = system.api('filer-chongchuan-edu');
    const foreign = await district.post('/v1/self-evaluations/score', { budget, indicators, ruleSetId });
    expect(foreign.status).toBe(404);
    expect(foreign.headers.get('content-type')).toContain('application/problem+json');
    const whatIf = await district.post('/v1/self-evaluations/score', { budget, indicators, ruleSet: { selfEvaluation: { points: { execution: 20 } } } });
    expect(whatIf.status).toBe(422);
    expect(whatIf.body.code).toBe('ruleSet.invalid');
    const noBudget = await district.post('/v1/self-evaluations/score', { indicators });
    expect(noBudget.status).toBe(400);
    expect(noBudget.body.code).toBe('request.invalid');
    const floatFen = await district.post('/v1/self-evaluations/score', { budget: { adjustedFen: 1.5, executedFen: 1 }, indicators: [] });
    expect(floatFen.status).toBe(400);
    const unknownField = await district.post('/v1/self-evaluations/score', { budget, indicators, extra: 1 });
    expect(unknownField.status).toBe(400);
  });

  it("reports scoring problems with the caller's cells", async () => {
    const response = await system.api('filer-edu').post('/v1/self-evaluations/score', {
      budget,
      indicators: [{ ...indicators[2], score: 20 }],
      cells: { 'indicators.0.score': 'G14' },
      year: 2026,
    });
    expect(response.status).toBe(200);
    expect(response.body.problems).toContainEqual(expect.objectContaining({ code: 'selfEvaluation.qualitativeOutOfTier', cell: 'G14' }));
    expect(response.body.indicators[0].score).toBeNull();
    expect(system.loggedErrors).toEqual([]);
  });
});
