import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localExportStore } from '../../../functions/exports/localExportStore';
import { buildRoutes } from '../../../functions/routes/index';
import { startTestSystem, type ApiResult, type TestSystem } from '../../support/testSystem';
import { createOwnedData, financeScores, type OwnedData } from './everyRouteOwnedData';

/**
 * Department isolation (DESIGN.md "Security model"), for EVERY route of buildRoutes: a department never reaches another
 * department's data, a region never another region's (DESIGN.md "Security model"; docs/api.md
 * "Scope"). nt-edu (南通市教育局) and the city's finance bureau own a full 2026 cycle; outsiders try
 * each route on it with a body its owner could send, and get 404 (out of scope: existence is not
 * revealed) or 403 (a role that may never do this), as problem+json, and nothing changes. Lists
 * answer the outsider's own scope. A new route without a case here fails the first test.
 */
const outsiders = ['filer-health', 'filer-haimen-edu', 'reviewer-haimen', 'reviewer-chongchuan'] as const;
type Outsider = (typeof outsiders)[number];

// Region and department of each outsider (dev/seed.ts demoUsers).
const scopeOf: Record<Outsider, { regionId: string; departmentId?: string }> = {
  'filer-health': { regionId: 'nantong', departmentId: 'nt-health' },
  'filer-haimen-edu': { regionId: 'haimen', departmentId: 'hm-edu' },
  'reviewer-haimen': { regionId: 'haimen' },
  'reviewer-chongchuan': { regionId: 'chongchuan' },
};

/** Answered, but only within the caller's own scope (e.g. the region's rule set, read by any department of it); `own` checks the answer. */
type Expected = 403 | 404 | 'own';

type WatchKey = keyof typeof watchers;

interface Attempt {
  kind: 'attempt';
  method: 'GET' | 'POST' | 'PUT';
  path: () => string;
  body?: () => unknown;
  ifMatch?: number;
  /** A rightful user: for a read, the owner gets 200 (so the outsiders' refusal is about scope, not a wrong id). */
  owner: string;
  /** Per outsider; 404 when absent. */
  expected?: Partial<Record<Outsider, Expected>>;
  own?: (response: ApiResult, subject: Outsider) => Promise<void> | void;
  /** What a write could change: read back after every write attempt. */
  watch?: WatchKey[];
}

interface ListRoute {
  kind: 'list';
  path: string;
  owner: string;
  /** The listed items, each with the region and department it belongs to. */
  items: (body: any) => { regionId?: string; departmentId?: string }[]; // eslint-disable-line @typescript-eslint/no-explicit-any -- arbitrary JSON
  /** The query that asks for nt-edu's items by name (`departmentId=nt-edu`): refused, or answered within the caller's scope. */
  filter?: string;
  /** Outsiders refused outright (a role that may not list this at all). */
  refused?: Partial<Record<Outsider, 403 | 404>>;
}

interface Exemption {
  kind: 'exempt';
  reason: string;
}

let system: TestSystem;
let owned: OwnedData;
let before: Record<WatchKey, unknown>;

const read = async (subject: string, path: string) => {
  const response = await system.api(subject).get(path);
  return { status: response.status, body: response.body };
};
const headOf = async (subject: string, path: string) => {
  const { status, body } = await read(subject, path);
  return { status, version: body?.head?.version, state: body?.head?.status, data: body?.data };
};
const idsOf = async (subject: string, path: string) => (await read(subject, path)).body.items.map((item: { id: string }) => item.id).sort();

