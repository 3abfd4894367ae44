import { z } from 'zod';
import { Id, Year } from './ids';
import { Fen } from './money';
import { Indicator } from './indicator';

/**
 * 项目支出绩效目标申报表 (RULES.md §1): header, funding, goals and the indicator grid.
 * Labels (项目名称, 主管部门, 实施单位) are copied from the project when the sheet is created.
 */
export const TargetSheet = z.object({
  projectId: Id,
  year: Year,
  projectName: z.string().trim().min(1).max(200),
  departmentName: z.string().trim().min(1).max(100),
  unitName: z.string().trim().max(100),
  /** 项目属性: 新增 or 延续. */
  isNew: z.boolean(),
  period: z.object({ from: Year, to: Year }),
  funding: z.object({
    /** 财政拨款 */
    fiscalFen: Fen,
    /** 其他资金 */
    otherFen: Fen,
  }),
  overallGoal: z.string().trim().max(2000),
  annualGoal: z.string().trim().max(2000),
  indicators: z.array(Indicator).max(500),
});
export type TargetSheet = z.infer<typeof TargetSheet>;

/** 年度资金总额 = 财政拨款 + 其他资金, exact in fen. */
export const totalFen = (sheet: Pick<TargetSheet, 'funding'>): number =>
  sheet.funding.fiscalFen + sheet.funding.otherFen;
