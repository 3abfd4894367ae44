import {
  basisLabels, bases, level1Labels, level1s, level2Labels, level2sByLevel1,
  type Basis, type Level1, type Level2, type Operator,
} from '../../model/indicator';
import { parseOperatorSymbol } from '../../values/parseIndicatorValue';
import { toHalfWidth } from '../../values/toHalfWidth';
import { choiceNames, readChoice, type Choice } from '../../grid/readChoice';
import { projectAttributeLabels } from '../targetSheet/targetSheetLayout';

/** Ways of writing a choice seen in real tables beyond its label ("满意度", "生态成本"). */
const extraLevel2Names: Partial<Record<Level2, string[]>> = {
  satisfaction: ['满意度指标', '满意度', '服务对象满意度'],
  ecologicalCost: ['生态成本指标', '生态成本'],
};

export const level1Choices: Choice<Level1>[] = level1s.map((l) => ({
  value: l,
  names: choiceNames(l, level1Labels[l], /指标$/),
}));

const level2Choice = (l2: Level2): Choice<Level2> => ({
  value: l2,
  names: [...choiceNames(l2, level2Labels[l2], /指标$/), ...(extraLevel2Names[l2] ?? [])],
});

const level2ChoicesByLevel1 = Object.fromEntries(
  level1s.map((l) => [l, level2sByLevel1[l].map(level2Choice)]),
) as Record<Level1, Choice<Level2>[]>;
const allLevel2Choices = level1s.flatMap((l) => level2ChoicesByLevel1[l]);

/**
 * Reads a 二级指标 cell: first among the level-2s of the row's 一级指标 (so 成本指标 under 产出 is
 * output.cost), then among all, which lets a mismatch through for checkTargetSheet to name.
 */
export const readLevel2 = (text: string, level1: Level1 | undefined): Level2 | undefined => {
  const own = level1 ? readChoice(text, level2ChoicesByLevel1[level1]) : undefined;
  return own ?? readChoice(text, allLevel2Choices);
};

export const basisChoices: Choice<Basis>[] = bases.map((b) => ({ value: b, names: choiceNames(b, basisLabels[b], /标准$/) }));

export const projectAttributeChoices: Choice<boolean>[] = [
  { value: true, names: [projectAttributeLabels.new.zh, projectAttributeLabels.new.en, '新增项目', '新项目'] },
  { value: false, names: [projectAttributeLabels.continuing.zh, projectAttributeLabels.continuing.en, '延续项目', '续建', 'continued'] },
];

const wordOperators: Choice<Operator>[] = [
  { value: 'qualitative', names: ['定性', 'qualitative', '定性指标'] },
  { value: 'gte', names: ['gte', 'at least'] },
  { value: 'lte', names: ['lte', 'at most'] },
  { value: 'eq', names: ['eq', 'equal', 'equals'] },
];

/** Reads a 指标性质 cell: ≥ ≤ ＝ 定性 in any common spelling (">=", "＞＝", "不低于", "at least"). */
export const readOperator = (text: string): Operator | undefined =>
  readChoice(text, wordOperators) ?? parseOperatorSymbol(toHalfWidth(text));
