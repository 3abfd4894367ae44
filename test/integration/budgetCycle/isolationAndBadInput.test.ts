import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodStudentAidIndicators } from '../../support/targetSheetFixtures';
import { startTestSystem, type TestSystem } from '../../support/testSystem';

/**
 * Isolation on every budget-cycle route (DESIGN.md "Security model"): outsiders get 404 and change
 * nothing, in-scope callers with the wrong role 403; and bad input gets a 4xx problem+json.
 */
let system: TestSystem;
const assessmentId = 'exAnteAssessment.2026.nt-edu-2026-school-renovation';
const monitoringId = 'monitoring.2026.nt-edu-2026-student-aid.m07';
const write = { 'if-match': '"1"' };

beforeAll(async () => {
  system = await startTestSystem();
  const filer = system.api('filer-edu');
  expect((await filer.post('/v1/ex-ante-assessments', { subjectType: 'project', subjectId: 'nt-edu-2026-school-renovation', year: 2026 })).status).toBe(201);
  // Student aid is a continuing project inside its period: no assessment needed, so its targets can be approved.
  const sheet = await filer.post('/v1/target-sheets', { projectId: 'nt-edu-2026-student-aid', year: 2026 });
  const data = { ...sheet.body.data, overallGoal: '应助尽助', annualGoal: '资助 1.2 万人次', indicators: goodStudentAidIndicators };
  expect((await filer.post('/v1/target-sheets/targetSheet.2026.nt-edu-2026-student-aid/submit', { data }, { headers: write })).status).toBe(200);
  expect((await system.api('reviewer-city').post('/v1/target-sheets/targetSheet.2026.nt-edu-2026-student-aid/approve', undefined, { headers: { 'if-match': '"2"' } })).status).toBe(200);
  expect((await filer.post('/v1/monitoring', { projectId: 'nt-edu-2026-student-aid', year: 2026, period: 'm07' })).status).toBe(201);
});
afterAll(async () => system?.stop());

const assessment = { assessors: [{ assessor: 'finance', scores: { necessity: 18, economy: 18, targetSoundness: 18, feasibility: 18, financingCompliance: 18 } }] };
const progress = { executedFen: 0, indicators: goodStudentAidIndicators.map(() => ({})) };

interface Attempt {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: unknown;
}

const attempts: Attempt[] = [
  { name: 'create an assessment of the department’s project', method: 'POST', path: '/v1/ex-ante-assessments', body: { subjectType: 'project', subjectId: 'nt-edu-2026-teacher-training', year: 2026 } },
  { name: 'list the department’s assessments', method: 'GET', path: '/v1/ex-ante-assessments?year=2026&departmentId=nt-edu' },
  { name: 'read the assessment', method: 'GET', path: `/v1/ex-ante-assessments/${assessmentId}` },
  { name: 'save the assessment', method: 'PUT', path: `/v1/ex-ante-assessments/${assessmentId}`, body: { data: { assessment } } },
  { name: 'submit the assessment', method: 'POST', path: `/v1/ex-ante-assessments/${assessmentId}/submit` },
  { name: 'return the assessment', method: 'POST', path: `/v1/ex-ante-assessments/${assessmentId}/return`, body: { comment: '越权' } },
  { name: 'approve the assessment', method: 'POST', path: `/v1/ex-ante-assessments/${assessmentId}/approve` },
  { name: 'record a revision', method: 'POST', path: `/v1/ex-ante-assessments/${assessmentId}/revision`, body: { note: '越权' } },
  { name: 'list the assessment’s versions', method: 'GET', path: `/v1/ex-ante-assessments/${assessmentId}/versions` },
  { name: 'read the assessment’s version 1', method: 'GET', path: `/v1/ex-ante-assessments/${assessmentId}/versions/1` },
  { name: 'read the assessment’s audit', method: 'GET', path: `/v1/ex-ante-assessments/${assessmentId}/audit` },
  { name: 'create a monitoring report', method: 'POST', path: '/v1/monitoring', body: { projectId: 'nt-edu-2026-student-aid', year: 2026, period: 'm06' } },
  { name: 'list the department’s reports', method: 'GET', path: '/v1/monitoring?year=2026&departmentId=nt-edu' },
  { name: 'read the department’s warnings', method: 'GET', path: '/v1/monitoring/warnings?year=2026&period=m07&departmentId=nt-edu' },
  { name: 'read the project’s execution', method: 'GET', path: '/v1/monitoring/execution?year=2026&projectId=nt-edu-2026-student-aid' },
  { name: 'read the report', method: 'GET', path: `/v1/monitoring/${monitoringId}` },
  { name: 'save the report', method: 'PUT', path: `/v1/monitoring/${monitoringId}`, body: { data: progress } },
  { name: 'submit the report', method: 'POST', path: `/v1/monitoring/${monitoringId}/submit` },
  { name: 'return the report', method: 'POST', path: `/v1/monitoring/${monitoringId}/return`, body: { comment: '越权' } },
  { name: 'approve the report', method: 'POST', path: `/v1/monitoring/${monitoringId}/approve` },
  { name: 'decide on the report', method: 'POST', path: `/v1/monitoring/${monitoringId}/actions`, body: { action: 'stopFunding', reason: '越权' } },
  { name: 'list the report’s versions', method: 'GET', path: `/v1/monitoring/${monitoringId}/versions` },
  { name: 'read the report’s version 1', method: 'GET', path: `/v1/monitoring/${monitoringId}/versions/1` },
  { name: 'read the report’s audit', method: 'GET', path: `/v1/monitoring/${monitoringId}/audit` },
];

