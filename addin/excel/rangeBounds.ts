import { parseAddress } from '../../domain/grid/address';

/** Rows and columns of an A1 range ("B4:D6" → 3 × 3, "C7" → 1 × 1). */
export interface RangeBounds {
  row0: number;
  col0: number;
  rows: number;
  columns: number;
}

/** Parses "B4:D6" or "C7" (with or without $); throws on anything else, as grids are ours. */
export function rangeBounds(range: string): RangeBounds {
  const [from, to = from] = range.split(':');
  const a = parseAddress(from ?? '');
  const b = parseAddress(to ?? '');
  if (!a || !b) throw new RangeError(`not an A1 range: ${range}`);
  const row0 = Math.min(a.row0, b.row0);
  const col0 = Math.min(a.col0, b.col0);
  return { row0, col0, rows: Math.abs(a.row0 - b.row0) + 1, columns: Math.abs(a.col0 - b.col0) + 1 };
}
