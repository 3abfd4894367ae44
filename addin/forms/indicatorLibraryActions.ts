import { targetSheetCell, targetSheetForm } from '../../domain/forms/targetSheet/targetSheetForm';
import { parseAddress } from '../../domain/grid/address';
import { indicatorFromLibrary } from '../../domain/indicators/indicatorFromLibrary';
import { basisLabels, level1Labels, level2Labels, operatorSymbols } from '../../domain/model/indicator';
import type { LibraryIndicator } from '../api/client';
import type { CellWrite } from '../excel/excelHost';
import type { OpenSheet } from '../taskpane/paneState';
import { notice, type FormContext } from './formContext';

/**
 * The pane's 指标库 actions on the open target sheet: search the library, and insert an indicator
 * into the selected indicator row. `editable` is the target sheet's guard (a read-only sheet refuses).
 */
export function indicatorLibraryActions(ctx: FormContext, editable: () => OpenSheet | undefined) {
  const { api, host, set } = ctx;
  return {
    searchLibrary: (q: string) =>
      ctx.act(async () => {
        set({ library: await api.indicatorLibrary({ q: q.trim() || undefined }) });
      }),

    /** Fills level1, level2, name, operator, unit, basis and the library id into the selected indicator row. */
    insertIndicator: (item: LibraryIndicator) =>
      ctx.act(async () => {
        const sheet = editable();
        if (!sheet) return;
        const selected = await host.selectedCell();
        const row0 = parseAddress(selected.address)?.row0 ?? -1;
        const index = row0 - targetSheetForm.firstIndicatorRow0;
        if (selected.sheetName !== sheet.sheetName || index < 0 || index >= targetSheetForm.maxIndicators) {
          return set({ notice: notice('error', 'notice.selectIndicatorRow', { sheet: sheet.sheetName }) });
        }
        const indicator = indicatorFromLibrary(item);
        const cell = (field: string) => targetSheetCell(`indicators.${index}.${field}`)!;
        // The same labels targetSheetToGrid writes, so the row reads back like any other; the target is the filer's.
        const cells: CellWrite[] = [
          { address: cell('level1'), value: level1Labels[indicator.level1].zh },
          { address: cell('level2'), value: level2Labels[indicator.level2].zh },
          { address: cell('name'), value: indicator.name },
          { address: cell('operator'), value: operatorSymbols[indicator.operator] },
          { address: cell('unit'), value: indicator.unit },
          { address: cell('basis'), value: indicator.basis ? basisLabels[indicator.basis].zh : null },
          { address: cell('libraryId'), value: item.id },
        ];
        await host.writeCells(sheet.sheetName, cells);
        set({ notice: notice('success', 'notice.inserted', { name: item.name_zh, row: row0 + 1 }) });
      }),
  };
}
