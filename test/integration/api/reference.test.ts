import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { demoProjects } from '../../../dev/seedData';
import { goodStudentAidIndicators } from '../../support/targetSheetFixtures';
import { startTestSystem, type TestSystem } from '../../support/testSystem';

let system: TestSystem;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(async () => system?.stop());

describe('reference routes over HTTP', () => {
  it('GET /v1/me names the caller, its region and department', async () => {
    const me = await system.api('filer-edu').get('/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.principal).toMatchObject({ subject: 'filer-edu', name: '张会计', roles: ['filer'], departmentId: 'nt-edu' });
    expect(me.body.region.name_zh).toBe('南通市');
    expect(me.body.department.name_zh).toBe('南通市教育局');
  });

  it('pages through a region’s projects with the cursor, each project once', async () => {
    const reviewer = system.api('reviewer-city');
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await reviewer.get(`/v1/projects?year=2026&limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((p: { id: string }) => p.id));
      cursor = page.body.cursor;
    } while (cursor);
    expect(seen.sort()).toEqual(demoProjects.filter((p) => p.regionId === 'nantong').map((p) => p.id).sort());
    const filer = await system.api('filer-edu').get('/v1/projects?year=2026');
    expect(filer.body.items.map((p: { departmentId: string }) => p.departmentId)).toEqual(['nt-edu', 'nt-edu', 'nt-edu']);
  });

  it('serves the indicator library and the form spec', async () => {
    const library = await system.api('filer-edu').get('/v1/indicator-library?sector=education&level1=satisfaction');
    expect(library.status).toBe(200);
    expect(library.body.items.length).toBeGreaterThan(0);
    for (const item of library.body.items) expect(item.level1).toBe('satisfaction');
    const form = await system.api('filer-edu').get('/v1/forms/targetSheet');
    expect(form.status).toBe(200);
    expect(form.body.title.zh).toBe('项目支出绩效目标申报表');
    expect(form.body.lists.operator).toContain('≥');
    for (const formId of ['exAnteAssessment', 'monitoring']) {
      const spec = await system.api('filer-edu').get(`/v1/forms/${formId}`);
      expect(spec.status, formId).toBe(200);
      expect(spec.body.id).toBe(formId);
    }
  });

  it('checks a sheet without storing it', async () => {
    const filer = system.api('filer-edu');
    const created = await filer.post('/v1/target-sheets', { projectId: 'nt-edu-2026-teacher-training', year: 2026 });
    const checked = await filer.post('/v1/target-sheets/check', { data: created.body.data });
    expect(checked.status).toBe(200);
    expect(checked.body.problems.map((p: { code: string }) => p.code)).toContain('targetSheet.tooFewIndicators');
    const good = await filer.post('/v1/target-sheets/check', {
      data: { ...created.body.data, overallGoal: '提升教师专业能力', annualGoal: '培训教师 3000 人次', indicators: goodStudentAidIndicators },
    });
    expect(good.body.problems.filter((p: { severity: string }) => p.severity === 'error')).toEqual([]);
    expect((await filer.get(`/v1/target-sheets/${created.body.head.id}`)).body.head.version).toBe(1);
  });

  it('downloads the sheet as an .xlsx that an independent reader opens', async () => {
    const filer = system.api('filer-edu');
    const created = await filer.post('/v1/target-sheets', { projectId: 'nt-edu-2026-student-aid', year: 2026 });
    const file = await filer.get(`/v1/target-sheets/${created.body.head.id}/workbook`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const workbook = XLSX.read(file.bytes, { type: 'array' });
    const sheet = workbook.Sheets['绩效目标申报表'];
    expect(sheet).toBeDefined();
    const cells = XLSX.utils.sheet_to_json<unknown[]>(sheet!, { header: 1 }).flat();
    expect(cells).toContain('家庭经济困难学生资助');
    expect(cells).toContain('南通市教育局');
    expect(system.loggedErrors).toEqual([]);
  });
});
