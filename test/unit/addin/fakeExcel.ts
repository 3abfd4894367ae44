/**
 * A RECORDING STAND-IN for the slice of the Excel JavaScript API the adapter uses. Like Excel, it
 * queues every call and applies it only at `context.sync()` (in order, failing the whole sync on
 * the first error), resolves `load()`ed properties after the sync, refuses changes on a protected
 * sheet except values in unlocked cells, and answers ItemNotFound for missing sheets. It counts
 * syncs and measures each request's payload (the JSON of the queued calls, UTF-8).
 */
import { cellAddress, parseAddress, rangeAddress } from '../../../domain/grid/address';
import type { CellValue } from '../../../domain/grid/grid';

export interface CellState {
  value: CellValue;
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  locked: boolean;
  borders: Set<string>;
}

export interface SheetState {
  name: string;
  visibility: string;
  protected: boolean;
  frozenRows: number;
  cells: Map<string, CellState>;
  merges: string[];
  validations: Map<string, string>;
  columnWidths: Map<string, number>;
  notes: Map<string, string>;
  /** The AutoFilter's range ("A1:V13"), when one is applied. */
  filter?: string;
}

class OfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

interface Area { row0: number; col0: number; row1: number; col1: number }

const areaOf = (address: string | undefined): Area => {
  if (address === undefined) return { row0: 0, col0: 0, row1: 1_048_575, col1: 16_383 };
  const column = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (column) {
    const a = parseAddress(`${column[1]}1`)!;
    const b = parseAddress(`${column[2]}1`)!;
    return { row0: 0, col0: a.col0, row1: 1_048_575, col1: b.col0 };
  }
  const [from, to = from] = address.split(':');
  const a = parseAddress(from!);
  const b = parseAddress(to!);
  if (!a || !b) throw new OfficeError('InvalidArgument', `bad address ${address}`);
  return { row0: a.row0, col0: a.col0, row1: b.row0, col1: b.col0 };
};

export class FakeExcel {
  readonly sheets = new Map<string, SheetState>();
  readonly settings = new Map<string, string>();
  readonly sheetOrder: string[] = [];
  activeSheet = '';
  selected = 'A1';
  syncs = 0;
  /** Payload bytes of each request (one per sync). */
  readonly requestBytes: number[] = [];
  /** Member names called in each request, e.g. "worksheet.protect". */
  readonly requestOps: string[][] = [];
  calculationSuspended = 0;
  /** Cells written with a leading apostrophe (text that would otherwise be read as a formula). */
  readonly textPrefixed: string[] = [];
  private queue: { op: string; bytes: number; apply: () => void }[] = [];
  private readonly encoder = new TextEncoder();

  /** The `context` the adapter receives. */
  readonly context: Excel.RequestContext;

  constructor() {
    this.context = {
      workbook: {
        worksheets: {
          getItem: (name: string) => this.worksheet(name, false),
          getItemOrNullObject: (name: string) => this.worksheet(name, true),
          add: (name: string) => {
            this.record('worksheets.add', [name], () => {
              if (this.sheets.has(name)) throw new OfficeError('ItemAlreadyExists', name);
              this.sheets.set(name, { name, visibility: 'Visible', protected: false, frozenRows: 0, cells: new Map(), merges: [], validations: new Map(), columnWidths: new Map(), notes: new Map() });
              this.sheetOrder.push(name);
            });
            return this.worksheet(name, false);
          },
        },
        settings: {
          add: (key: string, value: string) => this.record('settings.add', [key, value], () => void this.settings.set(key, value)),
          getItemOrNullObject: (key: string) => {
            const item = { isNullObject: false, value: undefined as unknown, load: () => { this.record('setting.load', [key], () => { item.isNullObject = !this.settings.has(key); item.value = this.settings.get(key); }); return item; } };
            return item;
          },
        },
        getActiveCell: () => {
          const cell = { address: '', load: () => { this.record('activeCell.load', [], () => { cell.address = `${this.activeSheet}!${this.selected}`; }); return cell; } };
          return cell;
        },
      },
      application: { suspendApiCalculationUntilNextSync: () => this.record('application.suspendApiCalculationUntilNextSync', [], () => void this.calculationSuspended++) },
      sync: async () => this.sync(),
    } as unknown as Excel.RequestContext;
  }

