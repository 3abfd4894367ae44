import { describe, expect, it } from 'vitest';
import { budgetFocusPoints, listBudgets } from '../../../../domain/budgets/budgetFocusPoints';
import { formsForSubject, listSubjects, subjectStages } from '../../../../domain/budgets/formsForSubject';
import { FundYearRecord } from '../../../../domain/budgets/socialInsuranceFund';
import { indicatorLibrary } from '../../../../domain/indicators/indicatorLibrary';
import { budgetTypes } from '../../../../domain/model/budgetType';
import { formIds } from '../../../../domain/model/submission';

describe('the four budgets', () => {
  it('lists every budget with labels and focus points in glossary order', () => {
    const budgets = listBudgets();
    expect(budgets.map((b) => b.id)).toEqual([...budgetTypes]);
    expect(budgets.map((b) => b.label.zh)).toEqual(['一般公共预算', '政府性基金预算', '国有资本经营预算', '社会保险基金预算']);
    for (const budget of budgets) {
      expect(budget.focusPoints.length).toBeGreaterThan(0);
      for (const point of budget.focusPoints) expect(point.label.en).not.toBe('');
    }
  });

  it('follows the Nantong measures for the fund, state capital and social insurance budgets', () => {
    expect(budgetFocusPoints.fund.map((p) => p.id)).toEqual(['policyExecution', 'collection', 'use', 'bondSupport']);
    expect(budgetFocusPoints.stateCapital.map((p) => p.id)).toEqual(['incomeTurnedOver', 'expenditureStructure', 'results']);
    expect(budgetFocusPoints.socialInsurance.map((p) => p.id)).toEqual(['policyEffect', 'fundManagement', 'actuarialBalance', 'regionalStructure', 'operatingRisk']);
  });

  it('links focus points only to library indicators of the same budget', () => {
    for (const [budget, points] of Object.entries(budgetFocusPoints)) {
      for (const id of points.flatMap((p) => p.indicatorIds)) {
        const item = indicatorLibrary.find((i) => i.id === id);
        expect(item, id).toBeDefined();
        expect(item!.budgetTypes ?? [budget]).toContain(budget);
      }
    }
  });
});

describe('subjects and their forms', () => {
  it('gives projects and policies the ex-ante assessment, and only projects targets and monitoring so far', () => {
    expect(formsForSubject('project')).toEqual(['exAnteAssessment', 'targetSheet', 'monitoring']);
    expect(formsForSubject('policy')).toEqual(['exAnteAssessment']);
    expect(formsForSubject('government')).toEqual([]);
    expect(subjectStages('government').map((s) => s.stage)).toEqual(['fiscalEvaluation', 'resultApplication']);
    expect(subjectStages('department').map((s) => s.stage)).toContain('departmentEvaluation');
  });

  it('names only forms that exist', () => {
    for (const subject of listSubjects()) for (const stage of subject.stages) if (stage.form) expect(formIds).toContain(stage.form);
    expect(listSubjects().map((s) => s.label.zh)).toEqual(['政府预算', '部门（单位）整体', '政策', '项目']);
  });
});

describe('a social insurance fund year', () => {
  const year = { year: 2026, incomeFen: 100, expenditureFen: 90, accumulatedBalanceFen: -5, contributionsDueFen: 70, contributionsCollectedFen: 60, subsidyFen: 40 };
  it('accepts a deficit balance and whole fen', () => {
    expect(FundYearRecord.safeParse(year).success).toBe(true);
    expect(FundYearRecord.safeParse({ ...year, incomeFen: 100.5 }).success).toBe(false);
  });
  it('refuses parts of income larger than the income', () => {
    const result = FundYearRecord.safeParse({ ...year, subsidyFen: 41 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['incomeFen']);
  });
});
