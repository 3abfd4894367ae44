import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodStudentAidIndicators } from '../../support/targetSheetFixtures';
import { startTestSystem, type TestSystem } from '../../support/testSystem';

let system: TestSystem;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(async () => system?.stop());

// New (新增) and 860.5万元, above the 500万元 threshold of the default rule set: an assessment is required.
const projectId = 'nt-edu-2026-school-renovation';
const sheetId = `targetSheet.2026.${projectId}`;
const assessmentId = `exAnteAssessment.2026.${projectId}`;
const monitoringId = `monitoring.2026.${projectId}.m07`;
const ifMatch = (version: number) => ({ headers: { 'if-match': `"${version}"` } });
const scores = (each: number) => ({ necessity: each, economy: each, targetSoundness: each, feasibility: each, financingCompliance: each });

describe('assessment → approval gate → monitoring → finance action → warnings, over HTTP', () => {
  it('gates the targets on the assessment, then monitors the project to a red warning and a suspension', async () => {
    const filer = system.api('filer-edu');
    const reviewer = system.api('reviewer-city');

    // Targets are filed and submitted as in the target-sheet story.
    const sheet = await filer.post('/v1/target-sheets', { projectId, year: 2026 });
    expect(sheet.status).toBe(201);
    const data = { ...sheet.body.data, overallGoal: '完成教学楼抗震加固和功能改造', annualGoal: '2026 年完成主体改造', indicators: goodStudentAidIndicators };
    const submitted = await filer.post(`/v1/target-sheets/${sheetId}/submit`, { data }, ifMatch(1));
    expect(submitted.status).toBe(200);

    // The gate refuses: no assessment yet.
    const refused = await reviewer.post(`/v1/target-sheets/${sheetId}/approve`, undefined, ifMatch(2));
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.code).toBe('exAnte.assessmentRequired');
    expect(refused.body.message_zh).toContain('事前绩效评估');

    // The department drafts the assessment, prefilled from the project.
    const created = await filer.post('/v1/ex-ante-assessments', { subjectType: 'project', subjectId: projectId, year: 2026 });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/v1/ex-ante-assessments/${assessmentId}`);
    expect(created.body.data).toMatchObject({ subjectName: '南通市第一中学教学楼改造', departmentName: '南通市教育局', amountFen: 860_500_000 });

    // A sub-score above its dimension's points is refused with the cell named (D11: economy, first assessor).
    const assessment = {
      category: 'infrastructure',
      assessors: [{ assessor: 'departmentSelf', scores: { ...scores(19), economy: 25 } }],
      checklistAnswers: { infrastructure: { planConformity: 'met', fundingSecured: 'met', investmentSchedule: 'met' } },
    };
    const tooHigh = await filer.post(`/v1/ex-ante-assessments/${assessmentId}/submit`, { data: { outline: '教学楼建于 1985 年，经鉴定需抗震加固', assessment } }, ifMatch(1));
    expect(tooHigh.status).toBe(422);
    expect(tooHigh.body.code).toBe('exAnte.invalid');
    expect(tooHigh.body.problems).toEqual([expect.objectContaining({ code: 'exAnte.scoreAbovePoints', path: 'assessment.assessors.0.scores.economy', cell: 'D11' })]);

    const fixed = { ...assessment, assessors: [{ assessor: 'departmentSelf', scores: scores(19) }] };
    expect((await filer.post(`/v1/ex-ante-assessments/${assessmentId}/submit`, { data: { assessment: fixed } }, ifMatch(1))).status).toBe(200);

    // The reviewer adds the finance bureau's and an expert's scores and approves: (16×5 + 17×5) / 2 = 82.5 → 完善后予以支持.
    const withExperts = {
      ...fixed,
      assessors: [...fixed.assessors, { assessor: 'finance', scores: scores(16) }, { assessor: 'expert', name: '吴专家', scores: scores(17) }],
    };
    const approved = await reviewer.post(`/v1/ex-ante-assessments/${assessmentId}/approve`, { data: { assessment: withExperts } }, ifMatch(2));
    expect(approved.status).toBe(200);
    expect(approved.body.head.status).toBe('approved');
    expect(approved.body.data.result).toMatchObject({ score: 82.5, conclusion: 'revise', ruleSetId: 'nantong-2026-default', ruleSetVersion: 1 });

    // Support after revision: refused until the revision is recorded.
    const needsRevision = await reviewer.post(`/v1/target-sheets/${sheetId}/approve`, undefined, ifMatch(2));
    expect(needsRevision.status).toBe(422);
    expect(needsRevision.body.code).toBe('exAnte.revisionRequired');
    expect((await filer.post(`/v1/ex-ante-assessments/${assessmentId}/revision`, { note: '已补充' }, ifMatch(3))).status).toBe(403);
    const revised = await reviewer.post(`/v1/ex-ante-assessments/${assessmentId}/revision`, { note: '已补充分年度投资计划和抗震鉴定报告' }, ifMatch(3));
    expect(revised.status).toBe(200);
    expect(revised.body.head).toMatchObject({ status: 'approved', version: 4 });
    expect(revised.body.data.revision).toMatchObject({ note: '已补充分年度投资计划和抗震鉴定报告', by: 'reviewer-city' });
    const twice = await reviewer.post(`/v1/ex-ante-assessments/${assessmentId}/revision`, { note: '再次' }, ifMatch(3));
    expect(twice.status).toBe(409);

    const targetsApproved = await reviewer.post(`/v1/target-sheets/${sheetId}/approve`, undefined, ifMatch(2));
    expect(targetsApproved.status).toBe(200);
    expect(targetsApproved.body.head.status).toBe('approved');

    // The assessment's audit trail tells the whole story.
    const audit = await system.api('auditor-city').get(`/v1/ex-ante-assessments/${assessmentId}/audit`);
    expect(audit.body.items.map((a: Record<string, unknown>) => [a.version, a.action, a.subject, a.toStatus])).toEqual([
      [1, 'create', 'filer-edu', 'draft'],
      [2, 'submit', 'filer-edu', 'submitted'],
      [3, 'approve', 'reviewer-city', 'approved'],
      [4, 'recordRevision', 'reviewer-city', 'approved'],
    ]);
    expect(audit.body.items[3]).toMatchObject({
      fromStatus: 'approved',
      role: 'financeReviewer',
      comment: expect.stringContaining('已补充分年度投资计划'),
      detail: { kind: 'recordRevision', note: '已补充分年度投资计划和抗震鉴定报告' },
    });
    const versions = await filer.get(`/v1/ex-ante-assessments/${assessmentId}/versions`);
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([4, 3, 2, 1]);

    // Monitoring, prefilled from the approved targets.
    const report = await filer.post('/v1/monitoring', { projectId, year: 2026, period: 'm07' });
    expect(report.status).toBe(201);
    expect(report.body.head.id).toBe(monitoringId);
    expect(report.body.data).toMatchObject({ through: '2026-07-31', budgetFen: 860_500_000, executedFen: 0 });
    expect(report.body.data.indicators.map((i: { name: string; target: string }) => [i.name, i.target])).toEqual(
      goodStudentAidIndicators.map((i) => [i.name, i.target]),
    );

    // 1,000,000 yuan of 8,605,000 by the end of July: rate 11.6%, v = rate / (7/12) ≈ 0.20 → red.
    // The indicators are on track (v within [0.8, 1.2) or met).
    // Rates are levels (RULES.md §5): 准确率 and 满意度 are on track at their target, whatever the month.
    const progress = ['7000', '100', '0', '2400', '92'].map((actual, i) => ({ actual, expectedFullYear: goodStudentAidIndicators[i]!.target }));
    const unexplained = await filer.post(`/v1/monitoring/${monitoringId}/submit`, { data: { executedFen: 100_000_000, indicators: progress } }, ifMatch(1));
    expect(unexplained.status).toBe(422);
    expect(unexplained.body.code).toBe('monitoring.invalid');
    expect(unexplained.body.problems.map((p: { path: string; cell: string }) => [p.path, p.cell])).toEqual([
      ['execution.deviationReason', 'C6'],
      ['execution.likelihood', 'E6'],
      ['execution.correctiveAction', 'C7'],
    ]);

    const explained = {
      executedFen: 100_000_000,
      execution: { deviationReason: 'facilities', likelihood: 'possible', correctiveAction: '施工单位已进场，9 月集中支付工程款' },
      indicators: progress,
    };
    const reported = await filer.post(`/v1/monitoring/${monitoringId}/submit`, { data: explained }, ifMatch(1));
    expect(reported.status).toBe(200);
    expect(reported.body.data.signals).toMatchObject({ execution: 'red', project: 'red', timeProgress: { elapsed: 7, total: 12 } });
    expect(reported.body.data.signals.indicators.map((s: { signal: string }) => s.signal)).toEqual(['green', 'green', 'green', 'green', 'green']);

    // Only the finance bureau decides, with a reason; the decision is a new, audited version.
    expect((await filer.post(`/v1/monitoring/${monitoringId}/actions`, { action: 'continue', reason: '自行决定' }, ifMatch(2))).status).toBe(403);
    const suspended = await reviewer.post(`/v1/monitoring/${monitoringId}/actions`, { action: 'suspendFunding', reason: '执行进度严重滞后，待施工合同落实后恢复拨款' }, ifMatch(2));
    expect(suspended.status).toBe(200);
    expect(suspended.body.head).toMatchObject({ status: 'submitted', version: 3 });
    expect(suspended.body.data.financeActions).toEqual([expect.objectContaining({ action: 'suspendFunding', by: 'reviewer-city', role: 'financeReviewer' })]);
    const monitoringAudit = await reviewer.get(`/v1/monitoring/${monitoringId}/audit`);
    expect(monitoringAudit.body.items.at(-1)).toMatchObject({
      version: 3,
      action: 'financeAction',
      subject: 'reviewer-city',
      role: 'financeReviewer',
      fromStatus: 'submitted',
      toStatus: 'submitted',
      comment: expect.stringContaining('暂缓拨款'),
      detail: { kind: 'financeAction', financeAction: 'suspendFunding', reason: '执行进度严重滞后，待施工合同落实后恢复拨款' },
    });

    // The finance view lists the red project under its department; other departments and districts do not see it.
    const warnings = await reviewer.get('/v1/monitoring/warnings?year=2026&period=m07');
    expect(warnings.status).toBe(200);
    expect(warnings.body.items).toEqual([
      expect.objectContaining({
        departmentId: 'nt-edu',
        departmentName: '南通市教育局',
        red: 1,
        yellow: 0,
        projects: [expect.objectContaining({ projectId, signal: 'red', financeAction: 'suspendFunding', executionSignal: 'red' })],
      }),
    ]);
    expect((await filer.get('/v1/monitoring/warnings?year=2026&period=m07')).body.items).toHaveLength(1);
    expect((await system.api('filer-health').get('/v1/monitoring/warnings?year=2026&period=m07')).body.items).toEqual([]);
    expect((await system.api('reviewer-haimen').get('/v1/monitoring/warnings?year=2026&period=m07')).body.items).toEqual([]);
    expect((await reviewer.get('/v1/monitoring/warnings?year=2026&period=m08')).body.items).toEqual([]);

    // Execution to date is kept for next year's linkage.
    const execution = await reviewer.get(`/v1/monitoring/execution?year=2026&projectId=${projectId}`);
    expect(execution.body).toMatchObject({ submissionId: monitoringId, through: '2026-07-31', budgetFen: 860_500_000, executedFen: 100_000_000 });
    expect(execution.body.executionRate).toBeCloseTo(100_000_000 / 860_500_000, 12);
    expect(system.loggedErrors).toEqual([]);
  });

  it('assesses a policy in its own wording and lets a rejected assessment block nothing else', async () => {
    const filer = system.api('filer-edu');
    const policyId = 'nt-edu-policy-2026-preschool';
    const policies = await filer.get('/v1/policies?year=2026');
    expect(policies.body.items.map((p: { id: string }) => p.id)).toEqual([policyId]);
    expect((await system.api('reviewer-city').get('/v1/policies?year=2026')).body.items.map((p: { id: string }) => p.id).sort()).toEqual(['nt-agri-policy-2026-rice', policyId]);
    expect((await system.api('filer-health').get('/v1/policies?year=2026&departmentId=nt-edu')).status).toBe(404);
    const created = await filer.post('/v1/ex-ante-assessments', { subjectType: 'policy', subjectId: policyId, year: 2026 });
    expect(created.status).toBe(201);
    expect(created.body.head).toMatchObject({ subjectType: 'policy', subjectId: policyId });
    expect(created.body.data.outline).toContain('普惠性民办幼儿园');
    const id = created.body.head.id;
    expect((await filer.post(`/v1/ex-ante-assessments/${id}/submit`, { data: { assessment: { assessors: [{ assessor: 'departmentSelf', scores: scores(18) }] } } }, ifMatch(1))).status).toBe(200);
    const approved = await system.api('reviewer-city').post(`/v1/ex-ante-assessments/${id}/approve`, { data: { assessment: { assessors: [{ assessor: 'agency', scores: scores(12) }] } } }, ifMatch(2));
    expect(approved.status).toBe(200);
    expect(approved.body.data.result).toMatchObject({ score: 60, conclusion: 'reject' });
    // No revision for a rejection.
    expect((await system.api('reviewer-city').post(`/v1/ex-ante-assessments/${id}/revision`, { note: '补充' }, ifMatch(3))).status).toBe(409);
    // The form spec is served for the add-in.
    const form = await filer.get('/v1/forms/exAnteAssessment');
    expect(form.body).toMatchObject({ id: 'exAnteAssessment', sheetName: '事前绩效评估表' });
  });
});

describe('budgets and social insurance fund risk', () => {
  it('lists the four budgets with their focus points and the subjects with their forms', async () => {
    const response = await system.api('filer-edu').get('/v1/budgets');
    expect(response.status).toBe(200);
    expect(response.body.items.map((b: { id: string }) => b.id)).toEqual(['general', 'fund', 'stateCapital', 'socialInsurance']);
    const social = response.body.items.find((b: { id: string }) => b.id === 'socialInsurance');
    expect(social.focusPoints.map((p: { label: { zh: string } }) => p.label.zh)).toEqual(['收支政策效果', '基金管理', '精算平衡', '地区结构', '运行风险']);
    const project = response.body.subjects.find((s: { id: string }) => s.id === 'project');
    expect(project.stages.filter((s: { form?: string }) => s.form).map((s: { form: string }) => s.form)).toEqual(['exAnteAssessment', 'targetSheet', 'monitoring']);
  });

  it('reads payment capacity, warnings and projections per fund and for the region', async () => {
    const response = await system.api('filer-health').get('/v1/social-insurance/funds?year=2026');
    expect(response.status).toBe(200);
    const byFund = Object.fromEntries(response.body.funds.map((f: { fund: string }) => [f.fund, f]));
    // 城乡居民医保: 366,000 万元 balance / (612,000 / 12) = 7.18 months, reasonable.
    expect(byFund.residentMedical.paymentCapacity).toMatchObject({ level: 'reasonable', warning: 'green' });
    expect(byFund.residentMedical.paymentCapacity.months).toBeCloseTo((366_000 * 12) / 612_000, 10);
    expect(byFund.residentMedical.indicators.currentBalanceFen).toBe(-20_000_000_000);
    // 企业职工养老: 140,000 / (2,420,000 / 12) ≈ 0.69 months, red; the balance runs out next year.
    expect(byFund.employeePension.paymentCapacity).toMatchObject({ level: 'insufficient', warning: 'red' });
    expect(byFund.employeePension.projection.runOutYear).toBe(2027);
    expect(byFund.employeePension.projection.terms.short.runOutYear).toBe(2027);
    expect(byFund.employeePension.warnings.map((w: { code: string; warning: string }) => [w.code, w.warning])).toEqual([
      ['socialInsurance.paymentCapacity', 'red'],
      ['socialInsurance.currentDeficit', 'yellow'],
      ['socialInsurance.runOut', 'red'],
    ]);
    expect(response.body.region.record.incomeFen).toBe(byFund.residentMedical.record.incomeFen + byFund.employeePension.record.incomeFen);
    expect(response.body.region.projection.years).toHaveLength(10);
    // A district reads its own funds only.
    expect((await system.api('reviewer-haimen').get('/v1/social-insurance/funds?year=2026')).body.funds).toEqual([]);
  });

  it('lets the finance bureau write a fund year, and nobody else', async () => {
    const year = {
      year: 2027,
      incomeFen: 620_000_000_000,
      expenditureFen: 630_000_000_000,
      accumulatedBalanceFen: 356_000_000_000,
      contributionsDueFen: 230_000_000_000,
      contributionsCollectedFen: 224_000_000_000,
      subsidyFen: 384_000_000_000,
    };
    expect((await system.api('filer-edu').put('/v1/social-insurance/funds/residentMedical/years/2027', year)).status).toBe(403);
    const written = await system.api('admin-city').put('/v1/social-insurance/funds/residentMedical/years/2027', year);
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ fund: 'residentMedical', regionId: 'nantong', updatedBy: 'admin-city' });
    const read = await system.api('auditor-city').get('/v1/social-insurance/funds?year=2027');
    expect(read.body.funds.map((f: { fund: string }) => f.fund)).toEqual(['residentMedical']);
    expect(read.body.funds[0].paymentCapacity.months).toBeCloseTo((356_000 * 12) / 630_000, 10);
  });
});
