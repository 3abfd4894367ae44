import type { Bilingual } from '../../model/bilingual';
import { conclusionLabels, conclusions } from '../../exAnte/conclusion';
import { recommendationLabels } from '../../linkage/recommendation';
import { signalLabels, signals } from '../../monitoring/signal';
import { linkageActions } from '../../ruleSet/linkageRules';
import { pointGroups } from '../../ruleSet/selfEvaluationRules';
import { gradeLabels, grades } from '../../scoring/grade';
import { paymentCapacityLevelLabels, paymentCapacityLevels } from '../../socialInsurance/paymentCapacityLevel';

import type { Choice } from '../../grid/readChoice';

/** One entry of a drop-down on the rule-set sheet: the stored value, its label, other ways to write it. */
export interface RuleSetChoice {
  value: string | boolean;
  label: Bilingual;
  aliases?: readonly string[];
}

const labelled = <T extends string>(values: readonly T[], labels: Record<T, Bilingual>): RuleSetChoice[] =>
  values.map((value) => ({ value, label: labels[value] }));

/**
 * The drop-downs of the rule-set sheet (规则设置表), by list name. The sheet shows the zh label; a cell
 * also reads when it holds the en label, the identifier or an alias (e.g. "A", "≥").
 */
export const ruleSetSheetLists = {
  reverseVariant: [
    { value: 'A', label: { zh: 'A：未达标按 w·t/a 计分（财政部表注）', en: 'A: w·t/a when missed (MoF table note)' }, aliases: ['A'] },
    { value: 'B', label: { zh: 'B：线性递减，达 2t 时为0（省级模块）', en: 'B: linear down to 0 at 2t (provincial module)' }, aliases: ['B'] },
  ],
  rateStage: [
    { value: 'exact', label: { zh: '按精确执行率计分', en: 'Score on the exact rate' } },
    { value: 'wholePercent', label: { zh: '执行率先取整到百分位', en: 'Round the rate to a whole percent first' } },
  ],
  pointGroup: labelled(pointGroups, {
    output: { zh: '产出', en: 'Output' },
    outcome: { zh: '效益', en: 'Outcome' },
    satisfaction: { zh: '满意度', en: 'Satisfaction' },
  }),
  grade: labelled(grades, gradeLabels),
  aggregate: [
    { value: 'mean', label: { zh: '平均值', en: 'Mean' } },
    { value: 'median', label: { zh: '中位数', en: 'Median' } },
  ],
  linkageAction: labelled(linkageActions, recommendationLabels),
  operator: [
    { value: 'gte', label: { zh: '≥', en: 'At least' }, aliases: ['>=', '大于等于'] },
    { value: 'lte', label: { zh: '≤', en: 'At most' }, aliases: ['<=', '小于等于'] },
    { value: 'eq', label: { zh: '=', en: 'Equal' }, aliases: ['＝', '等于'] },
  ],
  yesNo: [
    { value: true, label: { zh: '是', en: 'Yes' }, aliases: ['Y'] },
    { value: false, label: { zh: '否', en: 'No' }, aliases: ['N'] },
  ],
  conclusion: labelled(conclusions, conclusionLabels),
  timeProgressBasis: [
    { value: 'months', label: { zh: '按月（已过月数 / 12）', en: 'Months elapsed / 12' } },
    { value: 'days', label: { zh: '按日（已过天数 / 全年天数）', en: 'Days elapsed / days in the year' } },
  ],
  signal: labelled(signals, signalLabels),
  executionSignal: labelled(['red', 'yellow', 'green'] as const, signalLabels),
  warning: labelled(['red', 'yellow', 'green'] as const, signalLabels),
  capacityLevel: labelled(paymentCapacityLevels, paymentCapacityLevelLabels),
  expiringContinuation: [
    { value: 'none', label: { zh: '不要求', en: 'None' } },
    { value: 'major', label: { zh: '仅重大项目', en: 'Major ones only' } },
    { value: 'all', label: { zh: '全部', en: 'All' } },
  ],
} satisfies Record<string, RuleSetChoice[]>;

export type RuleSetListName = keyof typeof ruleSetSheetLists;

/** A choices list as readChoice takes it: every way a cell may name each value. */
export const ruleSetChoices = (choices: readonly RuleSetChoice[]): Choice<string | boolean>[] =>
  choices.map((choice) => ({
    value: choice.value,
    names: [choice.label.zh, choice.label.en, String(choice.value), ...(choice.aliases ?? [])],
  }));
