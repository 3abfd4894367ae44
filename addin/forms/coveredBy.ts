import { rangeBounds, type RangeBounds } from '../excel/rangeBounds';
import type { CellBlock } from '../excel/excelHost';

const boundsOf = (address: string): RangeBounds | undefined => {
  try {
    return rangeBounds(address);
  } catch {
    // Whole rows or columns ("3:3", "A:A"): not ours to judge, so never "covered".
    return undefined;
  }
};

const overlap = (a: RangeBounds, b: RangeBounds): number => {
  const rows = Math.min(a.row0 + a.rows, b.row0 + b.rows) - Math.max(a.row0, b.row0);
  const columns = Math.min(a.col0 + a.columns, b.col0 + b.columns) - Math.max(a.col0, b.col0);
  return rows > 0 && columns > 0 ? rows * columns : 0;
};

/**
 * True when every cell of `address` ("G14", "G14:G20", or a comma-separated list) lies inside the
 * blocks, which must not overlap each other: the cells overlapped add up to the range's area.
 * The live score uses it to tell its own write-back from the filer's typing.
 *
 * @example
 * coveredBy('G15', [{ address: 'G14:G20', values }]) // true
 */
export function coveredBy(address: string, blocks: readonly Pick<CellBlock, 'address'>[]): boolean {
  const areas = blocks.map((block) => boundsOf(block.address)).filter((b): b is RangeBounds => b !== undefined);
  return address.split(',').every((part) => {
    const range = boundsOf(part.replace(/^.*!/, ''));
    if (!range) return false;
    const covered = areas.reduce((sum, area) => sum + overlap(range, area), 0);
    return covered === range.rows * range.columns;
  });
}
