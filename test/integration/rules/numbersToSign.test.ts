import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { financeScores } from '../api/everyRouteOwnedData';
import { startTestSystem, type TestSystem } from '../../support/testSystem';

// Each refusal of RULES.md §1–§5 through the API, against DynamoDB Local with real JWTs.
let system: TestSystem;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(async () => system?.stop());

const budget = { adjustedFen: 52_000_000, executedFen: 50_440_000 }; // 97% → 9.7 points
type Row = Record<string, unknown>;
/** A 城乡居民健康体检 self-evaluation as units write it: operator words, a bare 100%, 定性 unmarked. */
const published = (): Row[] => [
  { level1: 'output', level2: 'quantity', name: '体检人数', target: '不少于', unit: '人', actual: '', points: 25 },
  { level1: 'output', level2: 'quality', name: '体检报告反馈率', target: '100%', actual: '100%', points: 25 },
  { level1: 'outcome', level2: 'social', name: '慢病早发现水平', target: '明显提升', actual: '达成年度指标', points: 30, score: 26 },
  { level1: 'satisfaction', level2: 'satisfaction', name: '居民满意度', target: '达到90%', actual: '92%', points: 10 },
];
const rows = (): Row[] => {
  const list = published();
  list[0] = { ...list[0], target: '不少于26000', actual: '2.7万人' };
  return list;
};
const score = (user: string, body: Row) => system.api(user).post('/v1/self-evaluations/score', { budget, year: 2026, ...body });

describe('RULES.md §3: a finance evaluation needs an evaluator', () => {
  it('refuses an evaluation with no evaluators with 422 and stores nothing', async () => {
    const reviewer = system.api('reviewer-city');
    const subject = { subjectType: 'project', subjectId: 'nt-edu-2026-student-aid', year: 2026 };
    const empty = await reviewer.post('/v1/evaluations', { ...subject, input: { evaluators: [] } });
    expect(empty.status).toBe(422);
    expect(empty.headers.get('content-type')).toContain('application/problem+json');
    expect(empty.body.code).toBe('evaluation.invalid');
    expect(empty.body.problems.map((p: Row) => p.code)).toEqual(['evaluation.noEvaluators']);
    // Nothing was stored: the first real evaluation is still a creation (201), not a 409.
    const real = await reviewer.post('/v1/evaluations', { ...subject, input: { evaluators: [{ id: 'f1', kind: 'finance', scores: financeScores }] } });
    expect(real.status).toBe(201);
    expect(real.body.head.version).toBe(1);
  });
});

describe('RULES.md §1–§2 through the calculator (POST /v1/self-evaluations/score)', () => {
  it('reads a published table: operator words, a bare number as ≥ with a warning, an unmarked 定性, 2.7万人 against 26000人', async () => {
    const response = await score('filer-edu', { indicators: rows(), cells: { 'indicators.1.target': 'D14' } });
    expect(response.status).toBe(200);
    expect(response.body.indicators.map((i: Row) => i.score)).toEqual([25, 25, 26, 10]);
    expect(response.body.problems.map((p: Row) => [p.code, p.cell ?? p.path, p.severity])).toEqual([
      ['selfEvaluation.operatorAssumed', 'D14', 'warning'],
      ['selfEvaluation.readAsQualitative', 'indicators.2.target', 'warning'],
    ]);
    expect(response.body).toMatchObject({ total: 95.7, grade: 'excellent' });
  });

  it('gives no total and no grade while an applicable indicator cannot be scored, naming the cell', async () => {
    // "不少于" with no number is read as 定性, and a 定性 row needs the score the filer picks (G13).
    const response = await score('filer-edu', { indicators: published(), cells: { 'indicators.0.score': 'G13' } });
    expect(response.status).toBe(200);
    expect(response.body.total).toBeNull();
    expect(response.body.grade).toBeNull();
    expect(response.body.problems.filter((p: Row) => p.severity === 'error').map((p: Row) => [p.code, p.cell])).toEqual([
      ['selfEvaluation.scoreMissing', 'G13'],
    ]);
  });

  it('refuses all not applicable instead of 100 优, and not applicable without a reason', async () => {
    const allOut = await score('filer-edu', { indicators: rows().map((r) => ({ ...r, applicable: false, notApplicableReason: '项目暂停' })) });
    expect(allOut.body).toMatchObject({ total: null, grade: null });
    expect(allOut.body.problems.map((p: Row) => p.code)).toContain('selfEvaluation.nothingApplicable');
    const list = rows();
    list[1] = { ...list[1], applicable: false };
    const noReason = await score('filer-edu', { indicators: list });
    expect(noReason.body.total).toBeNull();
    expect(noReason.body.problems.map((p: Row) => p.code)).toEqual(['selfEvaluation.notApplicableReasonMissing', 'selfEvaluation.readAsQualitative']);
  });

  it('converts 900000元 against 万元 and refuses a bare 0.96 against ≥95%', async () => {
    const list = rows();
    list[0] = { level1: 'output', level2: 'quantity', name: '体检经费拨付', target: '≥100万元', actual: '900000元', points: 25 };
    const converted = await score('filer-edu', { indicators: list });
    expect(converted.body.indicators[0].score).toBe(22.5);
    list[1] = { ...list[1], target: '≥95%', actual: '0.96' };
    const ambiguous = await score('filer-edu', { indicators: list, cells: { 'indicators.1.actual': 'E14' } });
    expect(ambiguous.body.total).toBeNull();
    expect(ambiguous.body.problems).toContainEqual(expect.objectContaining({ code: 'selfEvaluation.rateAmbiguous', cell: 'E14', severity: 'error' }));
  });

  it('recomputes identically with a stored rule-set version', async () => {
    const first = await score('filer-edu', { indicators: rows(), ruleSetId: 'nantong-2026-default' });
    const again = await score('reviewer-city', { indicators: rows(), ruleSetId: 'nantong-2026-default' });
    expect(first.status).toBe(200);
    expect(again.body).toEqual(first.body);
  });
});

describe('RULES.md §2: bands must cover [0, 100]', () => {
  it('refuses a rule set whose grade bands stop at 良 with 422, and keeps the version', async () => {
    const admin = system.api('admin-city');
    const current = await admin.get('/v1/rule-sets?year=2026');
    const version = current.body.head.version as number;
    const response = await admin.put(
      `/v1/rule-sets/${current.body.head.id}`,
      { selfEvaluation: { gradeBands: [{ from: 90, value: 'excellent' }, { from: 80, value: 'good' }] } },
      { headers: { 'if-match': `"${version}"` } },
    );
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('ruleSet.invalid');
    expect(response.body.problems[0]).toMatchObject({ code: 'ruleSet.invalid', path: 'selfEvaluation.gradeBands' });
    expect((await admin.get('/v1/rule-sets?year=2026')).body.head.version).toBe(version);
  });
});
