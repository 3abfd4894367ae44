import type { CellStyle } from '../../domain/grid/grid';

/**
 * How each grid style looks in Excel; the same palette as the .xlsx renderer so a sheet looks alike
 * whether it came from the add-in or a downloaded file.
 */
export interface Paint {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  borders?: boolean;
  wrap?: boolean;
  center?: boolean;
}

export const palette: Record<CellStyle, Paint> = {
  title: { bold: true, fontSize: 16, center: true },
  label: { fill: '#F2F2F2', bold: true, borders: true, wrap: true },
  header: { fill: '#D9E1F2', bold: true, borders: true, wrap: true, center: true },
  input: { fill: '#FFFBE6', borders: true, wrap: true },
  computed: { fill: '#DDEBF7', borders: true },
  note: { italic: true, fontColor: '#595959', wrap: true },
};

/** Fills of marked problem cells: Excel's own "bad" red and "neutral" yellow. */
export const problemFill = { error: '#FFC7CE', warning: '#FFEB9C' } as const;

/**
 * Excel column width in points from a width in characters (of the default font's "0"):
 * pixels = characters × 7 + 5 for an 11-pt default font, and 1 px = 0.75 pt.
 */
export const columnWidthPoints = (characters: number): number => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
