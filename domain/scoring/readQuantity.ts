import { parseIndicatorValue, type ValueOperator } from '../values/parseIndicatorValue';
import { toRational, type Rational } from '../values/decimal';

export type ReadQuantity =
  | { kind: 'quantity'; value: Rational; operator?: ValueOperator; unit: string }
  | { kind: 'text'; text: string }
  | { kind: 'missing' };

/**
 * Reads a target or actual value given as a number, a decimal string or a cell's text ("≥50个",
 * "98.5%") into an exact value with the operator and unit the cell carried.
 */
export const readQuantity = (value: string | number | undefined): ReadQuantity => {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return { kind: 'missing' };
  if (typeof value === 'number') {
    const exactValue = toRational(value);
    return exactValue ? { kind: 'quantity', value: exactValue, unit: '' } : { kind: 'text', text: String(value) };
  }
  const parsed = parseIndicatorValue(value);
  if (parsed.kind === 'text') return parsed;
  const exactValue = toRational(parsed.number);
  if (!exactValue) return { kind: 'text', text: value };
  return { kind: 'quantity', value: exactValue, ...(parsed.operator ? { operator: parsed.operator } : {}), unit: parsed.unit };
};
