import type { SelfEvaluationSheet } from './selfEvaluationSheet';

/**
 * What the filer may change on a self-evaluation, laid over what is locked: identity, names,
 * 年初预算数, 年度目标 and the indicators' targets come from `stored` (the approved target sheet's),
 * whatever the client sends; so do the number and order of indicators. The stored score is the
 * server's alone and is dropped (it is recomputed at submit).
 *
 * @example
 * keepLockedFields(fromClient, stored).indicators[0].target === stored.indicators[0].target // true
 */
export const keepLockedFields = (data: SelfEvaluationSheet, stored: SelfEvaluationSheet): SelfEvaluationSheet => ({
  projectId: stored.projectId,
  year: stored.year,
  targetSheetVersion: stored.targetSheetVersion,
  projectName: stored.projectName,
  departmentName: stored.departmentName,
  unitName: stored.unitName,
  budget: { initialFen: stored.budget.initialFen, adjustedFen: data.budget.adjustedFen, executedFen: data.budget.executedFen },
  annualGoal: stored.annualGoal,
  actualCompletion: data.actualCompletion,
  indicators: stored.indicators.map((locked, i) => {
    const filled = data.indicators[i];
    return {
      level1: locked.level1,
      level2: locked.level2,
      name: locked.name,
      operator: locked.operator,
      target: locked.target,
      unit: locked.unit,
      actual: filled?.actual ?? '',
      applicable: filled?.applicable ?? true,
      ...(filled?.points === undefined ? {} : { points: filled.points }),
      ...(filled?.score === undefined ? {} : { score: filled.score }),
      deviation: filled?.deviation ?? '',
    };
  }),
});
