/**
 * A1 addresses (0-based row and column indexes in code, "D12" on the sheet).
 * Excel's limits: 16,384 columns (A…XFD) and 1,048,576 rows per worksheet.
 */
export const maxColumns = 16_384;
export const maxRows = 1_048_576;

/**
 * The column letters of a 0-based column index.
 *
 * @example
 * columnLetter(0) // 'A'
 * columnLetter(27) // 'AB'
 */
export const columnLetter = (index0: number): string => {
  if (!Number.isInteger(index0) || index0 < 0 || index0 >= maxColumns) {
    throw new RangeError(`column index out of range: ${index0}`);
  }
  let letters = '';
  // Bijective base 26: A=1 … Z=26, so 26 → 'Z' and 27 → 'AA'.
  for (let n = index0 + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
};

/** The 0-based column index of column letters ("A" → 0, "AB" → 27); case-insensitive. */
export const columnIndex = (letters: string): number => {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`not column letters: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > maxColumns) throw new RangeError(`column out of range: ${letters}`);
  return n - 1;
};

/**
 * The A1 address of a cell given 0-based row and column.
 *
 * @example
 * cellAddress(11, 3) // 'D12'
 */
export const cellAddress = (row0: number, col0: number): string => {
  if (!Number.isInteger(row0) || row0 < 0 || row0 >= maxRows) throw new RangeError(`row index out of range: ${row0}`);
  return `${columnLetter(col0)}${row0 + 1}`;
};

/** A parsed A1 address, 0-based. */
export interface CellPosition {
  row0: number;
  col0: number;
}

/**
 * Parses an A1 address ("D12", "$D$12", "d12") into 0-based row and column; undefined if it is not one.
 *
 * @example
 * parseAddress('D12') // { row0: 11, col0: 3 }
 */
export const parseAddress = (address: string): CellPosition | undefined => {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(address.trim());
  if (!match) return undefined;
  const row = Number(match[2]);
  const letters = match[1]!;
  let col0: number;
  try {
    col0 = columnIndex(letters);
  } catch {
    return undefined;
  }
  if (row > maxRows) return undefined;
  return { row0: row - 1, col0 };
};

/**
 * The A1 address of a rectangle given its 0-based corners; a single cell gives "C7", not "C7:C7".
 *
 * @example
 * rangeAddress(3, 1, 3, 3) // 'B4:D4'
 */
export const rangeAddress = (r0: number, c0: number, r1: number, c1: number): string => {
  const top = Math.min(r0, r1);
  const bottom = Math.max(r0, r1);
  const left = Math.min(c0, c1);
  const right = Math.max(c0, c1);
  const from = cellAddress(top, left);
  return top === bottom && left === right ? from : `${from}:${cellAddress(bottom, right)}`;
};
