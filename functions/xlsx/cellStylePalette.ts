import type { Alignment, Border, Borders, Fill, Font } from 'exceljs';
import type { CellStyle } from '../../domain/grid/grid';

/** What one grid style paints; the number format and the lock are added per cell. */
export interface PaletteEntry {
  font?: Partial<Font>;
  fill?: Fill;
  border?: Partial<Borders>;
  alignment?: Partial<Alignment>;
}

const thin: Partial<Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const box: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const wrapMiddle: Partial<Alignment> = { vertical: 'middle', wrapText: true };

/**
 * The small palette every offline workbook uses, so that filers recognise at a glance what they may
 * type (light yellow), what is computed (light blue) and what is a label (grey).
 */
export const cellStylePalette: Record<CellStyle, PaletteEntry> = {
  title: { font: { bold: true, size: 16 }, alignment: { horizontal: 'center', vertical: 'middle' } },
  label: { fill: solid('FFF2F2F2'), border: box, alignment: wrapMiddle },
  header: { font: { bold: true }, border: box, alignment: { ...wrapMiddle, horizontal: 'center' } },
  input: { fill: solid('FFFFF2CC'), border: box, alignment: wrapMiddle },
  computed: { fill: solid('FFDDEBF7'), border: box, alignment: wrapMiddle },
  note: { font: { italic: true, color: { argb: 'FF595959' } }, alignment: wrapMiddle },
};
