import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from '../../support/testSystem';

/**
 * Isolation, route by route (DESIGN.md "Security model"): a department role never reaches another
 * department's data, nobody another region's, and an in-scope caller with the wrong role gets 403.
 * After every attempt the sheet is exactly as it was.
 */
let system: TestSystem;
let sheet: { head: { id: string; version: number }; data: Record<string, unknown> };

const projectId = 'nt-edu-2026-student-aid';
const id = `targetSheet.2026.${projectId}`;

beforeAll(async () => {
  system = await startTestSystem();
  const created = await system.api('filer-edu').post('/v1/target-sheets', { projectId, year: 2026 });
  expect(created.status).toBe(201);
  sheet = created.body;
});
afterAll(async () => system?.stop());

interface Attempt {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: () => unknown;
}

const write = { 'if-match': '"1"' };
const attempts: Attempt[] = [
  { name: 'read the project', method: 'GET', path: `/v1/projects/${projectId}` },
  { name: 'list the department’s projects', method: 'GET', path: '/v1/projects?year=2026&departmentId=nt-edu' },
  { name: 'create a sheet for another department’s project', method: 'POST', path: '/v1/target-sheets', body: () => ({ projectId: 'nt-edu-2026-teacher-training', year: 2026 }) },
  { name: 'list the department’s sheets', method: 'GET', path: '/v1/target-sheets?year=2026&departmentId=nt-edu' },
  { name: 'read the sheet', method: 'GET', path: `/v1/target-sheets/${id}` },
  { name: 'save the sheet', method: 'PUT', path: `/v1/target-sheets/${id}`, body: () => ({ data: { ...sheet.data, annualGoal: '篡改' } }) },
  { name: 'submit the sheet', method: 'POST', path: `/v1/target-sheets/${id}/submit` },
  { name: 'return the sheet', method: 'POST', path: `/v1/target-sheets/${id}/return`, body: () => ({ comment: '越权退回' }) },
  { name: 'approve the sheet', method: 'POST', path: `/v1/target-sheets/${id}/approve` },
  { name: 'list its versions', method: 'GET', path: `/v1/target-sheets/${id}/versions` },
  { name: 'read version 1', method: 'GET', path: `/v1/target-sheets/${id}/versions/1` },
  { name: 'read its audit trail', method: 'GET', path: `/v1/target-sheets/${id}/audit` },
  { name: 'download its workbook', method: 'GET', path: `/v1/target-sheets/${id}/workbook` },
];

// Outsiders: another department of the city, a district's filer, a district's finance reviewer, an expert.
const outsiders = ['filer-health', 'filer-haimen-edu', 'reviewer-haimen', 'filer-chongchuan-edu', 'expert-city'];

const unchanged = async () => {
  const now = await system.api('filer-edu').get(`/v1/target-sheets/${id}`);
  expect(now.body).toEqual(sheet);
  expect((await system.api('filer-edu').get(`/v1/target-sheets/${id}/audit`)).body.items).toHaveLength(1);
  expect((await system.api('reviewer-city').get('/v1/target-sheets?year=2026&departmentId=nt-edu')).body.items).toHaveLength(1);
};

describe('isolation: outsiders get 404 on every route and change nothing', () => {
  const cases = outsiders.flatMap((subject) => attempts.map((attempt) => ({ subject, ...attempt })));
  it.each(cases)('$subject: $name → 404', async ({ subject, method, path, body }) => {
    const response = await system.api(subject).request(method, path, body?.(), { headers: method === 'GET' ? {} : write });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.code).toBe('notFound');
    await unchanged();
  });

  it('lists of other regions and departments never include the sheet or the project', async () => {
    for (const subject of ['reviewer-haimen', 'filer-haimen-edu', 'filer-health']) {
      const sheets = await system.api(subject).get('/v1/target-sheets?year=2026');
      expect(sheets.status).toBe(200);
      expect(sheets.body.items.map((h: { id: string }) => h.id)).not.toContain(id);
      const projects = await system.api(subject).get('/v1/projects?year=2026');
      expect(projects.body.items.map((p: { id: string }) => p.id)).not.toContain(projectId);
      for (const project of projects.body.items) expect(project.regionId).toBe(subject.includes('haimen') ? 'haimen' : 'nantong');
    }
    const departments = await system.api('filer-health').get('/v1/departments');
    expect(departments.body.items.map((d: { id: string }) => d.id)).toEqual(['nt-health']);
    const haimen = await system.api('reviewer-haimen').get('/v1/departments');
    expect(haimen.body.items.every((d: { regionId: string }) => d.regionId === 'haimen')).toBe(true);
  });
});

describe('roles: in scope but not allowed → 403, nothing changed', () => {
  const forbidden: { subject: string; attempt: string }[] = [
    { subject: 'auditor-city', attempt: 'create a sheet for another department’s project' },
    { subject: 'auditor-city', attempt: 'save the sheet' },
    { subject: 'auditor-city', attempt: 'submit the sheet' },
    { subject: 'auditor-city', attempt: 'return the sheet' },
    { subject: 'auditor-city', attempt: 'approve the sheet' },
    { subject: 'admin-city', attempt: 'return the sheet' },
    { subject: 'reviewer-city', attempt: 'create a sheet for another department’s project' },
    { subject: 'reviewer-city', attempt: 'save the sheet' },
    { subject: 'reviewer-city', attempt: 'submit the sheet' },
    { subject: 'filer-edu', attempt: 'return the sheet' },
    { subject: 'filer-edu', attempt: 'approve the sheet' },
    { subject: 'head-edu', attempt: 'approve the sheet' },
  ];
  it.each(forbidden)('$subject may not $attempt', async ({ subject, attempt }) => {
    const route = attempts.find((a) => a.name === attempt)!;
    const response = await system.api(subject).request(route.method, route.path, route.body?.(), { headers: write });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('auth.forbidden');
    await unchanged();
  });

  it('readers in scope read every read route', async () => {
    for (const subject of ['filer-edu', 'head-edu', 'reviewer-city', 'admin-city', 'auditor-city']) {
      for (const route of attempts.filter((a) => a.method === 'GET')) {
        const response = await system.api(subject).get(route.path);
        expect(response.status, `${subject} ${route.path}`).toBe(200);
      }
    }
    expect(system.loggedErrors).toEqual([]);
  });
});
