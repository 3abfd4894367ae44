import type { Bilingual } from '../model/bilingual';

/** How a workbook prints its labels: one language, or `both` (the zh line, then the en line). */
export type SheetLanguage = 'zh-CN' | 'en' | 'both';

/** The language every workbook prints its labels in: switching workbooks to one language is this line. */
export const sheetLanguage: SheetLanguage = 'both';

/**
 * One cell label in the sheet. Every converter prints labels through this one function, so the
 * workbooks' language is decided in one place.
 *
 * @example
 * sheetLabel({ zh: '项目名称', en: 'Project name' }) // '项目名称\nProject name'
 * sheetLabel({ zh: '项目名称', en: 'Project name' }, 'zh-CN') // '项目名称'
 */
export const sheetLabel = (label: Bilingual, language: SheetLanguage = sheetLanguage): string => {
  if (language === 'zh-CN') return label.zh;
  if (language === 'en') return label.en;
  return `${label.zh}\n${label.en}`;
};
