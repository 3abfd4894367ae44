import { columnLetter } from '../../domain/grid/address';
import type { CellValue } from '../../domain/grid/grid';
import { chunkRows, defaultRequestBudgetBytes, payloadBytes } from '../excel/requestBudget';

/** One `range.values` assignment: a block of whole rows at `address`. */
export interface RangeWrite {
  sheetName: string;
  /** e.g. "A2:V1201". */
  address: string;
  values: CellValue[][];
  /** Number formats of the same cells, when the sheet has them (text columns stay text: "98.50" is not 98.5). */
  numberFormat?: string[][];
  bytes: number;
}

/** What goes to Excel between two `context.sync()` calls: one request, under the budget. */
export interface PullRequest {
  writes: RangeWrite[];
  bytes: number;
}

export interface PullPlannerOptions {
  /** Largest request (default 4 MB, under Excel on the web's ~5 MB per request). */
  budgetBytes?: number;
  /** Largest single `range.values` (default 1 MB). */
  chunkBytes?: number;
}

/**
 * Plans the pull of consolidated rows into worksheets (docs/addin.md "Consolidate: pull into the workbook"), without touching Excel: rows
 * arrive page by page; they are held until a request's worth (the budget) is there, then cut into
 * row blocks (`range.values` assignments) that together fill one request. So the number of
 * `context.sync()` calls is about total payload ÷ budget, never one per page or per row, and no
 * request passes the limit. Pure: the Office.js executor (pullIntoExcel.ts) and the benchmark use it.
 *
 * @example
 * const planner = pullPlanner();
 * planner.start('绩效目标-指标', 1, 22);
 * for (const request of planner.append('绩效目标-指标', rows)) await send(request);
 * for (const request of planner.flush()) await send(request);
 */
export const pullPlanner = (options: PullPlannerOptions = {}) => {
  const budgetBytes = options.budgetBytes ?? defaultRequestBudgetBytes;
  const chunkBytes = Math.min(options.chunkBytes ?? 1_000_000, budgetBytes);
  const sheets = new Map<string, { nextRow0: number; columns: number; formats?: string[]; formatBytes: number; pending: CellValue[][]; pendingBytes: number }>();
  let largestRequestBytes = 0;
  let requests = 0;

  const sheetOf = (sheetName: string) => {
    const sheet = sheets.get(sheetName);
    if (!sheet) throw new Error(`pullPlanner: sheet ${sheetName} was not started`);
    return sheet;
  };

  /**
   * Cuts every sheet's pending rows into writes and groups them into requests under the budget.
   * Unless `final`, the last request (not full yet) goes back to pending for the next rows.
   */
  const drain = (final: boolean): PullRequest[] => {
    const out: PullRequest[] = [];
    let current: PullRequest = { writes: [], bytes: 0 };
    for (const [sheetName, sheet] of sheets) {
      for (const chunk of chunkRows(sheet.pending, chunkBytes)) {
        const bytes = chunk.bytes + sheet.formatBytes * chunk.rows.length;
        if (current.writes.length > 0 && current.bytes + bytes > budgetBytes) {
          out.push(current);
          current = { writes: [], bytes: 0 };
        }
        const first = sheet.nextRow0 + chunk.start;
        const address = `A${first + 1}:${columnLetter(sheet.columns - 1)}${first + chunk.rows.length}`;
        const formats = sheet.formats;
        current.writes.push({ sheetName, address, values: chunk.rows, ...(formats ? { numberFormat: chunk.rows.map(() => formats) } : {}), bytes });
        current.bytes += bytes;
      }
      sheet.nextRow0 += sheet.pending.length;
      sheet.pending = [];
      sheet.pendingBytes = 0;
    }
    if (final && current.writes.length > 0) out.push(current);
    // The partial request holds the last rows of each sheet in it: they wait for more.
    if (!final) {
      for (const write of current.writes) {
        const sheet = sheetOf(write.sheetName);
        sheet.pending.push(...write.values);
        sheet.pendingBytes += write.bytes;
        sheet.nextRow0 -= write.values.length;
      }
    }
    for (const request of out) largestRequestBytes = Math.max(largestRequestBytes, request.bytes);
    requests += out.length;
    return out;
  };

  const pendingBytes = () => [...sheets.values()].reduce((sum, sheet) => sum + sheet.pendingBytes, 0);

  return {
    /**
     * Declares a sheet whose data starts at 0-based row `firstRow0` and spans `columns` columns;
     * with `formats` (one per column), every write carries them and they count in the payload.
     */
    start(sheetName: string, firstRow0: number, columns: number, formats?: string[]): void {
      const formatBytes = formats ? payloadBytes(formats) + 1 : 0;
      sheets.set(sheetName, { nextRow0: firstRow0, columns, ...(formats ? { formats } : {}), formatBytes, pending: [], pendingBytes: 0 });
    },
    /** Adds rows below the sheet's last ones; returns the requests that are full and ready to send. */
    append(sheetName: string, rows: CellValue[][]): PullRequest[] {
      const sheet = sheetOf(sheetName);
      for (const row of rows) {
        sheet.pending.push(row);
        sheet.pendingBytes += payloadBytes(row) + 1 + sheet.formatBytes;
      }
      return pendingBytes() >= budgetBytes ? drain(false) : [];
    },
    /** The rows still held, as requests (call once at the end). */
    flush: (): PullRequest[] => drain(true),
    /** Rows a sheet has after everything appended so far is written. */
    rowsOf: (sheetName: string): number => sheetOf(sheetName).nextRow0 + sheetOf(sheetName).pending.length,
    stats: () => ({ requests, largestRequestBytes }),
  };
};

export type PullPlanner = ReturnType<typeof pullPlanner>;
