import { z } from 'zod';
import { BudgetType } from '../model/budgetType';
import { Basis, Level1, Level2, level2sByLevel1, Operator } from '../model/indicator';
import { Sector } from '../model/sector';

/** Where an item applies: 'common' (共性指标, any sector) or one sector (个性/行业指标). */
export const LibrarySector = z.union([z.literal('common'), Sector]);
export type LibrarySector = z.infer<typeof LibrarySector>;

/**
 * A standard indicator in the indicator library (指标库): what a filer picks instead of inventing a
 * name, with its usual operator, unit and value basis. `budgetTypes` absent means any budget.
 */
export const IndicatorLibraryItem = z
  .object({
    id: z.string().regex(/^[a-z][A-Za-z0-9.]{2,63}$/),
    level1: Level1,
    level2: Level2,
    name_zh: z.string().min(2).max(60),
    name_en: z.string().min(2).max(120),
    operator: Operator,
    unit: z.string().max(20),
    basis: Basis,
    sector: LibrarySector,
    budgetTypes: z.array(BudgetType).min(1).optional(),
    explanation_zh: z.string().max(300).optional(),
    /** A typical target value (decimal string, or text for 定性), where one is widely used. */
    typicalTarget: z.string().max(100).optional(),
  })
  .refine((item) => (level2sByLevel1[item.level1] as readonly string[]).includes(item.level2), {
    message: 'level2 must belong to level1',
    path: ['level2'],
  })
  .refine((item) => (item.operator === 'qualitative') === (item.unit === ''), {
    message: 'a qualitative indicator has no unit, a quantitative one has one',
    path: ['unit'],
  });
export type IndicatorLibraryItem = z.infer<typeof IndicatorLibraryItem>;

/** A compact row for writing library content: [id, level1, level2, 名称, name, operator, unit, basis, typical?, 解释?]. */
export type LibraryRow = [
  id: string,
  level1: Level1,
  level2: Level2,
  name_zh: string,
  name_en: string,
  operator: Operator,
  unit: string,
  basis: Basis,
  typicalTarget?: string,
  explanation_zh?: string,
];

/** Turns compact rows into library items of one sector (and, optionally, budgets). */
export const libraryItems = (sector: LibrarySector, rows: LibraryRow[], budgetTypes?: BudgetType[]): IndicatorLibraryItem[] =>
  rows.map(([id, level1, level2, name_zh, name_en, operator, unit, basis, typicalTarget, explanation_zh]) => ({
    id, level1, level2, name_zh, name_en, operator, unit, basis, sector,
    ...(budgetTypes ? { budgetTypes } : {}),
    ...(typicalTarget !== undefined ? { typicalTarget } : {}),
    ...(explanation_zh !== undefined ? { explanation_zh } : {}),
  }));
