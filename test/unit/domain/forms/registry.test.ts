import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../../domain/forms/formDefinition';
import type { ExAnteSheet } from '../../../../domain/forms/exAnte/exAnteSheet';
import type { MonitoringSheet } from '../../../../domain/forms/monitoring/monitoringSheet';
import { offlineForms } from '../../../../domain/forms/offlineForms';
import { formDefinition, formRegistry, isRegisteredForm } from '../../../../domain/forms/registry';
import { formIds } from '../../../../domain/model/submission';
import { defaultRuleSet } from '../../../../domain/ruleSet/ruleSet';
import { defaultExAnteRules } from '../../../../domain/ruleSet/exAnteRules';
import { goodDepartmentTargetsFields } from '../../../support/departmentTargetsFixtures';
import { storedSelfEvaluation } from '../../addin/selfEvaluationFixture';
import { sampleTargetSheet } from '../targets/sampleTargetSheet';

const monitoring: MonitoringSheet = {
  projectId: 'p1',
  year: 2026,
  period: 'm07',
  through: '2026-07-31',
  projectName: '家庭经济困难学生资助',
  departmentName: '南通市教育局',
  budgetFen: 3_560_123_456,
  executedFen: 2_400_000_000,
  execution: {},
  indicators: [
    { level1: 'output', level2: 'quantity', name: '资助人数', operator: 'gte', target: '12000', unit: '人次', basis: 'plan', actual: '7000', expectedFullYear: '12000' },
  ],
  financeActions: [],
};

const exAnte: ExAnteSheet = {
  subjectType: 'project',
  subjectId: 'p1',
  year: 2026,
  subjectName: '教学楼改造',
  departmentName: '南通市教育局',
  amountFen: 860_512_345,
  outline: '抗震加固',
  assessment: {
    subject: 'project',
    category: 'livelihood',
    assessors: [{ assessor: 'departmentSelf', scores: { necessity: 19, economy: 18, targetSoundness: 17, feasibility: 16, financingCompliance: 15 } }],
    checklistAnswers: { livelihood: { publicDemand: 'met' }, financeReview: {} },
  },
};

const ruleSet = defaultRuleSet('nantong', 2026);
const departmentTargets = { departmentId: 'nt-edu', year: 2026, departmentName: '南通市教育局', ...goodDepartmentTargetsFields };
const selfEvaluation = storedSelfEvaluation();

/** Each registered form's sample data with what rendering and reading it take. */
const samples = {
  targetSheet: { data: sampleTargetSheet(), options: undefined, context: { projectId: sampleTargetSheet().projectId, year: sampleTargetSheet().year } },
  departmentTargets: { data: departmentTargets, options: undefined, context: { departmentId: 'nt-edu', year: 2026 } },
  selfEvaluation: { data: selfEvaluation, options: undefined, context: { stored: selfEvaluation } },
  monitoring: { data: monitoring, options: undefined, context: { stored: monitoring } },
  exAnteAssessment: { data: exAnte, options: { rules: defaultExAnteRules }, context: { stored: exAnte, rules: defaultExAnteRules } },
  ruleSet: { data: ruleSet, options: undefined, context: { base: ruleSet } },
} satisfies Record<keyof typeof formRegistry, unknown>;

describe('forms registry', () => {
  it('lists every form under its own id, with a title, a sheet, filers and a layout', () => {
    for (const [key, form] of Object.entries(formRegistry)) {
      expect(form.id).toBe(key);
      expect(form.title.zh).toMatch(/表/);
      expect(form.sheetName.length).toBeLessThanOrEqual(31);
      expect(form.roles.file.length).toBeGreaterThan(0);
      expect(form.layout).toMatchObject({ sheetName: form.sheetName });
    }
  });

  it('registers every submission form that has a sheet, and the rule-set sheet that nobody reviews', () => {
    expect(formIds.filter(isRegisteredForm)).toEqual(['targetSheet', 'exAnteAssessment', 'monitoring', 'selfEvaluation', 'departmentTargets']);
    expect(isRegisteredForm('evaluation')).toBe(false);
    expect(formDefinition('ruleSet').roles).toEqual({ file: ['financeAdmin'], review: [] });
    expect(offlineForms.every(isRegisteredForm)).toBe(true);
  });

  it.each(Object.keys(samples) as (keyof typeof samples)[])('%s: the grid it renders reads back without errors into data its schema accepts', (key) => {
    const form = formRegistry[key] as unknown as FormDefinition<unknown, unknown, unknown>;
    const { data, options, context } = samples[key];
    const grid = form.toGrid(data, options);
    expect(grid.sheetName).toBe(form.sheetName);
    const read = form.fromGrid(grid.values, context);
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(form.schema.safeParse(read.data).success).toBe(true);
    expect(form.workbookTitle(data)).toMatch(/^[^\\/:*?"<>|]+$/);
  });

  it('reads the target forms back to exactly the data rendered', () => {
    const target = samples.targetSheet;
    expect(formRegistry.targetSheet.fromGrid(formRegistry.targetSheet.toGrid(target.data, undefined).values, target.context).data).toEqual(target.data);
    const department = samples.departmentTargets;
    expect(formRegistry.departmentTargets.fromGrid(formRegistry.departmentTargets.toGrid(department.data, undefined).values, department.context).data).toEqual(department.data);
  });

  it('places a checked path on its cell', () => {
    expect(formRegistry.targetSheet.cell?.('projectName')).toMatch(/^[A-Z]+\d+$/);
    expect(formRegistry.monitoring.cell?.('budgetFen')).toMatch(/^[A-Z]+\d+$/);
  });
});
