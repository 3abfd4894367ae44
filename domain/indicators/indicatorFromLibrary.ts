import type { Indicator } from '../model/indicator';
import type { IndicatorLibraryItem } from './indicatorLibraryItem';

/**
 * A target-sheet indicator started from a library item: name, levels, operator, unit and basis
 * copied, the target taken from the filer (or the item's typical target), the link kept in libraryId.
 *
 * @example
 * indicatorFromLibrary(findIndicator('education.aidPaidOnTime')!) // { name: '资金发放及时率', target: '100', unit: '%', … }
 */
export const indicatorFromLibrary = (item: IndicatorLibraryItem, target = item.typicalTarget ?? ''): Indicator => ({
  level1: item.level1,
  level2: item.level2,
  name: item.name_zh,
  operator: item.operator,
  target,
  unit: item.unit,
  basis: item.basis,
  ...(item.explanation_zh ? { explanation: item.explanation_zh } : {}),
  libraryId: item.id,
});
