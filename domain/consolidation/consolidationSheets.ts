import { consolidationBilinguals, type ConsolidationForm } from './consolidationForm';

/**
 * Sheet names of a consolidated workbook: 汇总 (by department), 项目 (one row per subject) and 指标
 * (one row per indicator), prefixed by the form so that several forms can sit in one workbook.
 * Within Excel's 31 characters; no characters Excel forbids in sheet names.
 */
export const consolidationSheetNames = (form: ConsolidationForm) => {
  const prefix = consolidationBilinguals[form].zh;
  return { summary: `${prefix}-汇总`, projects: `${prefix}-项目`, indicators: `${prefix}-指标` } as const;
};

/** Header rows above the data on the 项目 and 指标 sheets (frozen, with the filter on the last). */
export const consolidationHeaderRows = 1;
