import { inputTypeIndicatorNames } from '../indicators/inputTypeIndicators';

/**
 * What checkTargetSheet enforces. Defaults are RULES.md §1; a region's rule set for a year
 * overrides them (RULES.md preamble: every number is a default in a rule set).
 */
export interface TargetSheetCheckOptions {
  /** At least this many 三级指标 (default 3). */
  minIndicators: number;
  /** At least one 产出 indicator (default true). */
  requireOutput: boolean;
  /** At least one 效益 indicator (default true). */
  requireOutcome: boolean;
  /** At least one cost indicator, 成本指标 or 产出·成本 (default true, 财预〔2021〕101号). */
  requireCost: boolean;
  /** At least one 满意度 indicator (default false: not every project has beneficiaries). */
  requireSatisfaction: boolean;
  /** Names of input/process indicators that may not pose as outputs. */
  inputTypeNames: readonly string[];
  /** The project's 年度资金总额 in fen; when given, 财政拨款 + 其他资金 must equal it. */
  projectAmountFen?: number;
  /** Row of each indicator on the sheet (from targetSheetFromGrid), so cells are right with gaps. */
  indicatorRows?: readonly number[];
}

export const defaultTargetSheetCheckOptions: TargetSheetCheckOptions = {
  minIndicators: 3,
  requireOutput: true,
  requireOutcome: true,
  requireCost: true,
  requireSatisfaction: false,
  inputTypeNames: inputTypeIndicatorNames,
};
