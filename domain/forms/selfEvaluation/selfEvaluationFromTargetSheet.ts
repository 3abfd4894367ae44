import { totalFen, type TargetSheet } from '../../model/targetSheet';
import type { SelfEvaluationSheet } from './selfEvaluationSheet';

/**
 * A new 项目支出绩效自评表 from an approved 绩效目标申报表: names, 年度目标 and every indicator with its
 * target are copied (and stay locked); 年初预算数 is the target sheet's 年度资金总额 and 全年预算数 starts
 * equal to it; actual values are left for the filer.
 *
 * @example
 * selfEvaluationFromTargetSheet(approvedSheet, 6).budget.initialFen // funding.fiscalFen + funding.otherFen
 */
export const selfEvaluationFromTargetSheet = (sheet: TargetSheet, targetSheetVersion: number): SelfEvaluationSheet => ({
  projectId: sheet.projectId,
  year: sheet.year,
  targetSheetVersion,
  projectName: sheet.projectName,
  departmentName: sheet.departmentName,
  unitName: sheet.unitName,
  budget: { initialFen: totalFen(sheet), adjustedFen: totalFen(sheet), executedFen: 0 },
  annualGoal: sheet.annualGoal,
  actualCompletion: '',
  indicators: sheet.indicators.map((indicator) => ({
    level1: indicator.level1,
    level2: indicator.level2,
    name: indicator.name,
    operator: indicator.operator,
    target: indicator.target,
    unit: indicator.unit,
    actual: '',
    applicable: true,
    deviation: '',
  })),
});
