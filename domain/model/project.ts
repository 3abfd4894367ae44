import { z } from 'zod';
import { BudgetType } from './budgetType';
import { Id, Year } from './ids';
import { Fen } from './money';
import { Sector } from './sector';

/** A project (项目) of a department, funded from one of the four budgets for a budget year. */
export const Project = z.object({
  id: Id,
  regionId: Id,
  departmentId: Id,
  unitId: Id.optional(),
  year: Year,
  name_zh: z.string().min(1).max(200),
  name_en: z.string().max(200),
  budgetType: BudgetType,
  sector: Sector,
  /** 重大政策和项目 */
  isMajor: z.boolean(),
  /** 新增 (true) or 延续 (false) */
  isNew: z.boolean(),
  /** 实施期 (跨年度): first and last budget year. */
  period: z.object({ from: Year, to: Year }),
  /** 年度资金总额 planned for the year, in fen. */
  amountFen: Fen,
});
export type Project = z.infer<typeof Project>;
