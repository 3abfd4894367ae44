import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from '../../support/testSystem';

/**
 * Bad input on every route that takes input: malformed JSON, wrong types, unknown fields, impossible
 * numbers. Each answers 4xx application/problem+json (never 500) and writes nothing.
 */
let system: TestSystem;
let sheet: { head: { id: string }; data: Record<string, unknown> };
const projectId = 'nt-edu-2026-student-aid';
const id = `targetSheet.2026.${projectId}`;

beforeAll(async () => {
  system = await startTestSystem();
  sheet = (await system.api('filer-edu').post('/v1/target-sheets', { projectId, year: 2026 })).body;
});
afterAll(async () => system?.stop());

interface BadRequest {
  name: string;
  subject?: string;
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: () => unknown;
  rawBody?: string | (() => string);
  headers?: Record<string, string>;
  status: number;
}

const withData = (patch: (data: Record<string, unknown>) => Record<string, unknown>) => () => ({ data: patch(sheet.data) });
const ifMatch = { 'if-match': '"1"' };

const cases: BadRequest[] = [
  // Query strings and path parameters.
  { name: 'projects without a year', method: 'GET', path: '/v1/projects', status: 400 },
  { name: 'projects in year 99999', method: 'GET', path: '/v1/projects?year=99999', status: 400 },
  { name: 'projects in year "2e3"', method: 'GET', path: '/v1/projects?year=2e3', status: 400 },
  { name: 'projects with an unknown parameter', method: 'GET', path: '/v1/projects?year=2026&colour=red', status: 400 },
  { name: 'projects with limit 0', method: 'GET', path: '/v1/projects?year=2026&limit=0', status: 400 },
  { name: 'projects with limit 1000', method: 'GET', path: '/v1/projects?year=2026&limit=1000', status: 400 },
  { name: 'projects with a forged cursor', method: 'GET', path: '/v1/projects?year=2026&cursor=eyJQSyI6IlgifQ', status: 400 },
  { name: 'projects with a department id holding #', method: 'GET', path: '/v1/projects?year=2026&departmentId=a%23b', status: 400 },
  { name: 'a project id that is not an id', method: 'GET', path: '/v1/projects/%E2%80%A6..', status: 400 },
  { name: 'departments with a garbage cursor', subject: 'reviewer-city', method: 'GET', path: '/v1/departments?cursor=%%%', status: 400 },
  { name: 'indicator library with an unknown sector', method: 'GET', path: '/v1/indicator-library?sector=space', status: 400 },
  { name: 'indicator library with a 200-character query', method: 'GET', path: `/v1/indicator-library?q=${'满'.repeat(200)}`, status: 400 },
  { name: 'an unknown form', method: 'GET', path: '/v1/forms/budgetBook', status: 400 },
  { name: 'sheets with an unknown status', method: 'GET', path: '/v1/target-sheets?year=2026&status=lost', status: 400 },
  { name: 'a sheet id of the wrong shape', method: 'GET', path: '/v1/target-sheets/not-a-sheet', status: 400 },
  { name: 'version 0', method: 'GET', path: `/v1/target-sheets/${id}/versions/0`, status: 400 },
  { name: 'version -1', method: 'GET', path: `/v1/target-sheets/${id}/versions/-1`, status: 400 },
  { name: 'version 99 (absent)', method: 'GET', path: `/v1/target-sheets/${id}/versions/99`, status: 404 },
  { name: 'a forged audit cursor', method: 'GET', path: `/v1/target-sheets/${id}/audit?cursor=${Buffer.from('{"PK":"SUB#other","SK":"AUDIT#000001"}').toString('base64url')}`, status: 400 },
  // Bodies.
  { name: 'create with malformed JSON', method: 'POST', path: '/v1/target-sheets', rawBody: '{"projectId": ', status: 400 },
  { name: 'create as text/plain', method: 'POST', path: '/v1/target-sheets', rawBody: 'projectId=x', headers: { 'content-type': 'text/plain' }, status: 415 },
  { name: 'create with year as text', method: 'POST', path: '/v1/target-sheets', body: () => ({ projectId: 'nt-edu-2026-teacher-training', year: '2026' }), status: 400 },
  { name: 'create in year 99999', method: 'POST', path: '/v1/target-sheets', body: () => ({ projectId: 'nt-edu-2026-teacher-training', year: 99999 }), status: 400 },
  { name: 'create with an unknown field', method: 'POST', path: '/v1/target-sheets', body: () => ({ projectId: 'nt-edu-2026-teacher-training', year: 2026, owner: 'me' }), status: 400 },
  { name: 'create for another year of the project', method: 'POST', path: '/v1/target-sheets', body: () => ({ projectId: 'nt-edu-2026-teacher-training', year: 2027 }), status: 422 },
  { name: 'create without a body', method: 'POST', path: '/v1/target-sheets', status: 400 },
  { name: 'create with an array body', method: 'POST', path: '/v1/target-sheets', body: () => [projectId], status: 400 },
  { name: 'check with a negative fen', method: 'POST', path: '/v1/target-sheets/check', body: withData((d) => ({ ...d, funding: { fiscalFen: -1, otherFen: 0 } })), status: 400 },
  { name: 'save with a negative fen', method: 'PUT', path: `/v1/target-sheets/${id}`, headers: ifMatch, body: withData((d) => ({ ...d, funding: { fiscalFen: -100, otherFen: 0 } })), status: 400 },
  { name: 'save with fractional fen', method: 'PUT', path: `/v1/target-sheets/${id}`, headers: ifMatch, body: withData((d) => ({ ...d, funding: { fiscalFen: 10.5, otherFen: 0 } })), status: 400 },
  {
    name: 'save with fen beyond 2^53',
    method: 'PUT',
    path: `/v1/target-sheets/${id}`,
    headers: ifMatch,
    rawBody: () => JSON.stringify({ data: { ...sheet.data, funding: { fiscalFen: 0, otherFen: 0 } } }).replace('"fiscalFen":0', '"fiscalFen":9007199254740993'),
    status: 400,
  },
  { name: 'save with year 99999', method: 'PUT', path: `/v1/target-sheets/${id}`, headers: ifMatch, body: withData((d) => ({ ...d, year: 99999 })), status: 400 },
  { name: 'save with an unknown field in the sheet', method: 'PUT', path: `/v1/target-sheets/${id}`, headers: ifMatch, body: withData((d) => ({ ...d, secret: 1 })), status: 400 },
  { name: 'save with an unknown field in an indicator', method: 'PUT', path: `/v1/target-sheets/${id}`, headers: ifMatch, body: withData((d) => ({ ...d, indicators: [{ level1: 'output', level2: 'quantity', name: '数量', operator: 'gte', target: '1', unit: '个', weight: 5 }] })), status: 400 },
  { name: 'save with an unknown level1', method: 'PUT', path: `/v1/target-sheets/${id}`, headers: ifMatch, body: withData((d) => ({ ...d, indicators: [{ level1: 'input', level2: 'quantity', name: '数量', operator: 'gte', target: '1', unit: '个' }] })), status: 400 },
  { name: 'save with 501 indicators', method: 'PUT', path: `/v1/target-sheets/${id}`, headers: ifMatch, body: withData((d) => ({ ...d, indicators: Array.from({ length: 501 }, (_, i) => ({ level1: 'output', level2: 'quantity', name: `指标${i}`, operator: 'gte', target: '1', unit: '个' })) })), status: 400 },
  { name: 'save another project’s data into the sheet', method: 'PUT', path: `/v1/target-sheets/${id}`, headers: ifMatch, body: withData((d) => ({ ...d, projectId: 'nt-edu-2026-teacher-training' })), status: 422 },
  { name: 'save with malformed JSON', method: 'PUT', path: `/v1/target-sheets/${id}`, headers: ifMatch, rawBody: '{"data": {', status: 400 },
  { name: 'save with data null', method: 'PUT', path: `/v1/target-sheets/${id}`, headers: ifMatch, body: () => ({ data: null }), status: 400 },
  { name: 'submit with a wrong type', method: 'POST', path: `/v1/target-sheets/${id}/submit`, headers: ifMatch, body: () => ({ data: 'all good' }), status: 400 },
  { name: 'return with an empty comment', subject: 'reviewer-city', method: 'POST', path: `/v1/target-sheets/${id}/return`, headers: ifMatch, body: () => ({ comment: '   ' }), status: 400 },
  { name: 'return with a 5000-character comment', subject: 'reviewer-city', method: 'POST', path: `/v1/target-sheets/${id}/return`, headers: ifMatch, body: () => ({ comment: '意'.repeat(5000) }), status: 400 },
  { name: 'return a draft', subject: 'reviewer-city', method: 'POST', path: `/v1/target-sheets/${id}/return`, headers: ifMatch, body: () => ({ comment: '请修改' }), status: 409 },
  { name: 'approve with a numeric comment', subject: 'reviewer-city', method: 'POST', path: `/v1/target-sheets/${id}/approve`, headers: ifMatch, body: () => ({ comment: 5 }), status: 400 },
  { name: 'approve a draft', subject: 'reviewer-city', method: 'POST', path: `/v1/target-sheets/${id}/approve`, headers: ifMatch, status: 409 },
];

