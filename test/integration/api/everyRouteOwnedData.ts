import { expect } from 'vitest';
import XLSX from '@e965/xlsx';
import { goodDepartmentTargetsFields } from '../../support/departmentTargetsFixtures';
import { goodStudentAidIndicators } from '../../support/targetSheetFixtures';
import type { ApiClient, TestSystem } from '../../support/testSystem';

/** Ids of what nt-edu (南通市教育局) and the city's finance bureau own, made through the API by the rightful users. */
export interface OwnedData {
  /** 家庭经济困难学生资助: targets approved (v3), self-evaluation submitted, monitoring m07 submitted and m06 draft. */
  projectId: string;
  approvedSheetId: string;
  /** 中小学教师培训: a target sheet left in draft (v1), the one the write attempts aim at. */
  draftSheetId: string;
  /** The draft sheet's data as created (a valid save for its owner). */
  draftSheetData: Record<string, unknown>;
  selfEvaluationId: string;
  /** The self-evaluation's data as created, without a result (a valid save for its owner while it is a draft). */
  selfEvaluationData: Record<string, unknown>;
  /** 南通市第一中学教学楼改造: its ex-ante assessment in draft. */
  exAnteId: string;
  monitoringDraftId: string;
  monitoringSubmittedId: string;
  evaluationId: string;
  rectificationId: string;
  exportId: string;
  ruleSetId: string;
  /** The draft sheet's offline template, filled so that its owner's upload would be accepted (base64). */
  offlineUpload: string;
  /** The rule set's workbook as downloaded (base64): an unchanged upload is a valid save for financeAdmin. */
  ruleSetWorkbook: string;
  /** nt-edu's 2026 部门整体绩效目标申报表, submitted (v2), and its 2027 one left in draft (v1) with its data. */
  departmentTargetsId: string;
  departmentTargetsDraftId: string;
  departmentTargetsDraftData: Record<string, unknown>;
}

const ifMatch = (version: number) => ({ headers: { 'if-match': `"${version}"` } });

// Judged scores on the default 决策/过程/产出/效益 framework (each within its item's points).
export const financeScores = {
  projectApproval: 6, performanceTargets: 6, fundingInput: 5, fundsInPlaceRate: 4, executionRate: 3, fundUseCompliance: 4, implementation: 7,
  quantity: 7, quality: 8, timeliness: 6, cost: 6, economic: 5, social: 7, ecological: 5, sustainability: 4, satisfaction: 5,
};

// 教师培训 indicators typed into the offline template's rows from A16, as a filer would.
const teacherTrainingRows = [
  ['产出指标', '数量指标', '培训教师人次', '≥', 3000, '人次', '计划标准'],
  ['产出指标', '质量指标', '培训考核合格率', '≥', 95, '%', '行业标准'],
  ['效益指标', '社会效益指标', '参训教师教学能力提升率', '≥', 80, '%', '历史标准'],
  ['成本指标', '经济成本指标', '人均培训成本', '≤', 1400, '元/人次', '计划标准'],
  ['满意度指标', '服务对象满意度指标', '参训教师满意度', '≥', 90, '%', '行业标准'],
];

