import type { Bilingual } from '../../model/bilingual';
import { assessorLabels, assessors } from '../../exAnte/assessor';
import { exAnteDimensionLabels, exAnteDimensions } from '../../exAnte/dimension';
import { level1Labels, level1s } from '../../model/indicator';
import type { RuleSet } from '../../ruleSet/ruleSet';
import type { EvaluationFramework } from '../../ruleSet/evaluationRules';
import { grades, gradeLabels } from '../../scoring/grade';
import { paymentCapacityLevelLabels, paymentCapacityLevels } from '../../socialInsurance/paymentCapacityLevel';

import type { RuleSetSheetBlock, RuleSetSheetColumn, RuleSetSheetField, RuleSetSheetTable } from './ruleSetSheetBlock';
import { choiceCell, type RuleSetCellKind } from './ruleSetSheetCell';
import { fixedTable, listTable } from './ruleSetSheetTables';

const label = (zh: string, en: string): Bilingual => ({ zh, en });
const section = (zh: string, en: string): RuleSetSheetBlock => ({ kind: 'section', label: label(zh, en) });
const field = (path: string, name: Bilingual, cell: RuleSetCellKind, note?: Bilingual): RuleSetSheetField => ({
  kind: 'field',
  label: name,
  path,
  cell,
  ...(note ? { note } : {}),
});
const column = (key: string, name: Bilingual, cell: RuleSetCellKind, locked = false): RuleSetSheetColumn => ({
  key,
  label: name,
  cell,
  ...(locked ? { locked } : {}),
});

const number: RuleSetCellKind = { type: 'number' };
const integer: RuleSetCellKind = { type: 'integer' };
const fraction: RuleSetCellKind = { type: 'fraction' };
const text: RuleSetCellKind = { type: 'text' };
const shown: RuleSetCellKind = { type: 'text' };

const nameZh = label('名称（中文）', 'Name (Chinese)');
const nameEn = label('名称（英文）', 'Name (English)');
const from = label('下限（含）', 'Lower bound (included)');

/** The bands of a band list (value drop-down, lower bound), highest first as the schema wants. */
const bandsTable = (name: Bilingual, path: string, values: RuleSetCellKind, bands: readonly unknown[], note?: Bilingual): RuleSetSheetTable =>
  listTable(name, path, [column('value', label('结果', 'Result'), values), column('from', from, number)], bands, 2,
    note ?? label('从高到低逐行填写，每档含下限、不含上一档的下限', 'Highest first; each band holds its lower bound, up to the next band'));

/**
 * An evaluation framework as two tables: its parts (points, whether a result part) and its items,
 * each item naming its part in a drop-down, so items may be added, moved or removed. Parts stay as
 * they are (adding a part is a structural change for the API).
 */
