/**
 * Self-evaluation sheets for the add-in tests: the calculator example of docs/api.md (scores 24,
 * 19.3, 27, 9.5, execution 4.99: total 84.79) as a stored sheet, and a large one for sync counts.
 */
import type { SelfEvaluationIndicator, SelfEvaluationSheet } from '../../../domain/forms/selfEvaluation/selfEvaluationForm';

const row = (indicator: Omit<SelfEvaluationIndicator, 'actual' | 'applicable' | 'deviation'>): SelfEvaluationIndicator => ({
  ...indicator,
  actual: '',
  applicable: true,
  deviation: '',
});

/** As created from the approved targets: nothing filled yet, budget 310.2 万元 after adjustment. */
export const storedSelfEvaluation = (): SelfEvaluationSheet => ({
  projectId: 'p-edu-aid',
  year: 2026,
  targetSheetVersion: 3,
  projectName: '义务教育学生资助',
  departmentName: '南通市教育局',
  unitName: '南通市学生资助管理中心',
  budget: { initialFen: 300_000_000, adjustedFen: 310_200_000, executedFen: 0 },
  annualGoal: '资助家庭经济困难学生',
  actualCompletion: '',
  indicators: [
    row({ level1: 'output', level2: 'quantity', name: '资助人数', operator: 'gte', target: '50', unit: '个', points: '30' }),
    row({ level1: 'cost', level2: 'economicCost', name: '项目成本', operator: 'lte', target: '202.6', unit: '万元', points: '20' }),
    row({ level1: 'outcome', level2: 'social', name: '社会效益', operator: 'qualitative', target: '群众获得感增强', unit: '', points: '30' }),
    row({ level1: 'satisfaction', level2: 'satisfaction', name: '满意度', operator: 'gte', target: '100', unit: '%', points: '10' }),
  ],
});

/** `count` indicators, every third 定性, so the quantitative score cells fall into many runs. */
export const largeSelfEvaluation = (count: number): SelfEvaluationSheet => ({
  ...storedSelfEvaluation(),
  indicators: Array.from({ length: count }, (_, i) =>
    i % 3 === 2
      ? row({ level1: 'outcome', level2: 'social', name: `效益${i}`, operator: 'qualitative', target: '达成', unit: '' })
      : row({ level1: 'output', level2: 'quantity', name: `数量${i}`, operator: 'gte', target: '100', unit: '人' }),
  ),
});
