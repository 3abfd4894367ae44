import { z } from 'zod';
import { BudgetType } from './budgetType';
import { Id, Year } from './ids';
import { Fen } from './money';

/**
 * A policy (政策) of a department, funded for a budget year: like a project it may need an ex-ante
 * assessment (RULES.md §4) when it is new and major or expiring and proposed to continue. Policy ids
 * share the submission id space with project ids (`<form>.<year>.<subjectId>`), so they never repeat one.
 */
export const Policy = z.object({
  id: Id,
  regionId: Id,
  departmentId: Id,
  year: Year,
  name_zh: z.string().min(1).max(200),
  name_en: z.string().max(200),
  budgetType: BudgetType,
  /** 重大政策 */
  isMajor: z.boolean(),
  /** 新出台 (true) or 延续 (false) */
  isNew: z.boolean(),
  /** 实施期: first and last budget year. */
  period: z.object({ from: Year, to: Year }),
  /** Funds planned for the year, in fen. */
  amountFen: Fen,
  /** 政策内容: the policy's wording, shown on its ex-ante assessment. */
  wording: z.string().max(4000).default(''),
});
export type Policy = z.infer<typeof Policy>;
