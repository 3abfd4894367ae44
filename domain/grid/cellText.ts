import type { CellValue } from './grid';
import { numberToDecimal } from '../values/decimal';

/**
 * A cell as the filer typed it: strings trimmed, numbers as exact decimal strings (no float
 * formatting such as 1e-7), booleans as TRUE/FALSE, empty as ''.
 *
 * @example
 * cellText(12.5) // '12.5'
 * cellText('  部分达成 ') // '部分达成'
 */
export const cellText = (value: CellValue | undefined): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberToDecimal(value) ?? '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.trim();
};
