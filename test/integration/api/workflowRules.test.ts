import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Indicator } from '../../../domain/model/indicator';
import { goodStudentAidIndicators } from '../../support/targetSheetFixtures';
import { startTestSystem, type TestSystem } from '../../support/testSystem';

let system: TestSystem;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(async () => system?.stop());

const complete = (data: Record<string, unknown>) => ({
  ...data,
  overallGoal: '实施期内按计划完成项目建设并发挥效益',
  annualGoal: '年度任务按期完成',
  indicators: goodStudentAidIndicators,
});

describe('workflow rules', () => {
  it('lets the department head submit, keeps the return comment through saves and clears it on resubmission', async () => {
    const head = system.api('head-edu');
    const reviewer = system.api('reviewer-city');
    const created = await head.post('/v1/target-sheets', { projectId: 'nt-edu-2026-teacher-training', year: 2026 });
    const path = `/v1/target-sheets/${created.body.head.id}`;
    const submitted = await head.post(`${path}/submit`, { data: complete(created.body.data) }, { headers: { 'if-match': '"1"' } });
    expect(submitted.status).toBe(200);
    expect(submitted.body.head.submittedAt).toEqual(expect.any(String));

    // Nobody saves a submitted sheet, and it is approved or returned only once.
    expect((await head.put(path, { data: submitted.body.data }, { headers: { 'if-match': '"2"' } })).body.code).toBe('submission.invalidStatus');
    const returned = await reviewer.post(`${path}/return`, { comment: '培训人次与预算不匹配' }, { headers: { 'if-match': '"2"' } });
    expect(returned.status).toBe(200);
    expect((await reviewer.post(`${path}/return`, { comment: '再次退回' }, { headers: { 'if-match': '"3"' } })).status).toBe(409);
    expect((await reviewer.post(`${path}/approve`, undefined, { headers: { 'if-match': '"3"' } })).status).toBe(409);

    const saved = await system.api('filer-edu').put(path, { data: { ...submitted.body.data, annualGoal: '培训教师 2800 人次' } }, { headers: { 'if-match': '"3"' } });
    expect(saved.body.head).toMatchObject({ status: 'returned', version: 4, comment: '培训人次与预算不匹配' });
    const resubmitted = await system.api('filer-edu').post(`${path}/submit`, undefined, { headers: { 'if-match': '"4"' } });
    expect(resubmitted.body.head.status).toBe('submitted');
    expect(resubmitted.body.head).not.toHaveProperty('comment');
    expect(resubmitted.body.data.annualGoal).toBe('培训教师 2800 人次');

    // The department's list, filtered by status, and the region's list both show it.
    const mine = await system.api('filer-edu').get('/v1/target-sheets?year=2026&status=submitted');
    expect(mine.body.items.map((h: { id: string }) => h.id)).toEqual([created.body.head.id]);
    expect((await system.api('filer-edu').get('/v1/target-sheets?year=2026&status=draft')).body.items).toEqual([]);
    const region = await system.api('auditor-city').get('/v1/target-sheets?year=2026');
    expect(region.body.items.map((h: { id: string }) => h.id)).toContain(created.body.head.id);
  });

  it('keeps the sheet’s identity: names copied from the project cannot be overwritten', async () => {
    const filer = system.api('filer-edu');
    const created = await filer.post('/v1/target-sheets', { projectId: 'nt-edu-2026-school-renovation', year: 2026 });
    const saved = await filer.put(
      `/v1/target-sheets/${created.body.head.id}`,
      { data: { ...created.body.data, projectName: '别的项目', departmentName: '别的部门' } },
      { headers: { 'if-match': '"1"' } },
    );
    expect(saved.status).toBe(200);
    expect(saved.body.data).toMatchObject({ projectName: '南通市第一中学教学楼改造', departmentName: '南通市教育局', unitName: '南通市第一中学' });
  });

  it('stores and returns a sheet of 500 indicators exactly', async () => {
    const health = system.api('filer-health');
    const created = await health.post('/v1/target-sheets', { projectId: 'nt-health-2026-immunization', year: 2026 });
    const indicators: Indicator[] = Array.from({ length: 500 }, (_, i) => ({
      level1: 'output',
      level2: 'quantity',
      name: `适龄儿童免疫规划疫苗接种点${i + 1}接种人数`,
      operator: 'gte',
      target: `${1000 + i}.5`,
      unit: '人',
      basis: 'plan',
      explanation: `第 ${i + 1} 个接种点按辖区适龄儿童数测算，数据来源为免疫规划信息系统`,
    }));
    const data = { ...created.body.data, overallGoal: '提高免疫规划疫苗接种率', annualGoal: '适龄儿童接种率保持 95% 以上', indicators };
    const saved = await health.put(`/v1/target-sheets/${created.body.head.id}`, { data }, { headers: { 'if-match': '"1"' } });
    expect(saved.status).toBe(200);
    const readBack = await health.get(`/v1/target-sheets/${created.body.head.id}`);
    expect(readBack.body.data).toEqual(data);
    expect(system.loggedErrors).toEqual([]);
  });
});
