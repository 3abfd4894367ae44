import type { DataValidation, Style, Workbook, Worksheet } from 'exceljs';
import { cellAddress, rangeAddress } from '../../domain/grid/address';
import type { CellStyle, Grid } from '../../domain/grid/grid';
import { cellStylePalette } from './cellStylePalette';
import { forEachCell, parseRange } from './parseRange';

/** Excel's limit on the characters of one cell. */
const maxCellText = 32_767;

/** What one cell gets from the grid's ranges; later ranges win where ranges overlap. */
interface CellLook {
  style?: CellStyle;
  numFmt?: string;
  unlocked?: boolean;
}

/** ExcelJS keeps range validations on `worksheet.dataValidations`, which its typings leave out. */
interface WithDataValidations {
  dataValidations: { add(address: string, validation: DataValidation): void };
}

// Excel caps a validation's error title at 32 characters and its message at 255. A list that
// allows other values (e.g. units: 台套, 亿元) only informs; the others stop a wrong entry.
const listValidation = (ref: string, allowOther: boolean): DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [ref],
  showErrorMessage: true,
  errorStyle: allowOther ? 'information' : 'stop',
  errorTitle: allowOther ? '不在列表中 Not in the list' : '输入无效 Invalid entry',
  error: allowOther
    ? '此值不在下拉列表中，如确属需要可保留。This value is not in the list; keep it if it is right.'
    : '请从下拉列表中选择。Please pick a value from the drop-down list.',
});

/** "$d$4:$b$4" → "B4:D4": ExcelJS keys validations by the exact text of the range. */
const normalizedRange = (range: string): string => {
  const rect = parseRange(range);
  return rangeAddress(rect.top, rect.left, rect.bottom, rect.right);
};

const lookKey = (look: CellLook): string => `${look.style ?? ''}|${look.numFmt ?? ''}|${look.unlocked ? 1 : 0}`;

const styleOf = (look: CellLook): Partial<Style> => ({
  ...(look.style ? cellStylePalette[look.style] : {}),
  ...(look.numFmt ? { numFmt: look.numFmt } : {}),
  ...(look.unlocked ? { protection: { locked: false } } : {}),
});

/**
 * Writes one grid (already neutralized) as a worksheet: values, column widths, frozen header rows,
 * styles with number formats, unlocked input cells, merges and list drop-downs.
 *
 * @param listRefs list name → absolute range on the lists sheet (see `planListColumns`); a list the
 *   grid names but that is empty has no entry and gets no drop-down.
 * @throws RangeError when a validation names a list the grid does not define, a range is not A1, or
 *   a text is longer than Excel's 32,767 characters per cell.
 */
export const writeGridSheet = (workbook: Workbook, grid: Grid, listRefs: ReadonlyMap<string, string>): Worksheet => {
  const sheet = workbook.addWorksheet(grid.sheetName, {
    // ExcelJS writes no <col> for a width of exactly 9 (its default); saying so keeps such columns at 9.
    properties: { defaultColWidth: 9 },
    views: grid.frozenRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: grid.frozenRows, topLeftCell: cellAddress(grid.frozenRows, 0) }] : [],
  });
  grid.columnWidths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      // Excel reports a file with a longer text as corrupt.
      if (typeof value === 'string' && value.length > maxCellText) {
        throw new RangeError(`text longer than ${maxCellText} characters in ${cellAddress(r, c)}`);
      }
      // An empty text is an empty cell, as Excel itself would store it.
      if (value !== null && value !== '') sheet.getCell(r + 1, c + 1).value = value;
    }),
  );

  const looks = new Map<string, CellLook>();
  const paint = (range: string, change: (look: CellLook) => void): void =>
    forEachCell(parseRange(range), (r, c) => {
      const key = cellAddress(r, c);
      const look = looks.get(key) ?? {};
      change(look);
      looks.set(key, look);
    });
  for (const { range, style } of grid.styles) paint(range, (look) => (look.style = style));
  for (const { range, format } of grid.formats) paint(range, (look) => (look.numFmt = format));
  for (const { range } of grid.inputs) paint(range, (look) => (look.unlocked = true));
  // One style object per distinct look keeps ExcelJS from creating thousands of identical xfs.
  const styles = new Map<string, Partial<Style>>();
  for (const [address, look] of looks) {
    const key = lookKey(look);
    const style = styles.get(key) ?? styleOf(look);
    styles.set(key, style);
    sheet.getCell(address).style = style;
  }

  // Without style: each cell of a merged range keeps the border the grid gave it.
  for (const { range } of grid.merges) {
    const rect = parseRange(range);
    if (rect.top === rect.bottom && rect.left === rect.right) continue;
    sheet.mergeCellsWithoutStyle(rect.top + 1, rect.left + 1, rect.bottom + 1, rect.right + 1);
  }

  const validations = (sheet as unknown as WithDataValidations).dataValidations;
  for (const { range, list, allowOther } of grid.validations) {
    if (!Object.hasOwn(grid.lists, list)) throw new RangeError(`validation ${range} names an unknown list: ${list}`);
    const ref = listRefs.get(list);
    if (ref !== undefined) validations.add(normalizedRange(range), listValidation(ref, allowOther === true));
  }
  return sheet;
};
