import XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodDepartmentTargetsFields } from '../../support/departmentTargetsFixtures';
import { startTestSystem, type TestSystem } from '../../support/testSystem';

let system: TestSystem;
beforeAll(async () => {
  system = await startTestSystem();
}, 60_000);
afterAll(async () => system?.stop());

const ifMatch = (version: number) => ({ headers: { 'if-match': `"${version}"` } });

describe('部门整体绩效目标申报表 (docs/api.md "Department overall targets …") through HTTP', () => {
  const id = 'departmentTargets.2026.nt-edu';

  it('is created by the department, refused on submit with cell-addressed problems, then submitted and approved', async () => {
    const filer = system.api('filer-edu');
    const created = await filer.post('/v1/department-targets', { departmentId: 'nt-edu', year: 2026 });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/v1/department-targets/${id}`);
    expect(created.body.head).toMatchObject({ id, form: 'departmentTargets', subjectType: 'department', departmentId: 'nt-edu', status: 'draft', version: 1 });
    expect(created.body.data.departmentName).toBe('南通市教育局');

    const refused = await filer.post(`/v1/department-targets/${id}/submit`, undefined, ifMatch(1));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('departmentTargets.invalid');
    const cells = Object.fromEntries(refused.body.problems.map((p: { code: string; cell: string }) => [p.code, p.cell]));
    expect(cells).toMatchObject({ 'departmentTargets.noTask': 'A13', 'departmentTargets.fundingMissing': 'C8', 'targetSheet.tooFewIndicators': 'C26' });

    // The name is the department's, whatever the client sends.
    const data = { ...created.body.data, ...goodDepartmentTargetsFields, departmentName: '别的名字' };
    const saved = await filer.put(`/v1/department-targets/${id}`, { data }, ifMatch(1));
    expect(saved.status).toBe(200);
    expect(saved.body.data.departmentName).toBe('南通市教育局');
    const submitted = await filer.post(`/v1/department-targets/${id}/submit`, undefined, ifMatch(2));
    expect(submitted.status).toBe(200);
    expect(submitted.body.head.status).toBe('submitted');

    expect((await filer.post(`/v1/department-targets/${id}/approve`, undefined, ifMatch(3))).status).toBe(403);
    const approved = await system.api('reviewer-city').post(`/v1/department-targets/${id}/approve`, { comment: '同意' }, ifMatch(3));
    expect(approved.status).toBe(200);
    expect(approved.body.head.status).toBe('approved');
    const audit = await filer.get(`/v1/department-targets/${id}/audit`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['create', 'save', 'submit', 'approve']);
  });

  it('downloads as a workbook whose cells hold the amounts in 万元', async () => {
    const workbook = await system.api('filer-edu').get(`/v1/department-targets/${id}/workbook`);
    expect(workbook.status).toBe(200);
    const sheet = XLSX.read(Buffer.from(workbook.bytes), { type: 'buffer' }).Sheets['部门整体绩效目标申报表']!;
    expect(sheet['C9']?.v).toBe(2345.6789);
    expect(sheet['A13']?.v).toBe('学生资助');
    expect(sheet['F26']?.v).toBe('人次');
  });

  it('is the department’s own: other departments and regions get 404, also on create', async () => {
    expect((await system.api('filer-health').get(`/v1/department-targets/${id}`)).status).toBe(404);
    expect((await system.api('reviewer-haimen').get(`/v1/department-targets/${id}`)).status).toBe(404);
    expect((await system.api('filer-health').post('/v1/department-targets', { departmentId: 'nt-edu', year: 2027 })).status).toBe(404);
    expect((await system.api('filer-haimen-edu').post('/v1/department-targets', { departmentId: 'nt-edu', year: 2027 })).status).toBe(404);
    // In scope but not a filer: the city's reviewer cannot file for a department.
    expect((await system.api('reviewer-city').post('/v1/department-targets', { departmentId: 'nt-edu', year: 2027 })).status).toBe(403);
    const listed = await system.api('filer-health').get('/v1/department-targets?year=2026');
    expect(listed.body.items).toEqual([]);
    expect((await system.api('reviewer-city').get('/v1/department-targets?year=2026')).body.items.map((h: { id: string }) => h.id)).toEqual([id]);
  });

  it('serves its form spec', async () => {
    const spec = await system.api('filer-edu').get('/v1/forms/departmentTargets');
    expect(spec.status).toBe(200);
    expect(spec.body.firstIndicatorRow0).toBe(25);
  });
});

describe('财政运行综合绩效评价 of districts (RULES.md §6, docs/api.md) through HTTP', () => {
  const body = { score: 92, breakdown: [{ item: '预算管理', score: 46, maxScore: 50 }, { item: '财政运行', score: 46, maxScore: 50 }], comment: '综合评价良好' };

  it('the city’s finance scores a district and the factor follows the city’s rule set', async () => {
    const reviewer = system.api('reviewer-city');
    const first = await reviewer.put('/v1/fiscal-evaluations/2026/haimen', body);
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"1"');
    expect(first.body.head).toMatchObject({ cityId: 'nantong', districtId: 'haimen', regionId: 'haimen', score: 92, factor: 1.06, version: 1 });
    expect(first.body.data.transferPayment.reason_zh).toContain('92');
    expect(first.body.data.ruleSet.id).toBe('nantong-2026-default');

    expect((await reviewer.put('/v1/fiscal-evaluations/2026/haimen', { score: 70 })).status).toBe(428);
    expect((await reviewer.put('/v1/fiscal-evaluations/2026/haimen', { score: 70 }, ifMatch(7))).status).toBe(409);
    const second = await system.api('admin-city').put('/v1/fiscal-evaluations/2026/haimen', { score: 50 }, ifMatch(1));
    expect(second.status).toBe(200);
    expect(second.body.head.factor).toBe(0.9);
    const read = await reviewer.get('/v1/fiscal-evaluations/2026/haimen');
    expect(read.body.audit.map((a: { action: string; subject: string }) => [a.action, a.subject])).toEqual([['create', 'reviewer-city'], ['update', 'admin-city']]);

    expect((await reviewer.put('/v1/fiscal-evaluations/2026/chongchuan', { score: 80 })).status).toBe(200);
    expect((await reviewer.put('/v1/fiscal-evaluations/2026/nantong', { score: 80 })).status).toBe(404);
    expect((await reviewer.put('/v1/fiscal-evaluations/2026/haimen', { score: 101 }, ifMatch(2))).status).toBe(400);
  });

  it('lists all districts for the city, only its own for a district; departments 403, other districts 404', async () => {
    const city = await system.api('reviewer-city').get('/v1/fiscal-evaluations?year=2026');
    expect(city.body.items.map((h: { districtId: string }) => h.districtId).sort()).toEqual(['chongchuan', 'haimen']);
    const haimen = await system.api('reviewer-haimen').get('/v1/fiscal-evaluations?year=2026');
    expect(haimen.body.items.map((h: { districtId: string; factor: number }) => [h.districtId, h.factor])).toEqual([['haimen', 0.9]]);
    expect((await system.api('reviewer-haimen').get('/v1/fiscal-evaluations/2026/haimen')).status).toBe(200);
    expect((await system.api('reviewer-haimen').get('/v1/fiscal-evaluations/2026/chongchuan')).status).toBe(404);
    expect((await system.api('reviewer-haimen').put('/v1/fiscal-evaluations/2026/haimen', { score: 100 }, ifMatch(2))).status).toBe(403);
    expect((await system.api('reviewer-chongchuan').put('/v1/fiscal-evaluations/2026/haimen', { score: 100 }, ifMatch(2))).status).toBe(404);
    for (const subject of ['filer-edu', 'filer-haimen-edu']) {
      expect((await system.api(subject).get('/v1/fiscal-evaluations?year=2026')).status).toBe(403);
      expect((await system.api(subject).get('/v1/fiscal-evaluations/2026/haimen')).status).toBe(403);
    }
    expect(system.loggedErrors).toEqual([]);
  });
});
