import type { IndicatorLibraryItem } from './indicatorLibraryItem';
import { agricultureIndicators } from './library/agriculture';
import { fundBudgetIndicators, socialInsuranceBudgetIndicators, stateCapitalBudgetIndicators } from './library/budgets';
import { commonIndicators } from './library/common';
import { cultureIndicators } from './library/culture';
import { educationIndicators } from './library/education';
import { environmentIndicators } from './library/environment';
import { healthIndicators } from './library/health';
import { socialSecurityIndicators } from './library/socialSecurity';
import { transportIndicators } from './library/transport';

/**
 * The built-in indicator library (指标库): common indicators, then sectors, then the indicators of
 * the government fund, state capital and social insurance fund budgets. Names follow the wording of
 * published MoF and provincial libraries; a region's own library can be layered on top later.
 */
export const indicatorLibrary: readonly IndicatorLibraryItem[] = [
  ...commonIndicators,
  ...educationIndicators,
  ...healthIndicators,
  ...agricultureIndicators,
  ...transportIndicators,
  ...socialSecurityIndicators,
  ...environmentIndicators,
  ...cultureIndicators,
  ...fundBudgetIndicators,
  ...stateCapitalBudgetIndicators,
  ...socialInsuranceBudgetIndicators,
];