  sheet(name: string): SheetState {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new Error(`test: no sheet ${name}`);
    return sheet;
  }

  cell(sheetName: string, address: string): CellState | undefined {
    return this.sheet(sheetName).cells.get(address);
  }

  /** Puts a value into a cell directly, as a user typing would. */
  type(sheetName: string, address: string, value: CellValue): void {
    const sheet = this.sheet(sheetName);
    const cell = sheet.cells.get(address) ?? { value: null, locked: true, borders: new Set() };
    cell.value = value;
    sheet.cells.set(address, cell);
  }

  /** Drops what is queued and not synced, as Excel.run does when its batch throws. */
  discardQueued(): void {
    this.queue = [];
  }

  private async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.syncs++;
    this.requestBytes.push(queue.reduce((sum, q) => sum + q.bytes, 0));
    this.requestOps.push(queue.map((q) => q.op));
    for (const q of queue) q.apply();
  }

  private record(op: string, args: unknown[], apply: () => void): void {
    this.queue.push({ op, bytes: this.encoder.encode(JSON.stringify({ op, args })).length, apply });
  }

  private state(name: string): SheetState {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new OfficeError('ItemNotFound', `worksheet ${name}`);
    return sheet;
  }

  /** Fails like Excel when a protected sheet would change (values in unlocked cells excepted). */
  private guard(sheet: SheetState, area: Area, what: 'values' | 'other'): void {
    if (!sheet.protected) return;
    if (what === 'values' && this.cellsOf(sheet, area, false).every((c) => c && !c.locked)) return;
    throw new OfficeError('AccessDenied', `${sheet.name} is protected`);
  }

  private cellsOf(sheet: SheetState, area: Area, create: boolean): (CellState | undefined)[] {
    const cells: (CellState | undefined)[] = [];
    for (let r = area.row0; r <= area.row1; r++) {
      for (let c = area.col0; c <= area.col1; c++) {
        const key = cellAddress(r, c);
        let cell = sheet.cells.get(key);
        if (!cell && create) sheet.cells.set(key, (cell = { value: null, locked: true, borders: new Set() }));
        cells.push(cell);
      }
    }
    return cells;
  }

  private forEachCell(sheet: SheetState, area: Area, fn: (cell: CellState, r: number, c: number) => void): void {
    // Whole-sheet and whole-column ranges touch only cells that exist.
    if (area.row1 - area.row0 > 100_000) {
      for (const [key, cell] of sheet.cells) {
        const p = parseAddress(key)!;
        if (p.row0 >= area.row0 && p.row0 <= area.row1 && p.col0 >= area.col0 && p.col0 <= area.col1) fn(cell, p.row0, p.col0);
      }
      return;
    }
    for (let r = area.row0; r <= area.row1; r++) {
      for (let c = area.col0; c <= area.col1; c++) {
        const key = cellAddress(r, c);
        let cell = sheet.cells.get(key);
        if (!cell) sheet.cells.set(key, (cell = { value: null, locked: true, borders: new Set() }));
        fn(cell, r, c);
      }
    }
  }

  private worksheet(name: string, orNull: boolean): Excel.Worksheet {
    // Getters and setters of the object literals below have their own `this`: the stand-in is `self`.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    const st = () => this.state(name);
    const ws = {
      isNullObject: false,
      load() {
        self.record('worksheet.load', [name], () => { ws.isNullObject = !self.sheets.has(name); if (!orNull && ws.isNullObject) throw new OfficeError('ItemNotFound', name); });
        return ws;
      },
      set visibility(v: string) { self.record('worksheet.visibility', [name, v], () => void (st().visibility = v)); },
      protection: {
        protected: false,
        protect: (options: unknown) => self.record('worksheet.protect', [name, options], () => { st().protected = true; }),
        unprotect: () => self.record('worksheet.unprotect', [name], () => { st().protected = false; }),
        load: () => { self.record('protection.load', [name], () => { ws.protection.protected = st().protected; }); return ws.protection; },
      },
      freezePanes: {
        freezeRows: (n: number) => self.record('freezePanes.freezeRows', [name, n], () => { self.guard(st(), areaOf('A1'), 'other'); st().frozenRows = n; }),
        unfreeze: () => self.record('freezePanes.unfreeze', [name], () => { st().frozenRows = 0; }),
      },
      notes: {
        add: (address: string, content: string) => self.record('notes.add', [name, address, content], () => {
          self.guard(st(), areaOf(address), 'other');
          if (st().notes.has(address)) throw new OfficeError('InvalidArgument', `note exists at ${address}`);
          st().notes.set(address, content);
        }),
        getItemOrNullObject: (address: string) => {
          const note = {
            isNullObject: false,
            load: () => { self.record('note.load', [name, address], () => { note.isNullObject = !st().notes.has(address); }); return note; },
            delete: () => self.record('note.delete', [name, address], () => { self.guard(st(), areaOf(address), 'other'); if (!st().notes.delete(address)) throw new OfficeError('ItemNotFound', address); }),
          };
          return note;
        },
      },
      autoFilter: {
        apply: (range: { area: () => Area }) => self.record('autoFilter.apply', [name], () => {
          const a = range.area();
          st().filter = rangeAddress(a.row0, a.col0, a.row1, a.col1);
        }),
        remove: () => self.record('autoFilter.remove', [name], () => { delete st().filter; }),
      },
      activate: () => self.record('worksheet.activate', [name], () => { st(); self.activeSheet = name; }),
      getRange: (address?: string) => self.range(name, () => areaOf(address), address ?? '(all)'),
      getUsedRange: () => self.range(name, () => {
        let row1 = 0;
        let col1 = 0;
        for (const [key, cell] of st().cells) {
          if (cell.value === null || cell.value === '') continue;
          const p = parseAddress(key)!;
          row1 = Math.max(row1, p.row0);
          col1 = Math.max(col1, p.col0);
        }
        return { row0: 0, col0: 0, row1, col1 };
      }, '(used)'),
    };
    return ws as unknown as Excel.Worksheet;
  }

  private range(sheetName: string, area: () => Area, label: string): Excel.Range & { area: () => Area } {
    // Getters and setters of the object literals below have their own `this`: the stand-in is `self`.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    const st = () => this.state(sheetName);
    const paint = (prop: string, fn: (cell: CellState) => void) => (value: unknown) =>
      self.record(`format.${prop}`, [sheetName, label, value], () => { self.guard(st(), area(), 'other'); self.forEachCell(st(), area(), fn); });
    const fits = (v: unknown[][], a: Area) => v.length === a.row1 - a.row0 + 1 && v.every((row) => row.length === a.col1 - a.col0 + 1);
    let loadedValues: CellValue[][] | undefined;
    let loadedFill: string | undefined;
    const fill = {
      /** Reading needs a load and a sync first, as in Excel. */
      get color(): string {
        if (loadedFill === undefined) throw new OfficeError('PropertyNotLoaded', 'fill.color');
        return loadedFill;
      },
      set color(v: string) { paint('fill.color', (c) => { c.fill = v; })(v); },
      load() {
        self.record('fill.load', [sheetName, label], () => { const a = area(); loadedFill = st().cells.get(cellAddress(a.row0, a.col0))?.fill ?? '#FFFFFF'; });
        return fill;
      },
      clear: () => paint('fill.clear', (c) => { delete c.fill; })(null),
    };
    const range = {
      area,
      get values(): CellValue[][] {
        if (!loadedValues) throw new OfficeError('PropertyNotLoaded', 'values');
        return loadedValues;
      },
      set values(v: CellValue[][]) {
        self.record('range.values', [sheetName, label, v], () => {
          const a = area();
          self.guard(st(), a, 'values');
          if (!fits(v, a)) throw new OfficeError('InvalidArgument', `values do not fit ${label}`);
          v.forEach((row, r) => row.forEach((value, c) => {
            const key = cellAddress(a.row0 + r, a.col0 + c);
            const cell = st().cells.get(key) ?? { value: null, locked: true, borders: new Set<string>() };
            // Like typing: a leading apostrophe makes text and is not part of the value; null leaves the cell as it is.
            const prefixed = typeof value === 'string' && value.startsWith("'");
          if (prefixed) self.textPrefixed.push(`${sheetName}!${key}`);
          if (value !== null) cell.value = prefixed ? value.slice(1) : value;
            st().cells.set(key, cell);
          }));
        });
      },
      set numberFormat(v: string[][]) {
        self.record('range.numberFormat', [sheetName, label, v], () => {
          const a = area();
          self.guard(st(), a, 'other');
          if (!fits(v, a)) throw new OfficeError('InvalidArgument', `formats do not fit ${label}`);
          self.forEachCell(st(), a, (cell, r, c) => { cell.numberFormat = v[r - a.row0]![c - a.col0]; });
        });
      },
      load() {
        self.record('range.load', [sheetName, label], () => {
          const a = area();
          loadedValues = Array.from({ length: a.row1 - a.row0 + 1 }, (_, r) =>
            Array.from({ length: a.col1 - a.col0 + 1 }, (_, c) => st().cells.get(cellAddress(a.row0 + r, a.col0 + c))?.value ?? ''));
        });
        return range;
      },
      getBoundingRect(other: { area: () => Area }) {
        return self.range(sheetName, () => {
          const a = area();
          const b = other.area();
          return { row0: Math.min(a.row0, b.row0), col0: Math.min(a.col0, b.col0), row1: Math.max(a.row1, b.row1), col1: Math.max(a.col1, b.col1) };
        }, `${label}+bounds`);
      },
      merge: () => self.record('range.merge', [sheetName, label], () => { self.guard(st(), area(), 'other'); const a = area(); st().merges.push(rangeAddress(a.row0, a.col0, a.row1, a.col1)); }),
      unmerge: () => self.record('range.unmerge', [sheetName, label], () => { self.guard(st(), area(), 'other'); st().merges = []; }),
      clear: (applyTo: string) => self.record('range.clear', [sheetName, label, applyTo], () => {
        self.guard(st(), area(), 'other');
        const a = area();
        const inside = (key: string) => { const p = parseAddress(key)!; return p.row0 >= a.row0 && p.row0 <= a.row1 && p.col0 >= a.col0 && p.col0 <= a.col1; };
        for (const key of [...st().cells.keys()]) if (inside(key)) st().cells.delete(key);
        for (const key of [...st().notes.keys()]) if (inside(key)) st().notes.delete(key);
      }),
      select: () => self.record('range.select', [sheetName, label], () => { st(); self.activeSheet = sheetName; const a = area(); self.selected = cellAddress(a.row0, a.col0); }),
      dataValidation: {
        clear: () => self.record('dataValidation.clear', [sheetName, label], () => { self.guard(st(), area(), 'other'); st().validations.clear(); }),
        set rule(rule: { list: { source: string } }) {
          self.record('dataValidation.rule', [sheetName, label, rule], () => {
            self.guard(st(), area(), 'other');
            const a = area();
            st().validations.set(rangeAddress(a.row0, a.col0, a.row1, a.col1), rule.list.source);
          });
        },
        set errorAlert(alert: unknown) { self.record('dataValidation.errorAlert', [sheetName, label, alert], () => self.guard(st(), area(), 'other')); },
      },
      format: {
        fill,
        font: {
          set bold(v: boolean) { paint('font.bold', (c) => { c.bold = v; })(v); },
          set italic(v: boolean) { paint('font.italic', () => undefined)(v); },
          set size(v: number) { paint('font.size', () => undefined)(v); },
          set color(v: string) { paint('font.color', () => undefined)(v); },
        },
        set wrapText(v: boolean) { paint('wrapText', () => undefined)(v); },
        set horizontalAlignment(v: string) { paint('horizontalAlignment', () => undefined)(v); },
        set verticalAlignment(v: string) { paint('verticalAlignment', () => undefined)(v); },
        set columnWidth(v: number) {
          self.record('format.columnWidth', [sheetName, label, v], () => { self.guard(st(), area(), 'other'); st().columnWidths.set(label.split(':')[0]!, v); });
        },
        borders: { getItem: (edge: string) => ({ set style(v: string) { paint(`borders.${edge}`, (c) => { c.borders.add(edge); })(v); } }) },
        protection: {
          set locked(v: boolean) { self.record('protection.locked', [sheetName, label, v], () => { self.guard(st(), area(), 'other'); self.forEachCell(st(), area(), (c) => { c.locked = v; }); }); },
        },
      },
    };
    return range as unknown as Excel.Range & { area: () => Area };
  }
}