const frameworkTables = (key: 'project' | 'department', name: Bilingual, framework: EvaluationFramework): RuleSetSheetTable[] => {
  const path = `evaluation.frameworks.${key}`;
  const partChoices = framework.parts.map((part) => ({ value: part.id, label: part.label }));
  const partCell: RuleSetCellKind = { type: 'choice', list: `${key}Parts`, choices: partChoices };
  const parts: RuleSetSheetTable = {
    ...fixedTable(
      label(`${name.zh}：一级指标`, `${name.en}: parts`),
      `${path}.parts`,
      [
        column('id', label('编号', 'Id'), shown, true),
        column('label.zh', nameZh, text),
        column('label.en', nameEn, text),
        column('points', label('分值', 'Points'), number),
        column('result', label('计入产出效益占比', 'Counts as a result part'), choiceCell('yesNo')),
      ],
      framework.parts.map((_, p) => `${path}.parts.${p}`),
      framework.parts.map((part) => ({ id: part.id, 'label.zh': part.label.zh, 'label.en': part.label.en, points: part.points, result: framework.resultParts.includes(part.id) })),
      label('分值合计应为100；产出、效益（效果）占比不低于下方的最低占比（财预〔2020〕10号）', 'Points add up to 100; result parts reach the minimum share below (MoF 2020 No. 10)'),
    ),
  };
  const fixedRead = parts.read;
  parts.read = (rows) => {
    // "result" is not a field of a part: it lists the part in resultParts.
    const base = fixedRead(rows);
    const resultIds = rows.filter((row) => row.values.result === true).map((row) => framework.parts[row.index]?.id);
    const resultRow = rows.find((row) => row.values.result === true)?.index ?? 0;
    return {
      writes: [...base.writes.filter((w) => !w.path.endsWith('.result')), { path: `${path}.resultParts`, value: resultIds }],
      places: [...base.places.filter((p) => !p.path.endsWith('.result')), { path: `${path}.resultParts`, index: resultRow, key: 'result' }],
    };
  };

  const itemColumns = [
    column('part', label('一级指标', 'Part'), partCell),
    column('id', label('编号', 'Id'), { type: 'text' }),
    column('label.zh', nameZh, text),
    column('label.en', nameEn, text),
    column('points', label('分值', 'Points'), number),
    column('measure.operator', label('指标性质', 'Operator'), choiceCell('operator', true)),
    column('measure.target', label('目标值', 'Target'), { type: 'decimalText', optional: true }),
    column('measure.unit', label('单位', 'Unit'), text),
  ];
  const itemRows = framework.parts.flatMap((part) => part.items.map((item) => ({ part: part.id, item })));
  const items: RuleSetSheetTable = {
    ...listTable(
      label(`${name.zh}：二级指标`, `${name.en}: items`),
      `${path}.parts`,
      itemColumns,
      itemRows.map(({ part, item }) => ({ part, id: item.id, label: item.label, points: item.points, measure: item.measure })),
      3,
      label('指标性质留空：由评价人打分；填写 ≥/≤/= 和目标值：按完成比例计分，满分为止', 'Operator blank: scored by evaluators; with ≥/≤/= and a target: scored by completion, capped'),
    ),
    read: (rows) => {
      const byPart = framework.parts.map(() => [] as { row: number; item: Record<string, unknown> }[]);
      for (const row of rows) {
        const v = row.values;
        const operator = v['measure.operator'];
        const item = {
          id: v.id,
          label: { zh: v['label.zh'], en: v['label.en'] },
          points: v.points,
          ...(operator === undefined ? {} : { measure: { operator, target: v['measure.target'], unit: v['measure.unit'] } }),
        };
        byPart[framework.parts.findIndex((part) => part.id === v.part)]?.push({ row: row.index, item });
      }
      const keys = itemColumns.map((c) => c.key).filter((k) => k !== 'part');
      return {
        writes: byPart.map((list, p) => ({ path: `${path}.parts.${p}.items`, value: list.map((entry) => entry.item) })),
        places: byPart.flatMap((list, p) => [
          { path: `${path}.parts.${p}.items`, index: list[0]?.row ?? 0, key: 'part' },
          ...list.flatMap((entry, i) => keys.map((k) => ({ path: `${path}.parts.${p}.items.${i}.${k}`, index: entry.row, key: k }))),
        ]),
      };
    },
  };
  return [parts, items];
};

/**
 * The rule-set sheet (规则设置表) of a rule set as blocks, top to bottom: every number of the rule
 * set in an input cell, lists as drop-downs, bands, tiers, linkage rows and framework items as small
 * tables. The ex-ante category checklists are the one part not on the sheet (long texts; edited
 * through the API) and are kept as they are.
 *
 * @example
 * ruleSetSheetLayout(defaultRuleSet('nantong', 2025)).filter((b) => b.kind === 'table').length // 11
 */