// Another department of the city, district filers, a district's finance reviewer, an expert.
const outsiders = ['filer-health', 'filer-haimen-edu', 'reviewer-haimen', 'filer-chongchuan-edu', 'expert-city'];

const unchanged = async () => {
  const filer = system.api('filer-edu');
  expect((await filer.get(`/v1/ex-ante-assessments/${assessmentId}`)).body.head).toMatchObject({ version: 1, status: 'draft' });
  expect((await filer.get(`/v1/monitoring/${monitoringId}`)).body.head).toMatchObject({ version: 1, status: 'draft' });
  expect((await filer.get(`/v1/monitoring?year=2026`)).body.items).toHaveLength(1);
};

describe('budget-cycle isolation: outsiders get 404 on every route and change nothing', () => {
  const cases = outsiders.flatMap((subject) => attempts.map((attempt) => ({ subject, ...attempt })));
  it.each(cases)('$subject: $name → 404', async ({ subject, method, path, body }) => {
    const response = await system.api(subject).request(method, path, body, { headers: method === 'GET' ? {} : write });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    await unchanged();
  });

  it('keeps social insurance funds to their region, and writes to the finance bureau', async () => {
    expect((await system.api('reviewer-haimen').get('/v1/social-insurance/funds?year=2026')).body.funds).toEqual([]);
    expect((await system.api('expert-city').get('/v1/social-insurance/funds?year=2026')).status).toBe(404);
    const record = { year: 2026, incomeFen: 1, expenditureFen: 1, accumulatedBalanceFen: 0, contributionsDueFen: 0, contributionsCollectedFen: 0, subsidyFen: 0 };
    for (const subject of ['filer-edu', 'auditor-city', 'expert-city']) {
      expect((await system.api(subject).put('/v1/social-insurance/funds/unemployment/years/2026', record)).status).toBe(403);
    }
    // A district's finance bureau writes its own region's funds, never the city's.
    expect((await system.api('reviewer-haimen').put('/v1/social-insurance/funds/unemployment/years/2026', record)).status).toBe(200);
    expect((await system.api('reviewer-city').get('/v1/social-insurance/funds?year=2026')).body.funds.map((f: { fund: string }) => f.fund)).not.toContain('unemployment');
    expect((await system.api('reviewer-haimen').get('/v1/social-insurance/funds?year=2026')).body.funds.map((f: { fund: string }) => f.fund)).toEqual(['unemployment']);
  });
});

describe('in scope but the wrong role → 403, nothing changes', () => {
  const wrongRoles: { subject: string; attempt: string }[] = [
    { subject: 'auditor-city', attempt: 'save the assessment' },
    { subject: 'auditor-city', attempt: 'submit the assessment' },
    { subject: 'auditor-city', attempt: 'approve the assessment' },
    { subject: 'filer-edu', attempt: 'approve the assessment' },
    { subject: 'head-edu', attempt: 'return the assessment' },
    { subject: 'filer-edu', attempt: 'record a revision' },
    { subject: 'auditor-city', attempt: 'save the report' },
    { subject: 'reviewer-city', attempt: 'save the report' },
    { subject: 'filer-edu', attempt: 'approve the report' },
    { subject: 'filer-edu', attempt: 'decide on the report' },
    { subject: 'auditor-city', attempt: 'decide on the report' },
  ];
  it.each(wrongRoles)('$subject: $attempt → 403', async ({ subject, attempt }) => {
    const { method, path, body } = attempts.find((a) => a.name === attempt)!;
    const response = await system.api(subject).request(method, path, body, { headers: write });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('auth.forbidden');
    await unchanged();
  });
});

