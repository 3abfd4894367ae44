import type { BudgetType } from '../model/budgetType';
import type { Level1, Level2 } from '../model/indicator';
import { toHalfWidth } from '../values/toHalfWidth';
import { indicatorLibrary } from './indicatorLibrary';
import type { IndicatorLibraryItem, LibrarySector } from './indicatorLibraryItem';

export interface IndicatorQuery {
  /** A sector's own indicators plus the common ones; 'common' gives the common ones only. */
  sector?: LibrarySector;
  level1?: Level1;
  level2?: Level2;
  /** Items for this budget, plus items that fit any budget. */
  budgetType?: BudgetType;
  /** Words to find in the zh or en name, the explanation or the id; every word must match. */
  q?: string;
}

const normalize = (text: string): string => toHalfWidth(text).toLowerCase().replace(/\s+/g, '');

const matchesSector = (item: IndicatorLibraryItem, sector: LibrarySector | undefined): boolean =>
  sector === undefined || item.sector === 'common' || item.sector === sector;

/**
 * Finds library indicators by sector, level, budget and words. Results keep library order, with
 * items whose Chinese name contains the whole query first.
 *
 * @example
 * searchIndicators({ sector: 'education', level1: 'satisfaction' }) // 受助学生满意度, 学生家长满意度, 服务对象满意度…
 * searchIndicators({ q: '满意度 学生' })
 */
export const searchIndicators = (
  query: IndicatorQuery = {},
  library: readonly IndicatorLibraryItem[] = indicatorLibrary,
): IndicatorLibraryItem[] => {
  const words = (query.q ?? '').split(/[\s\u3000]+/).map(normalize).filter((w) => w !== '');
  const whole = normalize(query.q ?? '');
  const found = library.filter((item) => {
    if (!matchesSector(item, query.sector)) return false;
    if (query.sector === 'common' && item.sector !== 'common') return false;
    if (query.level1 && item.level1 !== query.level1) return false;
    if (query.level2 && item.level2 !== query.level2) return false;
    if (query.budgetType && item.budgetTypes && !item.budgetTypes.includes(query.budgetType)) return false;
    if (words.length === 0) return true;
    const haystack = normalize(`${item.name_zh}|${item.name_en}|${item.explanation_zh ?? ''}|${item.id}`);
    return words.every((w) => haystack.includes(w));
  });
  if (whole === '') return found;
  const inName = (item: IndicatorLibraryItem) => normalize(item.name_zh).includes(whole);
  return [...found.filter(inName), ...found.filter((item) => !inName(item))];
};

/**
 * The library item with this id, or undefined.
 *
 * @example
 * findIndicator('education.aidTargetAccuracy')?.name_zh // '资助对象认定准确率'
 */
export const findIndicator = (
  id: string,
  library: readonly IndicatorLibraryItem[] = indicatorLibrary,
): IndicatorLibraryItem | undefined => library.find((item) => item.id === id);
