import type { RuleSet } from '../ruleSet/ruleSet';
import { ONE, ZERO, cmp, div, exact, max, mul, roundHalfUp, sub, toFixed, toNumber } from '../values/decimal';
import { gradeLabels, type Grade } from '../scoring/grade';
import type { Recommendation } from './recommendation';

export interface ProjectLinkageInput {
  projectId: string;
  /** The project's evaluation grade this year. */
  grade: Grade;
  /** 全年预算数 (after adjustment), in fen: the base of next year's figure. */
  adjustedFen: number;
  /** 全年执行数, in fen. */
  executedFen: number;
  /** Money unspent (结转结余) and for how many years it has sat unspent. */
  idleFunds?: { amountFen: number; years: number };
}

export interface ProjectLinkage {
  projectId: string;
  grade: Grade;
  recommendations: Recommendation[];
  /** The larger of the grade cut and the unspent-share cut (cuts do not stack), in fen. */
  cutFen: number;
  /** Suggested base for next year's budget: adjusted budget − cut, in fen. */
  nextYearBaseFen: number;
  /** Idle money to recover now, in fen. */
  recoverFen: number;
}

const percentText = (fraction: Parameters<typeof toFixed>[0]): string => toFixed(mul(fraction, exact(100)), 2).replace(/\.?0+$/, '');
const wan = (fen: number): string => toFixed(div(exact(fen), exact(1_000_000)), 2);

/**
 * Next year's recommendation for a project (RULES.md §6): from the grade by the rule set's table
 * (优 priority, 良 keep, 中 −10% and rectification, 差 −50% or cancel), a cut by the unspent share when
 * execution is below the threshold (80%), and recovery of money idle for the set number of years (2).
 * Cuts do not stack: the larger applies. Every recommendation carries its reason and rule line.
 *
 * @example
 * recommendProject({ projectId: 'p1', grade: 'fair', adjustedFen: 100_000_000, executedFen: 70_000_000 }, ruleSet).cutFen // 30_000_000
 */
export const recommendProject = (input: ProjectLinkageInput, ruleSet: RuleSet): ProjectLinkage => {
  const rules = ruleSet.linkage;
  const row = rules.table[input.grade];
  const rule = `linkage.table.${input.grade}`;
  const grade = gradeLabels[input.grade];
  const adjusted = exact(BigInt(input.adjustedFen));
  const recommendations: Recommendation[] = [];

  const gradeCut = roundHalfUp(mul(adjusted, div(exact(row.cutPercent), exact(100))), 0);
  const cutAmount = toNumber(gradeCut, 0);
  if (row.action === 'priority' || row.action === 'keep') {
    recommendations.push({
      action: row.action,
      reason_zh: `评价等级为“${grade.zh}”，${row.action === 'priority' ? '下年度优先保障' : '下年度保持预算规模'}`,
      reason_en: `Graded ${grade.en}: ${row.action === 'priority' ? 'priority next year' : 'keep the budget next year'}`,
      rule,
    });
  } else {
    recommendations.push({
      action: row.action,
      percent: row.cutPercent,
      amountFen: cutAmount,
      reason_zh: `评价等级为“${grade.zh}”，下年度预算压减${row.cutPercent}%（${wan(cutAmount)}万元）${row.action === 'cutOrCancel' ? '或取消' : ''}`,
      reason_en: `Graded ${grade.en}: cut next year's budget by ${row.cutPercent}% (${wan(cutAmount)} 10k yuan)${row.action === 'cutOrCancel' ? ' or cancel it' : ''}`,
      rule,
    });
  }
  if (row.rectification)
    recommendations.push({ action: 'rectify', reason_zh: `评价等级为“${grade.zh}”，须限期整改`, reason_en: `Graded ${grade.en}: rectification required`, rule });
  if (row.noNewOfSameKind)
    recommendations.push({
      action: 'noNewOfSameKind',
      reason_zh: `评价等级为“${grade.zh}”，下年度不再新增同类项目`,
      reason_en: `Graded ${grade.en}: no new project of the same kind next year`,
      rule,
    });

  let executionCut = ZERO;
  if (input.adjustedFen > 0) {
    const rate = div(exact(BigInt(input.executedFen)), adjusted);
    if (cmp(rate, exact(rules.executionThreshold)) < 0) {
      const unspentShare = sub(ONE, rate);
      executionCut = sub(adjusted, exact(BigInt(input.executedFen)));
      recommendations.push({
        action: 'cutUnspent',
        percent: toNumber(mul(unspentShare, exact(100)), 2),
        amountFen: toNumber(executionCut, 0),
        reason_zh: `预算执行率${percentText(rate)}%低于${percentText(exact(rules.executionThreshold))}%，下年度预算按未执行比例${percentText(unspentShare)}%压减`,
        reason_en: `Execution rate ${percentText(rate)}% is below ${percentText(exact(rules.executionThreshold))}%: cut next year's budget by the unspent ${percentText(unspentShare)}%`,
        rule: 'linkage.executionThreshold',
      });
    }
  }

  let recoverFen = 0;
  if (input.idleFunds && input.idleFunds.amountFen > 0 && input.idleFunds.years >= rules.idleYears) {
    recoverFen = input.idleFunds.amountFen;
    recommendations.push({
      action: 'recoverIdle',
      amountFen: recoverFen,
      reason_zh: `资金${input.idleFunds.years}年未使用（${wan(recoverFen)}万元），收回统筹使用`,
      reason_en: `Funds unspent for ${input.idleFunds.years} years (${wan(recoverFen)} 10k yuan) are recovered`,
      rule: 'linkage.idleYears',
    });
  }

  const cut = max(gradeCut, executionCut);
  return {
    projectId: input.projectId,
    grade: input.grade,
    recommendations,
    cutFen: toNumber(cut, 0),
    nextYearBaseFen: toNumber(sub(adjusted, cut), 0),
    recoverFen,
  };
};
