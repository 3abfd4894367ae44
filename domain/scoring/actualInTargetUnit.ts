import { problem, type Problem } from '../problem';
import { convertToTargetUnit } from '../values/units';
import { exact, mul, toFixed, type Rational } from '../values/decimal';

/**
 * The actual value in the target's unit, or the error on the actual cell (RULES.md §1 "A value is never
 * scored silently in the wrong unit"): 900000元 against 万元 is 90万元; 40人 against 个, or a bare 0.96
 * against ≥95%, is `<prefix>.unitMismatch` / `<prefix>.rateAmbiguous` and scores nothing.
 *
 * @example
 * actualInTargetUnit({ value: exact(900000), unit: '元' }, '万元', '资金', where, 'selfEvaluation') // { value: 90 }
 */
export const actualInTargetUnit = (
  actual: { value: Rational; unit: string },
  targetUnit: string,
  name: { zh: string; en: string },
  where: { path: string; cell?: string },
  prefix: string,
): { value: Rational } | { problem: Problem } => {
  const converted = convertToTargetUnit(actual.value, actual.unit, targetUnit);
  if (converted.ok) return { value: converted.value };
  if (converted.reason === 'rateAmbiguous')
    return {
      problem: problem(
        `${prefix}.rateAmbiguous`,
        `${name.zh}的指标值以%计，实际完成值“${toPlain(actual.value)}”未写单位：是 ${toPlain(actual.value)}% 还是 ${toPercent(actual.value)}%？请写明“%”`,
        `The target of ${name.en} is in %, the actual "${toPlain(actual.value)}" has no unit: ${toPlain(actual.value)}% or ${toPercent(actual.value)}%? Write the "%"`,
        where,
      ),
    };
  return {
    problem: problem(
      `${prefix}.unitMismatch`,
      `${name.zh}的实际完成值单位（${converted.from}）与指标值单位（${converted.to}）不能换算`,
      `The actual value of ${name.en} is in ${converted.from}, which does not convert to the target's ${converted.to}`,
      where,
    ),
  };
};

// A fraction in (0, 1] read from a cell is a short decimal; write it back without a float.
const toPlain = (r: Rational): string => toFixed(r, 6).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
const toPercent = (r: Rational): string => toPlain(mul(r, exact(100)));
