import type { Problem } from '../../domain/problem';

/** "D12" → [12, 4]; "AA3" → [3, 27]; anything else → undefined. */
const position = (cell: string | undefined): [number, number] | undefined => {
  const m = cell ? /^([A-Z]+)(\d+)$/.exec(cell) : null;
  if (!m?.[1] || !m[2]) return undefined;
  const column = [...m[1]].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return [Number(m[2]), column];
};

/**
 * Problems in reading order of the sheet (row, then column), the ones without a cell last, so the
 * list reads like the form from top to bottom. Stable for equal cells.
 */
export function sortByCell(problems: readonly Problem[]): Problem[] {
  return problems
    .map((p, index) => ({ p, index, at: position(p.cell) }))
    .sort((a, b) => {
      if (!a.at || !b.at) return a.at ? -1 : b.at ? 1 : a.index - b.index;
      return a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.index - b.index;
    })
    .map(({ p }) => p);
}
