import type { Problem } from '../../domain/problem';
import { appError } from './appError';
import type { HttpErrorCode } from './errorCatalogue';
import type { Bilingual } from '../../domain/model/bilingual';

/**
 * Refuses a form whose checks found errors (warnings pass): 422 with the given code, a message that
 * counts the errors and asks to fix the marked cells, and every error with its cell.
 *
 * @example
 * refuseOnErrors(checkTargetSheet(data), 'targetSheet.invalid', { zh: '申报表', en: 'The sheet' });
 */
export const refuseOnErrors = (problems: readonly Problem[], code: HttpErrorCode, what: Bilingual): void => {
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length === 0) return;
  throw appError(code, { zh: `${what.zh}有 ${errors.length} 处错误，请按标出的单元格修改后再提交`, en: `${what.en} has ${errors.length} error(s); fix the marked cells and submit again`, problems: errors });
};
