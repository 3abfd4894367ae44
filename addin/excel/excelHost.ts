import type { ConsolidationForm } from '../../domain/consolidation/consolidationForm';
import type { ConsolidationBatch } from '../../domain/consolidation/consolidationRow';
import type { CellValue, Grid } from '../../domain/grid/grid';
import type { PullProgress, PullReport } from '../consolidation/pullIntoExcel';
import type { Problem } from '../../domain/problem';
import type { SheetMeta } from './sheetNames';

/** A cell to write by address, e.g. when an indicator from the library goes into a row. */
export interface CellWrite {
  address: string;
  value: CellValue;
}

/** A rectangle of values to write at once, e.g. a run of score cells ("G14:G20"). */
export interface CellBlock {
  /** A1 range without the sheet name; its size matches `values`. */
  address: string;
  values: CellValue[][];
}

/** A change Excel reported on a sheet (Office `worksheet.onChanged`). */
export interface SheetChange {
  /** The changed range, A1 without the sheet name ("E14", "E14:E20"). */
  address: string;
  /** True when Excel says this add-in made the change (ExcelApi 1.14 `triggerSource`); false or unknown otherwise. */
  byThisAddin: boolean;
}

/**
 * What the task pane needs from Excel, with no Office types: the controller talks to this, the
 * Office.js adapter (officeExcelHost.ts) implements it, and tests use a fake.
 */
export interface ExcelHost {
  /** Writes a whole form into its worksheet (created or reused); read-only sheets keep inputs locked. */
  writeGrid(grid: Grid, options?: { readOnly?: boolean; meta?: SheetMeta }): Promise<void>;
  /** What the pane wrote into the sheet (writeGrid's `meta`), if anything. */
  readMeta(sheetName: string): Promise<SheetMeta | undefined>;
  /** The sheet's values from A1 to the last used cell; throws HostError 'sheet.missing' when there is no such sheet. */
  readGrid(sheetName: string): Promise<CellValue[][]>;
  /** Colours the cells of the problems (and notes them where the host can), clearing earlier marks. */
  markProblems(sheetName: string, problems: Problem[]): Promise<void>;
  /** Activates the sheet and selects the cell. */
  selectCell(sheetName: string, address: string): Promise<void>;
  /** The active cell (top-left of the selection). */
  selectedCell(): Promise<{ sheetName: string; address: string }>;
  /** Writes single cells on a (protected) form sheet. */
  writeCells(sheetName: string, cells: CellWrite[]): Promise<void>;
  /**
   * Writes blocks of values on a protected form sheet (locked cells included) in one sync whatever
   * the number of blocks: the live score's write-back. Optional: hosts without it (the ribbon's)
   * never score live.
   */
  writeBlocks?(sheetName: string, blocks: CellBlock[]): Promise<void>;
  /**
   * Calls `onChange` for every change Excel reports on the sheet, until the returned function is
   * called. Optional: without it the pane scores on 检查 only.
   */
  watchChanges?(sheetName: string, onChange: (change: SheetChange) => void): Promise<() => Promise<void>>;
  /**
   * Pulls consolidated pages into the form's 汇总, 项目 and 指标 sheets (created, or rewritten in
   * place), reporting rows written after each request; `signal` stops it after the current page.
   * Optional: the ribbon's host does not pull.
   */
  pull?(form: ConsolidationForm, pages: AsyncIterable<ConsolidationBatch>, options: { onProgress?: (progress: PullProgress) => void; signal?: AbortSignal }): Promise<PullReport>;
}

/** A failure of the Excel side that the pane explains to the user. */
export class HostError extends Error {
  override readonly name = 'HostError';

  constructor(
    readonly code: 'sheet.missing' | 'host.failed',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