// Everything nt-edu and nantong own, read back by a rightful user.
const watchers = {
  approvedSheet: () => headOf('filer-edu', `/v1/target-sheets/${owned.approvedSheetId}`),
  draftSheet: () => headOf('filer-edu', `/v1/target-sheets/${owned.draftSheetId}`),
  selfEvaluation: () => headOf('filer-edu', `/v1/self-evaluations/${owned.selfEvaluationId}`),
  exAnte: () => headOf('filer-edu', `/v1/ex-ante-assessments/${owned.exAnteId}`),
  monitoringDraft: () => headOf('filer-edu', `/v1/monitoring/${owned.monitoringDraftId}`),
  monitoringSubmitted: () => headOf('filer-edu', `/v1/monitoring/${owned.monitoringSubmittedId}`),
  evaluation: () => headOf('filer-edu', `/v1/evaluations/${owned.evaluationId}`),
  rectification: () => headOf('filer-edu', `/v1/rectifications/${owned.rectificationId}`),
  linkageDecision: () => headOf('reviewer-city', `/v1/linkage/recommendations/${owned.projectId}/decision?year=2026`),
  ruleSet: () => headOf('reviewer-city', '/v1/rule-sets?year=2026'),
  funds: () => read('reviewer-city', '/v1/social-insurance/funds?year=2026'),
  sheets: () => idsOf('reviewer-city', '/v1/target-sheets?year=2026'),
  exAntes: () => idsOf('reviewer-city', '/v1/ex-ante-assessments?year=2026'),
  reports: () => idsOf('reviewer-city', '/v1/monitoring?year=2026'),
  evaluations: async () => [...(await idsOf('reviewer-city', '/v1/evaluations?year=2026')), ...(await idsOf('reviewer-city', '/v1/evaluations?year=2026&subjectType=department'))],
  rectifications: () => idsOf('reviewer-city', '/v1/rectifications'),
  departmentTargets: () => headOf('filer-edu', `/v1/department-targets/${owned.departmentTargetsId}`),
  departmentTargetsDraft: () => headOf('filer-edu', `/v1/department-targets/${owned.departmentTargetsDraftId}`),
  departmentTargetsList: async () => [...(await idsOf('reviewer-city', '/v1/department-targets?year=2026')), ...(await idsOf('reviewer-city', '/v1/department-targets?year=2027'))],
  fiscalEvaluations: () => read('reviewer-city', '/v1/fiscal-evaluations/2026/haimen'),
  exportJob: async () => {
    const { status, body } = await read('filer-edu', `/v1/exports/${owned.exportId}`);
    return { status, job: body.status, fileName: body.fileName, bytes: body.bytes };
  },
};
const snapshot = async (keys: WatchKey[]) => Object.fromEntries(await Promise.all(keys.map(async (key) => [key, await watchers[key]()]))) as Record<WatchKey, unknown>;
const allWatched = Object.keys(watchers) as WatchKey[];

const sheetData = { overallGoal: '提升全市中小学教师专业能力', annualGoal: '2026 年培训教师 3000 人次' };
const monitoringProgress = { executedFen: 0, indicators: [{}, {}, {}, {}, {}] };
const exAnteScores = { assessors: [{ assessor: 'finance', scores: { necessity: 18, economy: 18, targetSoundness: 18, feasibility: 18, financingCompliance: 18 } }] };
const fundYear = { year: 2026, incomeFen: 100, expenditureFen: 80, accumulatedBalanceFen: 500, contributionsDueFen: 90, contributionsCollectedFen: 85, subsidyFen: 10 };
// A rule set is the region's: every department of the region reads it (docs/api.md "Routes: self-evaluation, rule sets, evaluations, linkage, rectification").
const regionWide = { 'filer-health': 'own' } as const;
const readByRegion = (response: ApiResult, subject: Outsider) => {
  expect(scopeOf[subject].regionId).toBe('nantong');
  expect(response.status).toBe(200);
};
const financeOnly = { 'filer-health': 403 } as const;

// A submission form's common routes (target sheets, self-evaluations, ex-ante assessments, monitoring reports).
const formRoutes = (base: string, id: () => string, draft: () => string, watch: WatchKey, draftWatch: WatchKey): Record<string, Attempt> => ({
  [`GET ${base}/{id}`]: { kind: 'attempt', method: 'GET', path: () => `${base}/${id()}`, owner: 'filer-edu' },
  [`GET ${base}/{id}/versions`]: { kind: 'attempt', method: 'GET', path: () => `${base}/${id()}/versions`, owner: 'filer-edu' },
  [`GET ${base}/{id}/versions/{version}`]: { kind: 'attempt', method: 'GET', path: () => `${base}/${id()}/versions/1`, owner: 'filer-edu' },
  [`GET ${base}/{id}/audit`]: { kind: 'attempt', method: 'GET', path: () => `${base}/${id()}/audit`, owner: 'filer-edu' },
  [`GET ${base}/{id}/workbook`]: { kind: 'attempt', method: 'GET', path: () => `${base}/${id()}/workbook`, owner: 'filer-edu' },
  [`POST ${base}/{id}/submit`]: { kind: 'attempt', method: 'POST', path: () => `${base}/${draft()}/submit`, ifMatch: 1, owner: 'filer-edu', watch: [draftWatch] },
  [`POST ${base}/{id}/return`]: { kind: 'attempt', method: 'POST', path: () => `${base}/${id()}/return`, body: () => ({ comment: '越权退回' }), ifMatch: 2, owner: 'reviewer-city', watch: [watch] },
  [`POST ${base}/{id}/approve`]: { kind: 'attempt', method: 'POST', path: () => `${base}/${id()}/approve`, body: () => ({ comment: '越权批复' }), ifMatch: 2, owner: 'reviewer-city', watch: [watch] },
});

