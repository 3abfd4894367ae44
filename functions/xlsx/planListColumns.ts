import { columnLetter } from '../../domain/grid/address';
import type { Grid } from '../../domain/grid/grid';
import { listsSheetName } from './hiddenSheets';

/** One column of the lists sheet: the list's name in row 1, its items from row 2 down. */
export interface ListColumn {
  name: string;
  items: string[];
}

export interface ListPlan {
  columns: ListColumn[];
  /** Per grid (same order as the input), list name → absolute reference such as `_lists!$B$2:$B$9`. */
  refs: Map<string, string>[];
}

/**
 * Lays out the drop-down lists of all grids on one hidden sheet. Drop-downs reference ranges there
 * rather than inline lists, which Excel caps at 255 characters. Two grids that share a list with the
 * same name and items share its column; an empty list gets no column (and so no drop-down).
 *
 * @example
 * planListColumns([grid]).refs[0]?.get('operator') // '_lists!$A$2:$A$5'
 */
export const planListColumns = (grids: readonly Grid[]): ListPlan => {
  const columns: ListColumn[] = [];
  const refByContent = new Map<string, string>();
  const refs = grids.map((grid) => {
    const gridRefs = new Map<string, string>();
    for (const [name, items] of Object.entries(grid.lists)) {
      if (items.length === 0) continue;
      const key = JSON.stringify([name, items]);
      let ref = refByContent.get(key);
      if (ref === undefined) {
        const letter = columnLetter(columns.length);
        ref = `${listsSheetName}!$${letter}$2:$${letter}$${items.length + 1}`;
        refByContent.set(key, ref);
        columns.push({ name, items });
      }
      gridRefs.set(name, ref);
    }
    return gridRefs;
  });
  return { columns, refs };
};