describe('bad input answers 4xx problem+json, never 500, and writes nothing', () => {
  it.each(cases)('$name → $status', async ({ subject, method, path, body, rawBody, headers, status }) => {
    const response = await system.api(subject ?? 'filer-edu').request(method, path, body?.(), { headers, rawBody: typeof rawBody === 'function' ? rawBody() : rawBody });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.code).toEqual(expect.any(String));
    expect(response.body.message_zh).toEqual(expect.any(String));
    expect(response.body.message_en).toEqual(expect.any(String));

    const readBack = await system.api('filer-edu').get(`/v1/target-sheets/${id}`);
    expect(readBack.body).toEqual(sheet);
    expect((await system.api('filer-edu').get(`/v1/target-sheets/${id}/versions`)).body.items).toHaveLength(1);
    expect((await system.api('filer-edu').get('/v1/target-sheets?year=2026')).body.items).toHaveLength(1);
    expect(system.loggedErrors).toEqual([]);
  });

  it('names the offending field of a bad body', async () => {
    const response = await system.api('filer-edu').put(
      `/v1/target-sheets/${id}`,
      { data: { ...sheet.data, funding: { fiscalFen: -1, otherFen: 0 } } },
      { headers: ifMatch },
    );
    expect(response.status).toBe(400);
    expect(response.body.problems.map((p: { path?: string }) => p.path)).toContain('data.funding.fiscalFen');
  });
});