const routeCases: Record<string, Attempt | ListRoute | Exemption> = {
  'GET /v1/me': { kind: 'exempt', reason: 'answers the caller’s own principal only' },
  'GET /v1/indicator-library': { kind: 'exempt', reason: 'the standard indicator library: national reference data, the same for everyone' },
  'GET /v1/forms/{formId}': { kind: 'exempt', reason: 'form specs (labels, lists): the same for everyone' },
  'GET /v1/budgets': { kind: 'exempt', reason: 'the four budgets and the cycle stages: reference data, the same for everyone' },
  'POST /v1/target-sheets/check': { kind: 'exempt', reason: 'runs the checks on the data sent and stores or reads nothing' },
  'GET /v1/exports/{id}/download': { kind: 'exempt', reason: 'public: the HMAC-signed, expiring link is the credential (tested in consolidation/exportJobs)' },

  'GET /v1/departments': { kind: 'list', path: '/v1/departments', owner: 'filer-edu', items: (body) => body.items.map((d: { id: string; regionId: string }) => ({ regionId: d.regionId, departmentId: d.id })) },
  'GET /v1/projects': { kind: 'list', path: '/v1/projects?year=2026', filter: 'departmentId=nt-edu', owner: 'filer-edu', items: (body) => body.items },
  'GET /v1/projects/{projectId}': { kind: 'attempt', method: 'GET', path: () => `/v1/projects/${owned.projectId}`, owner: 'filer-edu' },
  'GET /v1/policies': { kind: 'list', path: '/v1/policies?year=2026', filter: 'departmentId=nt-edu', owner: 'filer-edu', items: (body) => body.items },

  'POST /v1/target-sheets': { kind: 'attempt', method: 'POST', path: () => '/v1/target-sheets', body: () => ({ projectId: 'nt-edu-2026-school-renovation', year: 2026 }), owner: 'filer-edu', watch: ['sheets'] },
  'GET /v1/target-sheets': { kind: 'list', path: '/v1/target-sheets?year=2026', filter: 'departmentId=nt-edu', owner: 'filer-edu', items: (body) => body.items },
  'PUT /v1/target-sheets/{id}': { kind: 'attempt', method: 'PUT', path: () => `/v1/target-sheets/${owned.draftSheetId}`, body: () => ({ data: { ...owned.draftSheetData, ...sheetData } }), ifMatch: 1, owner: 'filer-edu', watch: ['draftSheet'] },
  ...formRoutes('/v1/target-sheets', () => owned.approvedSheetId, () => owned.draftSheetId, 'approvedSheet', 'draftSheet'),

  'GET /v1/rule-sets': { kind: 'list', path: '/v1/rule-sets?year=2026', owner: 'filer-edu', items: (body) => [body.head] },
  'GET /v1/rule-sets/{id}/versions/{version}': { kind: 'attempt', method: 'GET', path: () => `/v1/rule-sets/${owned.ruleSetId}/versions/1`, owner: 'filer-edu', expected: regionWide, own: readByRegion },
  'GET /v1/rule-sets/{id}/audit': { kind: 'attempt', method: 'GET', path: () => `/v1/rule-sets/${owned.ruleSetId}/audit`, owner: 'filer-edu', expected: regionWide, own: readByRegion },
  'GET /v1/rule-sets/{id}/workbook': { kind: 'attempt', method: 'GET', path: () => `/v1/rule-sets/${owned.ruleSetId}/workbook`, owner: 'filer-edu', expected: regionWide, own: readByRegion },
  'PUT /v1/rule-sets/{id}': { kind: 'attempt', method: 'PUT', path: () => `/v1/rule-sets/${owned.ruleSetId}`, body: () => ({ selfEvaluation: { reverseVariant: 'B' } }), ifMatch: 1, owner: 'admin-city', expected: financeOnly, watch: ['ruleSet'] },
  'POST /v1/rule-sets/{id}/workbook': { kind: 'attempt', method: 'POST', path: () => `/v1/rule-sets/${owned.ruleSetId}/workbook`, body: () => ({ file: owned.ruleSetWorkbook }), ifMatch: 1, owner: 'admin-city', expected: financeOnly, watch: ['ruleSet'] },

  'POST /v1/self-evaluations/score': {
    kind: 'attempt', method: 'POST', path: () => '/v1/self-evaluations/score', owner: 'filer-edu', expected: regionWide,
    body: () => ({ budget: { adjustedFen: 100, executedFen: 90 }, indicators: [{ level1: 'output', level2: 'quantity', name: '人数', target: '≥50个', actual: '50个', points: 90 }], ruleSetId: owned.ruleSetId }),
    // The calculator stores nothing; the rule set it names must stay as it was.
    own: (response, subject) => {
      readByRegion(response, subject);
      expect(response.body.ruleSetId).toBe(owned.ruleSetId);
    },
    watch: ['ruleSet'],
  },
  'POST /v1/self-evaluations': { kind: 'attempt', method: 'POST', path: () => '/v1/self-evaluations', body: () => ({ projectId: owned.projectId, year: 2026 }), owner: 'filer-edu', watch: ['selfEvaluation'] },
  'GET /v1/self-evaluations': { kind: 'list', path: '/v1/self-evaluations?year=2026', filter: 'departmentId=nt-edu', owner: 'filer-edu', items: (body) => body.items },
  'PUT /v1/self-evaluations/{id}': { kind: 'attempt', method: 'PUT', path: () => `/v1/self-evaluations/${owned.selfEvaluationId}`, body: () => ({ data: { ...owned.selfEvaluationData, actualCompletion: '越权' } }), ifMatch: 2, owner: 'filer-edu', watch: ['selfEvaluation'] },
  ...formRoutes('/v1/self-evaluations', () => owned.selfEvaluationId, () => owned.selfEvaluationId, 'selfEvaluation', 'selfEvaluation'),
  'POST /v1/self-evaluations/{id}/recompute': { kind: 'attempt', method: 'POST', path: () => `/v1/self-evaluations/${owned.selfEvaluationId}/recompute`, body: () => ({ reason: '越权重算' }), ifMatch: 2, owner: 'admin-city', watch: ['selfEvaluation'] },

  'POST /v1/evaluations': {
    kind: 'attempt', method: 'POST', path: () => '/v1/evaluations', owner: 'reviewer-city', watch: ['evaluations'],
    body: () => ({ subjectType: 'department', subjectId: 'nt-edu', year: 2026, kind: 'keyEvaluation', input: { evaluators: [{ id: 'f1', kind: 'finance', scores: { targetSetting: 4, budgetManagement: 4, dutyPerformance: 9, dutyBenefits: 10 } }], actuals: { threePublicChange: '-3', executionRate: '90', carryoverRate: '8', keyTaskCompletion: '95', satisfaction: '92' } } }),
  },
  'GET /v1/evaluations': { kind: 'list', path: '/v1/evaluations?year=2026', filter: 'departmentId=nt-edu', owner: 'filer-edu', items: (body) => body.items },
  'GET /v1/evaluations/gaps': { kind: 'list', path: '/v1/evaluations/gaps?year=2026', filter: 'departmentId=nt-edu', owner: 'filer-edu', items: (body) => [...body.projects, ...body.departments] },
  'GET /v1/evaluations/{id}': { kind: 'attempt', method: 'GET', path: () => `/v1/evaluations/${owned.evaluationId}`, owner: 'filer-edu' },
  'PUT /v1/evaluations/{id}': { kind: 'attempt', method: 'PUT', path: () => `/v1/evaluations/${owned.evaluationId}`, body: () => ({ input: { evaluators: [{ id: 'f1', kind: 'finance', scores: { ...financeScores, quantity: 1 } }] } }), ifMatch: 1, owner: 'reviewer-city', watch: ['evaluation'] },
  'GET /v1/evaluations/{id}/versions/{version}': { kind: 'attempt', method: 'GET', path: () => `/v1/evaluations/${owned.evaluationId}/versions/1`, owner: 'filer-edu' },
  'GET /v1/evaluations/{id}/audit': { kind: 'attempt', method: 'GET', path: () => `/v1/evaluations/${owned.evaluationId}/audit`, owner: 'filer-edu' },

  'GET /v1/linkage/recommendations': { kind: 'list', path: '/v1/linkage/recommendations?year=2026', owner: 'reviewer-city', items: (body) => [...body.projects, ...body.departments], refused: { 'filer-health': 403, 'filer-haimen-edu': 403 } },
  'POST /v1/linkage/recommendations/{projectId}/decision': { kind: 'attempt', method: 'POST', path: () => `/v1/linkage/recommendations/${owned.projectId}/decision`, body: () => ({ year: 2026, decision: 'override', reason: '越权改判' }), ifMatch: 1, owner: 'reviewer-city', watch: ['linkageDecision'] },
  'GET /v1/linkage/recommendations/{projectId}/decision': { kind: 'attempt', method: 'GET', path: () => `/v1/linkage/recommendations/${owned.projectId}/decision?year=2026`, owner: 'reviewer-city' },

  'POST /v1/rectifications': { kind: 'attempt', method: 'POST', path: () => '/v1/rectifications', body: () => ({ evaluationId: owned.evaluationId, issues: ['越权整改'], deadline: '2099-12-31' }), owner: 'reviewer-city', watch: ['rectifications'] },
  'GET /v1/rectifications': { kind: 'list', path: '/v1/rectifications', owner: 'filer-edu', items: (body) => body.items },
  'GET /v1/rectifications/{id}': { kind: 'attempt', method: 'GET', path: () => `/v1/rectifications/${owned.rectificationId}`, owner: 'filer-edu' },
  'POST /v1/rectifications/{id}/respond': { kind: 'attempt', method: 'POST', path: () => `/v1/rectifications/${owned.rectificationId}/respond`, body: () => ({ response: '越权答复', evidence: '' }), ifMatch: 1, owner: 'filer-edu', watch: ['rectification'] },
  'POST /v1/rectifications/{id}/close': { kind: 'attempt', method: 'POST', path: () => `/v1/rectifications/${owned.rectificationId}/close`, body: () => ({ comment: '越权销号' }), ifMatch: 1, owner: 'reviewer-city', watch: ['rectification'] },
  'POST /v1/rectifications/{id}/reopen': { kind: 'attempt', method: 'POST', path: () => `/v1/rectifications/${owned.rectificationId}/reopen`, body: () => ({ comment: '越权退回' }), ifMatch: 1, owner: 'reviewer-city', watch: ['rectification'] },

  'GET /v1/consolidation': { kind: 'list', path: '/v1/consolidation?year=2026&form=targetSheet', filter: 'departmentIds=nt-edu', owner: 'filer-edu', items: (body) => [...body.projects, ...body.indicators] },
  'POST /v1/exports': {
    kind: 'attempt', method: 'POST', path: () => '/v1/exports', body: () => ({ year: 2026, form: 'targetSheet', departmentIds: ['nt-edu'] }), owner: 'filer-edu', watch: ['exportJob'],
    expected: { 'filer-health': 'own', 'filer-haimen-edu': 'own', 'reviewer-haimen': 'own', 'reviewer-chongchuan': 'own' },
    // The job runs with the caller's own scope: it fails or exports none of nt-edu's rows.
    own: async (response, subject) => {
      expect(response.status).toBe(202);
      const job = await waitForJob(subject, response.body.id);
      if (job.status === 'done') expect(job.rows.projects ?? 0).toBe(0);
      else expect(job.status).toBe('failed');
    },
  },
  'GET /v1/exports/{id}': { kind: 'attempt', method: 'GET', path: () => `/v1/exports/${owned.exportId}`, owner: 'filer-edu' },

  'GET /v1/offline/templates': { kind: 'attempt', method: 'GET', path: () => '/v1/offline/templates?form=targetSheet&subjectId=nt-edu-2026-teacher-training', owner: 'filer-edu' },
  'POST /v1/offline/uploads': { kind: 'attempt', method: 'POST', path: () => '/v1/offline/uploads', body: () => ({ file: owned.offlineUpload }), owner: 'filer-edu', watch: ['draftSheet'] },

  'POST /v1/ex-ante-assessments': { kind: 'attempt', method: 'POST', path: () => '/v1/ex-ante-assessments', body: () => ({ subjectType: 'project', subjectId: 'nt-edu-2026-teacher-training', year: 2026 }), owner: 'filer-edu', watch: ['exAntes'] },
  'GET /v1/ex-ante-assessments': { kind: 'list', path: '/v1/ex-ante-assessments?year=2026', filter: 'departmentId=nt-edu', owner: 'filer-edu', items: (body) => body.items },
  'PUT /v1/ex-ante-assessments/{id}': { kind: 'attempt', method: 'PUT', path: () => `/v1/ex-ante-assessments/${owned.exAnteId}`, body: () => ({ data: { assessment: exAnteScores } }), ifMatch: 1, owner: 'filer-edu', watch: ['exAnte'] },
  ...formRoutes('/v1/ex-ante-assessments', () => owned.exAnteId, () => owned.exAnteId, 'exAnte', 'exAnte'),
  'POST /v1/ex-ante-assessments/{id}/revision': { kind: 'attempt', method: 'POST', path: () => `/v1/ex-ante-assessments/${owned.exAnteId}/revision`, body: () => ({ note: '越权记录' }), ifMatch: 1, owner: 'reviewer-city', watch: ['exAnte'] },

  'POST /v1/monitoring': { kind: 'attempt', method: 'POST', path: () => '/v1/monitoring', body: () => ({ projectId: owned.projectId, year: 2026, period: 'm05' }), owner: 'filer-edu', watch: ['reports'] },
  'GET /v1/monitoring': { kind: 'list', path: '/v1/monitoring?year=2026', filter: 'departmentId=nt-edu', owner: 'filer-edu', items: (body) => body.items },
  'PUT /v1/monitoring/{id}': { kind: 'attempt', method: 'PUT', path: () => `/v1/monitoring/${owned.monitoringDraftId}`, body: () => ({ data: monitoringProgress }), ifMatch: 1, owner: 'filer-edu', watch: ['monitoringDraft'] },
  ...formRoutes('/v1/monitoring', () => owned.monitoringSubmittedId, () => owned.monitoringDraftId, 'monitoringSubmitted', 'monitoringDraft'),
  'GET /v1/monitoring/warnings': { kind: 'list', path: '/v1/monitoring/warnings?year=2026&period=m07', filter: 'departmentId=nt-edu', owner: 'filer-edu', items: (body) => body.items },
  'GET /v1/monitoring/execution': { kind: 'attempt', method: 'GET', path: () => `/v1/monitoring/execution?year=2026&projectId=${owned.projectId}`, owner: 'filer-edu' },
  'POST /v1/monitoring/{id}/actions': { kind: 'attempt', method: 'POST', path: () => `/v1/monitoring/${owned.monitoringSubmittedId}/actions`, body: () => ({ action: 'stopFunding', reason: '越权停拨' }), ifMatch: 2, owner: 'reviewer-city', watch: ['monitoringSubmitted'] },

  'GET /v1/social-insurance/funds': {
    kind: 'attempt', method: 'GET', path: () => '/v1/social-insurance/funds?year=2026', owner: 'reviewer-city',
    expected: { 'filer-health': 'own', 'filer-haimen-edu': 'own', 'reviewer-haimen': 'own', 'reviewer-chongchuan': 'own' },
    // Funds are the region's: the city's departments read the city's, a district never the city's accounts.
    own: async (response, subject) => {
      expect(response.status).toBe(200);
      if (scopeOf[subject].regionId === 'nantong') return;
      const city = ((before.funds as { body: { funds: { record: unknown }[] } }).body.funds).map((fund) => JSON.stringify(fund.record));
      for (const fund of response.body.funds as { record: unknown }[]) expect(city).not.toContain(JSON.stringify(fund.record));
    },
  },
  'PUT /v1/social-insurance/funds/{fund}/years/{year}': {
    kind: 'attempt', method: 'PUT', path: () => '/v1/social-insurance/funds/residentMedical/years/2026', body: () => fundYear, owner: 'admin-city', watch: ['funds'],
    // The region is the caller's: a district's finance bureau writes its own district's fund, never the city's.
    expected: { 'filer-health': 403, 'filer-haimen-edu': 403, 'reviewer-haimen': 'own', 'reviewer-chongchuan': 'own' },
    own: (response) => expect(response.status).toBe(200),
  },

  'POST /v1/department-targets': { kind: 'attempt', method: 'POST', path: () => '/v1/department-targets', body: () => ({ departmentId: 'nt-edu', year: 2028 }), owner: 'filer-edu', watch: ['departmentTargetsList'] },
  'GET /v1/department-targets': { kind: 'list', path: '/v1/department-targets?year=2026', filter: 'departmentId=nt-edu', owner: 'filer-edu', items: (body) => body.items },
  'PUT /v1/department-targets/{id}': { kind: 'attempt', method: 'PUT', path: () => `/v1/department-targets/${owned.departmentTargetsDraftId}`, body: () => ({ data: { ...owned.departmentTargetsDraftData, functions: '越权' } }), ifMatch: 1, owner: 'filer-edu', watch: ['departmentTargetsDraft'] },
  ...formRoutes('/v1/department-targets', () => owned.departmentTargetsId, () => owned.departmentTargetsDraftId, 'departmentTargets', 'departmentTargetsDraft'),

  // 财政运行综合绩效评价: nantong's finance scored its district 海门. Department roles may never see
  // these (403); 海门's own finance reads its own but never writes it (403); another district, 404.
  'GET /v1/fiscal-evaluations': {
    kind: 'attempt', method: 'GET', path: () => '/v1/fiscal-evaluations?year=2026', owner: 'reviewer-city',
    expected: { 'filer-health': 403, 'filer-haimen-edu': 403, 'reviewer-haimen': 'own', 'reviewer-chongchuan': 'own' },
    own: (response, subject) => {
      expect(response.status).toBe(200);
      for (const item of response.body.items as { districtId: string }[]) expect(item.districtId).toBe(scopeOf[subject].regionId);
    },
  },
  'GET /v1/fiscal-evaluations/{year}/{districtId}': {
    kind: 'attempt', method: 'GET', path: () => '/v1/fiscal-evaluations/2026/haimen', owner: 'reviewer-city',
    expected: { 'filer-health': 403, 'filer-haimen-edu': 403, 'reviewer-haimen': 'own' },
    own: (response) => expect(response.status).toBe(200),
  },
  'PUT /v1/fiscal-evaluations/{year}/{districtId}': {
    kind: 'attempt', method: 'PUT', path: () => '/v1/fiscal-evaluations/2026/haimen', body: () => ({ score: 100, comment: '越权评价' }), ifMatch: 1, owner: 'reviewer-city', watch: ['fiscalEvaluations'],
    expected: { 'filer-health': 403, 'filer-haimen-edu': 403, 'reviewer-haimen': 403 },
  },
};

