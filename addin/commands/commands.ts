/**
 * Ribbon commands (function file commands.html, manifest <FunctionFile>). 检查 runs the same check
 * as the pane on the target sheet: it marks the cells (red errors, yellow warnings, with notes) and
 * selects the first one; a clean sheet loses its old marks. A command must always call
 * `event.completed()`.
 */
import { targetSheetForm } from '../../domain/forms/targetSheet/targetSheetForm';
import { officeExcelHost } from '../excel/officeExcelHost';
import { runRibbonCheck } from './runRibbonCheck';

Office.onReady(() => {
  Office.actions.associate('checkSheet', (event: Office.AddinCommands.Event) => {
    runRibbonCheck(officeExcelHost(), targetSheetForm.sheetName, new Date().getFullYear())
      .then((summary) => console.info(`checkSheet: ${summary.en}`))
      .catch((error: unknown) => console.warn('checkSheet failed', error))
      .finally(() => event.completed());
  });
});
