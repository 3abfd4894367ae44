import { describe, expect, it } from 'vitest';
import { rowCells } from '../../../domain/consolidation/consolidationColumn';
import { indicatorColumns, projectColumns } from '../../../domain/consolidation/consolidationColumns';
import { selfEvaluationRows } from '../../../domain/consolidation/selfEvaluationRows';
import { SelfEvaluationSheet } from '../../../domain/forms/selfEvaluation/selfEvaluationSheet';
import { headOf, projectOf } from './consolidationFixtures';

const sheet = SelfEvaluationSheet.parse({
  projectId: 'p1', year: 2026, targetSheetVersion: 4, projectName: '家庭经济困难学生资助', departmentName: '南通市教育局', unitName: '',
  budget: { initialFen: 100, adjustedFen: 3_100_000_00, executedFen: 1_547_400_00 },
  annualGoal: '资助 12000 人次', actualCompletion: '完成',
  indicators: [
    { level1: 'output', level2: 'quantity', name: '资助人次', operator: 'gte', target: '12000', unit: '人次', actual: '11800', applicable: true, deviation: '' },
    { level1: 'satisfaction', level2: 'satisfaction', name: '满意度', operator: 'qualitative', target: '满意', unit: '', actual: '达成年度指标', applicable: true, score: '9.5', deviation: '' },
  ],
  result: {
    total: 87.45, grade: 'good', applicablePoints: 100, execution: { rate: 0.4988, points: 10, score: 4.99 },
    indicators: [{ points: 50, applicable: true, score: 49.17 }, { points: 10, applicable: true, score: 9.5, tier: 'achieved' }],
    ruleSetId: 'default', ruleSetVersion: 1, computedAt: '2027-02-01T00:00:00.000Z',
  },
});

describe('selfEvaluationRows', () => {
  it('carries the total score, grade and each indicator actual and score, traced to the submission', () => {
    const head = headOf({ id: 'selfEvaluation.2026.p1', form: 'selfEvaluation', version: 2 });
    const { projects, indicators } = selfEvaluationRows(head, sheet, projectOf(), '南通市教育局');
    expect(projects[0]).toMatchObject({ form: 'selfEvaluation', score: '87.45', grade: 'good', amountFen: 3_100_000_00, submissionId: 'selfEvaluation.2026.p1', version: 2 });
    expect(indicators.map((row) => [row.actual, row.score])).toEqual([['11800', '49.17'], ['达成年度指标', '9.5']]);
    const cells = Object.fromEntries(projectColumns.map((column, i) => [column.key, rowCells(projectColumns, projects[0]!)[i]]));
    expect(cells).toMatchObject({ score: 87.45, grade: '良' });
    const indicatorCells = Object.fromEntries(indicatorColumns.map((column, i) => [column.key, rowCells(indicatorColumns, indicators[1]!)[i]]));
    expect(indicatorCells).toMatchObject({ operator: '定性', actual: '达成年度指标', score: 9.5 });
  });

  it('leaves score and grade empty before the server computed them', () => {
    const { result: _result, ...draft } = sheet;
    const { projects, indicators } = selfEvaluationRows(headOf({ status: 'draft' }), draft, undefined, '');
    expect(projects[0]!.score).toBeUndefined();
    expect(projects[0]!.grade).toBeUndefined();
    expect(indicators[0]!.score).toBeUndefined();
  });
});
