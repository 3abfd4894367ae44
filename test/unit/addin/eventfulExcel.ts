/**
 * The recording stand-in (fakeExcel.ts) with worksheet change events, for the live score: every
 * `range.values` assignment raises `onChanged` for its sheet and address once its sync has run,
 * as Excel does for an add-in's own writes, and `typeCell` raises one as a user typing would.
 * `triggerSource` is 'Unknown' unless `reportAddinWrites` is set (ExcelApi 1.14 reports
 * 'ThisLocalAddin' for writes of this add-in), so the address filter is tested on its own.
 */
import { markProblems } from '../../../addin/excel/markProblems';
import { readGrid } from '../../../addin/excel/readGrid';
import { readSheetMeta } from '../../../addin/excel/readSheetMeta';
import { selectCell } from '../../../addin/excel/selectCell';
import { selectedCell } from '../../../addin/excel/selectedCell';
import { watchChanges } from '../../../addin/excel/watchChanges';
import { writeBlocks } from '../../../addin/excel/writeBlocks';
import { writeCells } from '../../../addin/excel/writeCells';
import { writeGrid } from '../../../addin/excel/writeGrid';
import { HostError, type ExcelHost } from '../../../addin/excel/excelHost';
import type { CellValue } from '../../../domain/grid/grid';
import { FakeExcel } from './fakeExcel';

type Handler = (event: { address: string; triggerSource: string; worksheetId: string; changeType: string; source: string }) => Promise<void>;

export class EventfulExcel {
  readonly fake = new FakeExcel();
  readonly context: Excel.RequestContext;
  reportAddinWrites = false;
  /** Every event raised, in order: "sheet!address". */
  readonly raised: string[] = [];
  private readonly handlers = new Map<string, Set<Handler>>();
  private pending: { sheetName: string; address: string }[] = [];

  constructor() {
    const base = this.fake.context;
    const worksheets = base.workbook.worksheets;
    const wrapRange = (sheetName: string, address: string, range: Excel.Range): Excel.Range =>
      new Proxy(range, {
        set: (target, prop, value) => {
          if (prop === 'values') this.pending.push({ sheetName, address });
          (target as unknown as Record<string | symbol, unknown>)[prop] = value;
          return true;
        },
      });
    const wrapSheet = (sheetName: string, sheet: Excel.Worksheet): Excel.Worksheet =>
      new Proxy(sheet, {
        get: (target, prop) => {
          if (prop === 'getRange') return (address?: string) => (address ? wrapRange(sheetName, address, target.getRange(address)) : target.getRange());
          if (prop === 'onChanged') return { add: (handler: Handler) => this.register(sheetName, handler) };
          return Reflect.get(target, prop);
        },
      });
    this.context = {
      workbook: {
        ...base.workbook,
        worksheets: {
          getItem: (name: string) => wrapSheet(name, worksheets.getItem(name)),
          getItemOrNullObject: (name: string) => wrapSheet(name, worksheets.getItemOrNullObject(name)),
          add: (name: string) => wrapSheet(name, worksheets.add(name)),
        },
      },
      application: base.application,
      sync: async () => {
        await base.sync();
        const written = this.pending;
        this.pending = [];
        for (const { sheetName, address } of written) this.raise(sheetName, address, this.reportAddinWrites ? 'ThisLocalAddin' : 'Unknown');
      },
    } as unknown as Excel.RequestContext;
  }

  /** A user typing into a cell: the value changes and Excel raises onChanged. */
  typeCell(sheetName: string, address: string, value: CellValue): void {
    this.fake.type(sheetName, address, value);
    this.raise(sheetName, address, 'Unknown');
  }

  /** Handlers currently registered on a sheet. */
  listeners(sheetName: string): number {
    return this.handlers.get(sheetName)?.size ?? 0;
  }

  private register(sheetName: string, handler: Handler) {
    const set = this.handlers.get(sheetName) ?? new Set<Handler>();
    this.handlers.set(sheetName, set);
    set.add(handler);
    return { context: this.context, remove: () => void set.delete(handler) };
  }

  private raise(sheetName: string, address: string, triggerSource: string): void {
    this.raised.push(`${sheetName}!${address}`);
    for (const handler of this.handlers.get(sheetName) ?? []) void handler({ address, triggerSource, worksheetId: sheetName, changeType: 'RangeEdited', source: 'Local' });
  }
}

/** An ExcelHost over the eventful stand-in through the real adapter functions, live-score methods included. */
export function eventfulHost(excel = new EventfulExcel()): ExcelHost & { excel: EventfulExcel } {
  const { context } = excel;
  return {
    excel,
    writeGrid: async (grid, options) => void (await writeGrid(context, grid, options)),
    readMeta: (sheetName) => readSheetMeta(context, sheetName),
    readGrid: async (sheetName) => {
      try {
        return await readGrid(context, sheetName);
      } catch (error) {
        if (error instanceof HostError) throw error;
        throw new HostError('host.failed', String(error), { cause: error });
      }
    },
    markProblems: (sheetName, problems) => markProblems(context, sheetName, problems, { notes: true }),
    selectCell: (sheetName, address) => selectCell(context, sheetName, address),
    selectedCell: () => selectedCell(context),
    writeCells: (sheetName, cells) => writeCells(context, sheetName, cells),
    writeBlocks: (sheetName, blocks) => writeBlocks(context, sheetName, blocks),
    watchChanges: async (sheetName, onChange) => {
      const registration = await watchChanges(context, sheetName, onChange);
      return async () => {
        registration.remove();
        await context.sync();
      };
    },
  };
}