export const ruleSetSheetLayout = (ruleSet: RuleSet): RuleSetSheetBlock[] => {
  const se = ruleSet.selfEvaluation;
  const ev = ruleSet.evaluation;
  const li = ruleSet.linkage;
  const gradesInTable = grades.filter((grade) => li.table[grade] !== undefined);
  return [
    section('规则集', 'Rule set'),
    field('name_zh', label('规则集名称（中文）', 'Name (Chinese)'), text),
    field('name_en', label('规则集名称（英文）', 'Name (English)'), text),

    section('一、项目支出绩效自评（财预〔2020〕10号）', '1. Project self-evaluation (MoF 2020 No. 10)'),
    field('selfEvaluation.points.output', label('产出指标分值', 'Output points'), number, label('四项合计应为100', 'The four add up to 100')),
    field('selfEvaluation.points.outcome', label('效益指标分值', 'Outcome points'), number),
    field('selfEvaluation.points.satisfaction', label('满意度指标分值', 'Satisfaction points'), number),
    field('selfEvaluation.points.execution', label('预算执行率分值', 'Budget execution points'), number),
    ...level1s.map((level1) =>
      field(`selfEvaluation.groupOf.${level1}`, label(`${level1Labels[level1].zh}计入`, `${level1Labels[level1].en} counts under`), choiceCell('pointGroup')),
    ),
    field('selfEvaluation.reverseVariant', label('反向指标计分方式', 'Reverse (≤) indicator variant'), choiceCell('reverseVariant')),
    field('selfEvaluation.rounding.scoreDecimals', label('得分保留小数位', 'Score decimals'), integer),
    field('selfEvaluation.rounding.rateStage', label('执行率取整阶段', 'Rounding stage of the rate'), choiceCell('rateStage')),
    field('selfEvaluation.rounding.rateDecimals', label('执行率保留小数位（以小数计）', 'Rate decimals (as a fraction)'), integer),
    listTable(label('定性指标档次', 'Qualitative tiers'), 'selfEvaluation.qualitativeTiers', [
      column('id', label('编号', 'Id'), text),
      column('label.zh', nameZh, text),
      column('label.en', nameEn, text),
      column('aliases', label('其他写法（用“、”分隔）', 'Other wordings (separated by "、")'), { type: 'texts' }),
      column('from', label('下限（占分值）', 'From (share of points)'), fraction),
      column('to', label('上限（占分值）', 'To (share of points)'), fraction),
    ], se.qualitativeTiers, 2, label('从最高档起逐行填写，首档上限100%，末档下限0%，相邻档首尾相接', 'Top tier first, from 100% down to 0%, each tier ending where the next begins')),
    bandsTable(label('自评等级区间', 'Self-evaluation grade bands'), 'selfEvaluation.gradeBands', choiceCell('grade'), se.gradeBands),

    section('二、财政评价（部门评价、财政重点评价）', '2. Finance evaluations'),
    field('evaluation.minOutputOutcomeShare', label('产出、效益最低占比', 'Minimum share of result parts'), fraction),
    field('evaluation.aggregate', label('多名评价人得分汇总方式', 'How evaluators\' scores combine'), choiceCell('aggregate')),
    field('evaluation.scoreDecimals', label('得分保留小数位', 'Score decimals'), integer),
    ...frameworkTables('project', label('项目支出评价框架', 'Project framework'), ev.frameworks.project),
    ...frameworkTables('department', label('部门整体评价框架', 'Department framework'), ev.frameworks.department),

    section('三、评价结果应用', '3. Application of results'),
    fixedTable(
      label('等级与预算安排挂钩', 'Grades and next year\'s budget'),
      'linkage.table',
      [
        column('grade', label('等级', 'Grade'), shown, true),
        column('action', label('应用方式', 'Action'), choiceCell('linkageAction')),
        column('cutPercent', label('压减比例（%）', 'Cut (%)'), number),
        column('rectification', label('限期整改', 'Rectification'), choiceCell('yesNo')),
        column('noNewOfSameKind', label('不再新增同类项目', 'No new project of the same kind'), choiceCell('yesNo')),
      ],
      gradesInTable.map((grade) => `linkage.table.${grade}`),
      gradesInTable.map((grade) => ({ grade: gradeLabels[grade].zh, ...li.table[grade] })),
    ),
    field('linkage.executionThreshold', label('执行率低于此值按未执行比例压减', 'Execution rate below which the unspent share is cut'), fraction),
    field('linkage.idleYears', label('资金连续未使用年数（收回统筹）', 'Years unspent before money is recovered'), integer),
    field('linkage.transferFactor.baseline', label('转移支付系数：基准分', 'Transfer factor: baseline score'), number),
    field('linkage.transferFactor.perPoint', label('转移支付系数：每分增减', 'Transfer factor: per point'), number, label('系数 = 1 + 每分增减 ×（得分 − 基准分）', 'factor = 1 + per point × (score − baseline)')),
    field('linkage.transferFactor.min', label('转移支付系数：下限', 'Transfer factor: minimum'), number),
    field('linkage.transferFactor.max', label('转移支付系数：上限', 'Transfer factor: maximum'), number),
    field('linkage.transferFactor.decimals', label('转移支付系数：小数位', 'Transfer factor: decimals'), integer),

    section('四、事前绩效评估', '4. Ex-ante assessment'),
    ...exAnteDimensions.map((d) => field(`exAnte.dimensionPoints.${d}`, label(`${exAnteDimensionLabels[d].project.zh}分值`, `${exAnteDimensionLabels[d].project.en} points`), number)),
    bandsTable(label('评估结论区间', 'Conclusion bands'), 'exAnte.conclusionBands', choiceCell('conclusion'), ruleSet.exAnte.conclusionBands),
    field('exAnte.scoreDecimals', label('得分保留小数位', 'Score decimals'), integer),
    ...assessors.map((a) => field(`exAnte.assessorWeights.${a}`, label(`${assessorLabels[a].zh}权重`, `${assessorLabels[a].en} weight`), number)),
    field('exAnte.majorAmountThresholdFen', label('重大项目金额标准（万元）', 'Major project threshold (10,000 yuan)'), { type: 'wanYuan', optional: true },
      label('留空：仅按“重大”标志认定；审核要点清单请通过接口修改', 'Blank: the major flag alone decides; checklists are edited through the API')),
    field('exAnte.requireFor.newMajor', label('新出台重大政策和项目须评估', 'New major ones must be assessed'), choiceCell('yesNo')),
    field('exAnte.requireFor.expiringContinuation', label('到期申请延续的须评估', 'Expiring ones proposed to continue'), choiceCell('expiringContinuation')),

    section('五、绩效运行监控', '5. In-year monitoring'),
    field('monitoring.timeProgressBasis', label('序时进度计算方式', 'Time progress basis'), choiceCell('timeProgressBasis')),
    field('monitoring.checkpoint.throughMonth', label('监控数据截至月份', 'Data through month'), integer),
    field('monitoring.checkpoint.reportMonth', label('报送月份', 'Report month'), integer),
    field('monitoring.monthlyReportsAllowed', label('允许按月报送', 'Monthly reports allowed'), choiceCell('yesNo')),
    bandsTable(label('执行进度预警区间（执行率 / 序时进度）', 'Execution bands (rate / time progress)'), 'monitoring.executionBands', choiceCell('executionSignal'), ruleSet.monitoring.executionBands),
    bandsTable(label('正向指标预警区间（实际 /（目标 × 序时进度））', '≥ indicator bands (actual / (target × time progress))'), 'monitoring.gteIndicatorBands', choiceCell('signal'), ruleSet.monitoring.gteIndicatorBands),

    section('六、社会保险基金预算', '6. Social insurance fund budget'),
    listTable(label('可支付月数区间', 'Months of payment capacity'), 'socialInsurance.paymentCapacityBands', [
      column('value', label('水平', 'Level'), choiceCell('capacityLevel')),
      column('from', from, number),
      column('includesFrom', label('含下限', 'Includes the bound'), choiceCell('yesNo')),
    ], ruleSet.socialInsurance.paymentCapacityBands, 2),
    ...paymentCapacityLevels.map((level) =>
      field(`socialInsurance.levelWarnings.${level}`, label(`${paymentCapacityLevelLabels[level].zh}：预警`, `${paymentCapacityLevelLabels[level].en}: warning`), choiceCell('warning')),
    ),
    field('socialInsurance.projection.horizons.short', label('短期预测年数', 'Short-term years'), integer),
    field('socialInsurance.projection.horizons.medium', label('中期预测年数', 'Medium-term years'), integer),
    field('socialInsurance.projection.horizons.long', label('长期预测年数', 'Long-term years'), integer),
    field('socialInsurance.projection.minPointsForGrowthFit', label('增长率拟合最少年数', 'Fewest years for a growth fit'), integer),
  ];
};