const waitForJob = async (subject: string, id: string) => {
  for (let attempt = 0; attempt < 200; attempt++) {
    const job = await system.api(subject).get(`/v1/exports/${id}`);
    expect(job.status).toBe(200);
    if (job.body.status === 'done' || job.body.status === 'failed') return job.body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`export ${id} did not finish`);
};

/** Every route the app serves, with a local export store so that the public download route is among them. */
const servedRoutes = (): string[] => {
  // The client is never called: buildRoutes only binds it.
  const dynamo = new DynamoDBClient({ region: 'local', endpoint: 'http://127.0.0.1:9', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  const exports = localExportStore({ dir: join(tmpdir(), 'jixiao-never-written'), secret: randomBytes(32) });
  return buildRoutes({ dynamo, tableName: 'never-used', exports, exportRunner: { enqueue: () => undefined } }).map((route) => `${route.method} ${route.path}`);
};

const entries = Object.entries(routeCases);
const attempts = entries.flatMap(([key, value]) => (value.kind === 'attempt' ? [{ key, ...value }] : []));
const lists = entries.flatMap(([key, value]) => (value.kind === 'list' ? [{ key, ...value }] : []));

const headersFor = (attempt: Attempt, n: number): Record<string, string> =>
  attempt.method === 'GET' ? {} : { 'idempotency-key': `isolation-${n}`, ...(attempt.ifMatch === undefined ? {} : { 'if-match': `"${attempt.ifMatch}"` }) };
let requestNumber = 0;

beforeAll(async () => {
  system = await startTestSystem();
  owned = await createOwnedData(system);
  before = await snapshot(allWatched);
}, 60_000);
afterAll(async () => system?.stop());

describe('every route has an isolation case', () => {
  it('lists exactly the routes of buildRoutes', () => {
    expect(Object.keys(routeCases).sort()).toEqual(servedRoutes().sort());
  });

  it('exempts only with a reason', () => {
    for (const [key, value] of entries) if (value.kind === 'exempt') expect(value.reason.length, key).toBeGreaterThan(10);
    for (const attempt of attempts) if (attempt.method !== 'GET') expect(attempt.watch?.length ?? 0, attempt.key).toBeGreaterThan(0);
  });
});

describe('the rightful owner reaches what the outsiders are refused', () => {
  it.each(attempts.filter((a) => a.method === 'GET'))('$owner: $key → 200', async ({ owner, path }) => {
    expect((await system.api(owner).get(path())).status).toBe(200);
  });

  it.each(lists)('$owner: $key lists nt-edu’s items', async ({ owner, path, items }) => {
    const response = await system.api(owner).get(path);
    expect(response.status).toBe(200);
    expect(items(response.body).some((item) => item.departmentId === 'nt-edu' || (item.departmentId === undefined && item.regionId === 'nantong'))).toBe(true);
  });
});

describe('outsiders are refused on every route and change nothing', () => {
  const cases = attempts.flatMap((attempt) => outsiders.map((subject) => ({ ...attempt, subject, outcome: attempt.expected?.[subject] ?? 404 })));
  it.each(cases)('$subject: $key → $outcome', async (attempt) => {
    const { subject, outcome: expected, method, path, body, own, watch } = attempt;
    const response = await system.api(subject).request(method, path(), body?.(), { headers: headersFor(attempt, requestNumber++) });
    if (expected === 'own') {
      expect(own, 'an "own" expectation needs its check').toBeDefined();
      await own!(response, subject);
    } else {
      expect(response.status).toBe(expected);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.code).toBe(expected === 404 ? 'notFound' : 'auth.forbidden');
    }
    if (watch) expect(await snapshot(watch)).toEqual(Object.fromEntries(watch.map((key) => [key, before[key]])));
  });

  const inScope = (subject: Outsider, listed: { regionId?: string; departmentId?: string }[]) => {
    const scope = scopeOf[subject];
    for (const item of listed) {
      expect(item.departmentId).not.toBe('nt-edu');
      if (item.regionId !== undefined) expect(item.regionId).toBe(scope.regionId);
      if (scope.departmentId && item.departmentId !== undefined) expect(item.departmentId).toBe(scope.departmentId);
    }
  };

  const listCases = lists.flatMap((list) => outsiders.map((subject) => ({ ...list, subject })));
  it.each(listCases)('$subject: $key lists only its own scope', async ({ subject, path, filter, items, refused }) => {
    const response = await system.api(subject).get(path);
    const refusal = refused?.[subject];
    if (refusal) {
      expect(response.status).toBe(refusal);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      return;
    }
    expect(response.status).toBe(200);
    inScope(subject, items(response.body));
    if (!filter) return;
    // Naming nt-edu in the query never widens the scope.
    const named = await system.api(subject).get(`${path}${path.includes('?') ? '&' : '?'}${filter}`);
    if (named.status === 200) inScope(subject, items(named.body));
    else {
      expect([403, 404]).toContain(named.status);
      expect(named.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('leaves everything nt-edu and nantong own as it was', async () => {
    expect(await snapshot(allWatched)).toEqual(before);
    expect(system.loggedErrors).toEqual([]);
  });
});
