import { parseAddress } from '../../domain/grid/address';

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Parses an A1 range ("B4:D4", "$C$7", "C7") into a rectangle; throws on anything else, since grid
 * ranges come from our own form specs and a bad one is a programming error.
 *
 * @example
 * parseRange('B4:D5') // { top: 3, left: 1, bottom: 4, right: 3 }
 */
export const parseRange = (range: string): CellRect => {
  const [from, to = from, extra] = range.split(':');
  const a = from === undefined ? undefined : parseAddress(from);
  const b = to === undefined ? undefined : parseAddress(to);
  if (!a || !b || extra !== undefined) throw new RangeError(`not an A1 range: ${range}`);
  return {
    top: Math.min(a.row0, b.row0),
    left: Math.min(a.col0, b.col0),
    bottom: Math.max(a.row0, b.row0),
    right: Math.max(a.col0, b.col0),
  };
};

/** Calls `visit` for every cell of the rectangle, row by row. */
export const forEachCell = (rect: CellRect, visit: (row0: number, col0: number) => void): void => {
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) visit(r, c);
  }
};
