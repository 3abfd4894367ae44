import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exAnteFromGrid } from '../../../domain/forms/exAnte/exAnteFromGrid';
import type { ExAnteSheet } from '../../../domain/forms/exAnte/exAnteSheet';
import { monitoringFromGrid } from '../../../domain/forms/monitoring/monitoringFromGrid';
import type { MonitoringSheet } from '../../../domain/forms/monitoring/monitoringSheet';
import { defaultRuleSet } from '../../../domain/ruleSet/ruleSet';
import { readXlsx } from '../../support/readXlsx';
import { goodStudentAidIndicators } from '../../support/targetSheetFixtures';
import { startTestSystem, type TestSystem } from '../../support/testSystem';

let system: TestSystem;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(async () => system?.stop());

const projectId = 'nt-edu-2026-student-aid';
const targetId = `targetSheet.2026.${projectId}`;
const assessmentId = `exAnteAssessment.2026.${projectId}`;
const monitoringId = `monitoring.2026.${projectId}.m07`;
const ifMatch = (version: number) => ({ headers: { 'if-match': `"${version}"` } });
// The seeded region's rule set is still the defaults, version 1.
const rules = defaultRuleSet('nantong', 2026);

describe('ex-ante assessments and monitoring reports as .xlsx downloads', () => {
  it('downloads an assessment as a protected workbook that reads back to the stored data', async () => {
    const filer = system.api('filer-edu');
    const assessment = {
      category: 'livelihood',
      assessors: [
        { assessor: 'departmentSelf', scores: { necessity: 19, economy: 18.5, targetSoundness: 17, feasibility: 16, financingCompliance: 15 }, comment: '依据充分' },
        { assessor: 'expert', name: '吴专家', scores: { necessity: 16 } },
      ],
      checklistAnswers: { livelihood: { publicDemand: 'met' } },
    };
    const created = await filer.post('/v1/ex-ante-assessments', { subjectType: 'project', subjectId: projectId, year: 2026, data: { outline: '资助家庭经济困难学生', assessment } });
    expect(created.status).toBe(201);
    const stored = created.body.data as ExAnteSheet;

    const download = await filer.get(`/v1/ex-ante-assessments/${assessmentId}/workbook`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('spreadsheetml');
    expect(download.headers.get('etag')).toBe('"1"');
    expect(download.headers.get('content-disposition')).toContain(`filename="${assessmentId}.xlsx"`);
    expect(decodeURIComponent(download.headers.get('content-disposition')!)).toContain('事前绩效评估表-');

    const book = readXlsx(Buffer.from(download.bytes));
    const sheet = book.sheet('事前绩效评估表');
    expect(sheet.protection).not.toBeNull();
    expect(sheet.values[7]?.slice(3, 5)).toEqual(['部门自评', '专家']);
    expect(book.sheet('_meta').values).toEqual(expect.arrayContaining([['submissionId', assessmentId], ['version', '1']]));
    // SheetJS's values, read back with the domain reader, are the data the server stored.
    expect(exAnteFromGrid(sheet.values, stored, rules.exAnte)).toEqual({ data: stored, problems: [] });

    expect((await system.api('filer-health').get(`/v1/ex-ante-assessments/${assessmentId}/workbook`)).status).toBe(404);
    expect((await system.api('auditor-city').get(`/v1/ex-ante-assessments/${assessmentId}/workbook`)).status).toBe(200);
  });

  it('downloads a monitoring report with its signals, and the values read back to the stored data', async () => {
    const filer = system.api('filer-edu');
    const created = await filer.post('/v1/target-sheets', { projectId, year: 2026 });
    const targets = { ...created.body.data, overallGoal: '应助尽助', annualGoal: '资助家庭经济困难学生 1.2 万人次', indicators: goodStudentAidIndicators };
    expect((await filer.post(`/v1/target-sheets/${targetId}/submit`, { data: targets }, ifMatch(1))).status).toBe(200);
    expect((await system.api('reviewer-city').post(`/v1/target-sheets/${targetId}/approve`, undefined, ifMatch(2))).status).toBe(200);
    expect((await filer.post('/v1/monitoring', { projectId, year: 2026, period: 'm07' })).status).toBe(201);

    const progress = ['7000', '100', '0', '2400', '92'].map((actual, i) => ({ actual, expectedFullYear: goodStudentAidIndicators[i]!.target }));
    const saved = await filer.put(
      `/v1/monitoring/${monitoringId}`,
      { data: { executedFen: 100_000_000, execution: { deviationReason: 'facilities', likelihood: 'possible', correctiveAction: '9 月集中支付' }, indicators: progress } },
      ifMatch(1),
    );
    expect(saved.status).toBe(200);
    const stored = saved.body.data as MonitoringSheet;
    expect(stored.signals?.execution).toBe('red');

    const download = await filer.get(`/v1/monitoring/${monitoringId}/workbook`);
    expect(download.status).toBe(200);
    expect(download.headers.get('etag')).toBe('"2"');
    const sheet = readXlsx(Buffer.from(download.bytes)).sheet('绩效运行监控表');
    expect(sheet.protection).not.toBeNull();
    expect(sheet.values[4]?.[10]).toBe('红色预警');

    const { signals, ...filled } = stored;
    expect(monitoringFromGrid(sheet.values, stored)).toEqual({ data: filled, problems: [] });
    // With the rule set, the reader computes the same signals the server stored.
    expect(monitoringFromGrid(sheet.values, stored, rules)).toEqual({ data: { ...filled, signals }, problems: [] });

    expect((await system.api('filer-health').get(`/v1/monitoring/${monitoringId}/workbook`)).status).toBe(404);
    expect(system.loggedErrors).toEqual([]);
  });
});