describe('budget-cycle bad input → 4xx problem+json', () => {
  const cases: { name: string; subject: string; method: 'GET' | 'POST' | 'PUT'; path: string; body?: unknown; headers?: Record<string, string>; status: number; code?: string }[] = [
    { name: 'an unknown kind of subject', subject: 'filer-edu', method: 'POST', path: '/v1/ex-ante-assessments', body: { subjectType: 'building', subjectId: 'x', year: 2026 }, status: 400 },
    { name: 'an unknown field in the assessment', subject: 'filer-edu', method: 'PUT', path: `/v1/ex-ante-assessments/${assessmentId}`, body: { data: { assessment: { ...assessment, score: 100 } } }, headers: write, status: 400, code: 'request.invalid' },
    { name: 'a negative score', subject: 'filer-edu', method: 'PUT', path: `/v1/ex-ante-assessments/${assessmentId}`, body: { data: { assessment: { assessors: [{ assessor: 'finance', scores: { necessity: -1 } }] } } }, headers: write, status: 400 },
    { name: 'a save without If-Match', subject: 'filer-edu', method: 'PUT', path: `/v1/ex-ante-assessments/${assessmentId}`, body: { data: { assessment } }, status: 428 },
    { name: 'a policy of another year', subject: 'filer-edu', method: 'POST', path: '/v1/ex-ante-assessments', body: { subjectType: 'policy', subjectId: 'nt-edu-policy-2026-preschool', year: 2025 }, status: 422, code: 'exAnte.yearMismatch' },
    { name: 'a period m13', subject: 'filer-edu', method: 'POST', path: '/v1/monitoring', body: { projectId: 'nt-edu-2026-student-aid', year: 2026, period: 'm13' }, status: 400 },
    { name: 'monitoring before the targets are approved', subject: 'filer-edu', method: 'POST', path: '/v1/monitoring', body: { projectId: 'nt-edu-2026-teacher-training', year: 2026, period: 'm07' }, status: 422, code: 'monitoring.targetsNotApproved' },
    { name: 'a monitoring id without a period', subject: 'filer-edu', method: 'GET', path: '/v1/monitoring/monitoring.2026.nt-edu-2026-student-aid', status: 400 },
    { name: 'warnings without a period', subject: 'reviewer-city', method: 'GET', path: '/v1/monitoring/warnings?year=2026', status: 400 },
    { name: 'a negative amount executed', subject: 'filer-edu', method: 'PUT', path: `/v1/monitoring/${monitoringId}`, body: { data: { ...progress, executedFen: -5 } }, headers: write, status: 400 },
    { name: 'a fractional fen', subject: 'filer-edu', method: 'PUT', path: `/v1/monitoring/${monitoringId}`, body: { data: { ...progress, executedFen: 1.5 } }, headers: write, status: 400 },
    { name: 'too few indicator rows', subject: 'filer-edu', method: 'PUT', path: `/v1/monitoring/${monitoringId}`, body: { data: { executedFen: 0, indicators: [] } }, headers: write, status: 422, code: 'monitoring.indicatorsMismatch' },
    { name: 'an unknown finance action', subject: 'reviewer-city', method: 'POST', path: `/v1/monitoring/${monitoringId}/actions`, body: { action: 'cancel', reason: 'x' }, headers: write, status: 400 },
    { name: 'a finance action without a reason', subject: 'reviewer-city', method: 'POST', path: `/v1/monitoring/${monitoringId}/actions`, body: { action: 'adjust', reason: ' ' }, headers: write, status: 400 },
    { name: 'a finance action on a draft', subject: 'reviewer-city', method: 'POST', path: `/v1/monitoring/${monitoringId}/actions`, body: { action: 'adjust', reason: '调整' }, headers: write, status: 409, code: 'monitoring.notReported' },
    { name: 'an unknown fund', subject: 'admin-city', method: 'PUT', path: '/v1/social-insurance/funds/lottery/years/2026', body: {}, status: 400 },
    { name: 'a fund year whose parts exceed its income', subject: 'admin-city', method: 'PUT', path: '/v1/social-insurance/funds/unemployment/years/2026', body: { year: 2026, incomeFen: 10, expenditureFen: 5, accumulatedBalanceFen: 5, contributionsDueFen: 10, contributionsCollectedFen: 8, subsidyFen: 8 }, status: 400 },
    { name: 'a fund year that differs from the path', subject: 'admin-city', method: 'PUT', path: '/v1/social-insurance/funds/unemployment/years/2025', body: { year: 2026, incomeFen: 10, expenditureFen: 5, accumulatedBalanceFen: 5, contributionsDueFen: 10, contributionsCollectedFen: 8, subsidyFen: 0 }, status: 422, code: 'socialInsurance.yearMismatch' },
    { name: 'a fund view without a year', subject: 'reviewer-city', method: 'GET', path: '/v1/social-insurance/funds', status: 400 },
  ];
  it.each(cases)('$name → $status', async ({ subject, method, path, body, headers, status, code }) => {
    const response = await system.api(subject).request(method, path, body, { headers });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.message_zh).toEqual(expect.any(String));
    if (code) expect(response.body.code).toBe(code);
    if (status === 400 && response.body.code === 'request.invalid') expect(response.body.problems.length).toBeGreaterThan(0);
  });

  it('logged no server errors', () => {
    expect(system.loggedErrors).toEqual([]);
  });
});