const fillOfflineTemplate = (bytes: Uint8Array): string => {
  const book = XLSX.read(Buffer.from(bytes), { type: 'buffer' });
  const sheet = book.Sheets['绩效目标申报表']!;
  XLSX.utils.sheet_add_aoa(sheet, [['提升全市中小学教师专业能力']], { origin: 'C10' });
  XLSX.utils.sheet_add_aoa(sheet, [['2026 年培训教师 3000 人次']], { origin: 'C11' });
  XLSX.utils.sheet_add_aoa(sheet, teacherTrainingRows, { origin: 'A16' });
  return (XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64');
};

const waitForExport = async (api: ApiClient, id: string): Promise<void> => {
  // Bounded: a job that never finishes fails the setup instead of hanging it.
  for (let attempt = 0; attempt < 200; attempt++) {
    const job = await api.get(`/v1/exports/${id}`);
    if (job.body.status === 'done') return;
    expect(job.body.status).not.toBe('failed');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`export ${id} did not finish`);
};

/**
 * Walks nt-edu's 2026 cycle through the API as its rightful users (filer-edu, reviewer-city,
 * admin-city) so that every route has something of nt-edu's or nantong's to aim at, and returns the ids.
 *
 * @example
 * const owned = await createOwnedData(system);
 */
export const createOwnedData = async (system: TestSystem): Promise<OwnedData> => {
  const filer = system.api('filer-edu');
  const reviewer = system.api('reviewer-city');
  const projectId = 'nt-edu-2026-student-aid';
  const approvedSheetId = `targetSheet.2026.${projectId}`;

  const sheet = await filer.post('/v1/target-sheets', { projectId, year: 2026 });
  const targets = { ...sheet.body.data, overallGoal: '应助尽助', annualGoal: '资助家庭经济困难学生 1.2 万人次', indicators: goodStudentAidIndicators };
  expect((await filer.post(`/v1/target-sheets/${approvedSheetId}/submit`, { data: targets }, ifMatch(1))).status).toBe(200);
  expect((await reviewer.post(`/v1/target-sheets/${approvedSheetId}/approve`, undefined, ifMatch(2))).status).toBe(200);

  const draft = await filer.post('/v1/target-sheets', { projectId: 'nt-edu-2026-teacher-training', year: 2026 });
  expect(draft.status).toBe(201);

  const self = await filer.post('/v1/self-evaluations', { projectId, year: 2026 });
  expect(self.status).toBe(201);
  const scored = {
    ...self.body.data,
    budget: { ...self.body.data.budget, adjustedFen: 3_500_000_000, executedFen: 3_150_000_000 },
    indicators: self.body.data.indicators.map((indicator: Record<string, unknown>, i: number) => ({
      ...indicator, points: ['20', '15', '30', '15', '10'][i], actual: ['11400', '98', '0', '2600', '92'][i], deviation: i === 0 ? '部分申请延后' : '',
    })),
  };
  expect((await filer.post(`/v1/self-evaluations/${self.body.head.id}/submit`, { data: scored }, ifMatch(1))).status).toBe(200);

  const exAnte = await filer.post('/v1/ex-ante-assessments', { subjectType: 'project', subjectId: 'nt-edu-2026-school-renovation', year: 2026 });
  expect(exAnte.status).toBe(201);

  // Through July the indicators are on track (rates at their level, RULES.md §5) and only the execution lags (red, explained), as in budgetCycle/cycleStory.
  const m07 = await filer.post('/v1/monitoring', { projectId, year: 2026, period: 'm07' });
  expect(m07.status).toBe(201);
  const progress = {
    executedFen: 100_000_000,
    execution: { deviationReason: 'facilities', likelihood: 'possible', correctiveAction: '下半年集中拨付' },
    indicators: ['7000', '100', '0', '2400', '92'].map((actual, i) => ({ actual, expectedFullYear: goodStudentAidIndicators[i]!.target })),
  };
  expect((await filer.post(`/v1/monitoring/${m07.body.head.id}/submit`, { data: progress }, ifMatch(1))).status).toBe(200);
  const m06 = await filer.post('/v1/monitoring', { projectId, year: 2026, period: 'm06' });
  expect(m06.status).toBe(201);

  const evaluation = await reviewer.post('/v1/evaluations', {
    subjectType: 'project', subjectId: projectId, year: 2026, input: { evaluators: [{ id: 'f1', kind: 'finance', scores: financeScores }] },
  });
  expect(evaluation.status).toBe(201);
  const task = await reviewer.post('/v1/rectifications', { evaluationId: evaluation.body.head.id, issues: ['绩效目标细化不足'], deadline: '2099-06-30' });
  expect(task.status).toBe(201);
  expect((await reviewer.post(`/v1/linkage/recommendations/${projectId}/decision`, { year: 2026, decision: 'accept' })).status).toBe(200);

  const exportJob = await filer.post('/v1/exports', { year: 2026, form: 'targetSheet' });
  expect(exportJob.status).toBe(202);
  await waitForExport(filer, exportJob.body.id);

  const departmentTargets = await filer.post('/v1/department-targets', { departmentId: 'nt-edu', year: 2026 });
  expect(departmentTargets.status).toBe(201);
  const departmentTargetsId: string = departmentTargets.body.head.id;
  const departmentData = { ...departmentTargets.body.data, ...goodDepartmentTargetsFields };
  expect((await filer.post(`/v1/department-targets/${departmentTargetsId}/submit`, { data: departmentData }, ifMatch(1))).status).toBe(200);
  const departmentDraft = await filer.post('/v1/department-targets', { departmentId: 'nt-edu', year: 2027 });
  expect(departmentDraft.status).toBe(201);
  // The city's finance scores its district 海门: the record the fiscal evaluation routes aim at.
  expect((await reviewer.put('/v1/fiscal-evaluations/2026/haimen', { score: 88, comment: '良好' })).status).toBe(200);

  const ruleSet = await reviewer.get('/v1/rule-sets?year=2026');
  expect(ruleSet.status).toBe(200);
  const ruleSetId: string = ruleSet.body.head.id;
  const workbook = await system.api('admin-city').get(`/v1/rule-sets/${ruleSetId}/workbook`);
  expect(workbook.status).toBe(200);
  const template = await filer.get(`/v1/offline/templates?form=targetSheet&subjectId=nt-edu-2026-teacher-training`);
  expect(template.status).toBe(200);

  return {
    projectId,
    approvedSheetId,
    draftSheetId: draft.body.head.id,
    draftSheetData: draft.body.data,
    selfEvaluationId: self.body.head.id,
    selfEvaluationData: self.body.data,
    exAnteId: exAnte.body.head.id,
    monitoringDraftId: m06.body.head.id,
    monitoringSubmittedId: m07.body.head.id,
    evaluationId: evaluation.body.head.id,
    rectificationId: task.body.head.id,
    exportId: exportJob.body.id,
    ruleSetId,
    offlineUpload: fillOfflineTemplate(template.bytes),
    ruleSetWorkbook: Buffer.from(workbook.bytes).toString('base64'),
    departmentTargetsId,
    departmentTargetsDraftId: departmentDraft.body.head.id,
    departmentTargetsDraftData: departmentDraft.body.data,
  };
};
