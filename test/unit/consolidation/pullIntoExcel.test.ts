import { describe, expect, it } from 'vitest';
import { pullIntoExcel } from '../../../addin/consolidation/pullIntoExcel';
import { parseAddress } from '../../../domain/grid/address';
import type { ConsolidationBatch } from '../../../domain/consolidation/consolidationRow';
import { targetSheetRows } from '../../../domain/consolidation/targetSheetRows';
import type { CellValue } from '../../../domain/grid/grid';
import { headOf, projectOf, sheetOf } from './consolidationFixtures';

/**
 * A small recording stand-in for the Excel objects pullIntoExcel touches: queued changes are applied
 * at sync, each request's payload is measured, and sheets keep their cells, formats, filter and
 * frozen rows. (test/unit/addin/fakeExcel.ts has no autoFilter; this covers just what is used here.)
 */
const fakeExcel = (existing: string[] = []) => {
  const sheets = new Map<string, { cells: Map<string, { value: CellValue; format?: string }>; filter?: string; frozen: number; active: boolean }>();
  for (const name of existing) sheets.set(name, { cells: new Map([['Z99', { value: 'old' }]]), frozen: 0, active: false });
  let queue: (() => void)[] = [];
  let queuedBytes = 0;
  const requests: number[] = [];
  const cellsOf = (address: string, apply: (key: string, r: number, c: number) => void) => {
    const [from = '', to = from] = address.split(':');
    const a = parseAddress(from)!;
    const b = parseAddress(to)!;
    for (let r = a.row0; r <= b.row0; r++) for (let c = a.col0; c <= b.col0; c++) apply(`${r}:${c}`, r - a.row0, c - a.col0);
  };
  const sheetProxy = (name: string, isNull: boolean) => {
    const state = () => sheets.get(name)!;
    const enqueue = (payload: unknown, change: () => void) => {
      queuedBytes += Buffer.byteLength(JSON.stringify(payload) ?? '');
      queue.push(change);
    };
    return {
      isNullObject: isNull,
      load: () => undefined,
      activate: () => enqueue(null, () => { state().active = true; }),
      freezePanes: { freezeRows: (n: number) => enqueue(n, () => { state().frozen = n; }) },
      autoFilter: {
        apply: (range: { address: string }) => enqueue(range.address, () => { state().filter = range.address; }),
        remove: () => enqueue(null, () => { delete state().filter; }),
      },
      getRange: (address = 'A1:XFD1048576') => ({
        address,
        clear: () => enqueue(null, () => state().cells.clear()),
        format: { font: {}, columnWidth: 0, wrapText: false },
        set values(values: CellValue[][]) {
          enqueue(values, () => cellsOf(address, (key, r, c) => { state().cells.set(key, { ...state().cells.get(key), value: values[r]![c]! }); }));
        },
        set numberFormat(formats: string[][]) {
          enqueue(formats, () => cellsOf(address, (key, r, c) => { state().cells.set(key, { value: null, ...state().cells.get(key), format: formats[r]![c]! }); }));
        },
      }),
    };
  };
  const context = {
    application: { suspendApiCalculationUntilNextSync: () => undefined },
    workbook: {
      worksheets: {
        getItemOrNullObject: (name: string) => sheetProxy(name, !sheets.has(name)),
        add: (name: string) => {
          sheets.set(name, { cells: new Map(), frozen: 0, active: false });
          return sheetProxy(name, false);
        },
      },
    },
    sync: async () => {
      requests.push(queuedBytes);
      for (const change of queue) change();
      queue = [];
      queuedBytes = 0;
    },
  };
  const value = (sheet: string, r: number, c: number) => sheets.get(sheet)?.cells.get(`${r}:${c}`);
  return { context: context as unknown as Excel.RequestContext, sheets, requests, value };
};

const batchOf = (i: number): ConsolidationBatch =>
  targetSheetRows(
    headOf({ id: `targetSheet.2026.p${i}`, subjectId: `p${i}`, departmentId: i % 2 ? 'nt-edu' : 'nt-health' }),
    sheetOf({ projectId: `p${i}`, projectName: i === 0 ? '=cmd|calc' : `项目${i}` }),
    projectOf({ id: `p${i}` }),
    i % 2 ? '南通市教育局' : '南通市卫生健康委员会',
  );

async function* batches(count: number, signal?: AbortController, abortAfter = Infinity): AsyncGenerator<ConsolidationBatch> {
  for (let i = 0; i < count; i++) {
    if (i === abortAfter) signal?.abort();
    yield batchOf(i);
  }
}

describe('pullIntoExcel', () => {
  it('writes 汇总, 项目 and 指标 with frozen, filtered headers, in few syncs each under the budget', async () => {
    const excel = fakeExcel();
    const seen: number[] = [];
    const report = await pullIntoExcel(excel.context, batches(300), { form: 'targetSheet', budgetBytes: 200_000, chunkBytes: 50_000, onProgress: (p) => seen.push(p.indicators) });
    expect(report).toMatchObject({ projects: 300, indicators: 1500, cancelled: false });
    expect(report.syncs).toBe(excel.requests.length);
    // 300 pages, yet a handful of requests: one per ~200 KB of payload plus the first and the last.
    expect(excel.requests.length).toBeLessThan(20);
    for (const bytes of excel.requests) expect(bytes).toBeLessThan(260_000);
    expect(seen.at(-1)).toBe(1500);

    const indicators = excel.sheets.get('绩效目标-指标')!;
    expect(indicators.frozen).toBe(1);
    expect(indicators.filter).toMatch(/^A1:[A-Z]+1501$/);
    expect(excel.value('绩效目标-指标', 1, 0)?.value).toBe('南通市卫生健康委员会');
    // The 指标值 column is text, so "12000" stays as typed.
    expect(excel.value('绩效目标-指标', 1, 8)).toEqual({ value: '12000', format: '@' });
    expect(excel.value('绩效目标-项目', 1, 2)?.value).toBe("'=cmd|calc");
    const summary = excel.sheets.get('绩效目标-汇总')!;
    expect(summary.active).toBe(true);
    expect(excel.value('绩效目标-汇总', 3, 0)?.value).toBe('合计');
    expect(excel.value('绩效目标-汇总', 3, 1)?.value).toBe(300);
  });

  it('re-pulls in place: an existing sheet is emptied, not duplicated', async () => {
    const excel = fakeExcel(['绩效目标-指标']);
    await pullIntoExcel(excel.context, batches(2), { form: 'targetSheet' });
    expect(excel.value('绩效目标-指标', 98, 25)).toBeUndefined();
    expect([...excel.sheets.keys()].sort()).toEqual(['绩效目标-汇总', '绩效目标-指标', '绩效目标-项目'].sort());
  });

  it('writes no filter where the host lacks AutoFilter (ExcelApi 1.9), and leaves an existing sheet\'s filter alone', async () => {
    const excel = fakeExcel(['绩效目标-指标']);
    excel.sheets.get('绩效目标-指标')!.filter = 'A1:B2';
    const report = await pullIntoExcel(excel.context, batches(3), { form: 'targetSheet', autoFilter: false });
    expect(report).toMatchObject({ projects: 3, indicators: 15 });
    expect(excel.sheets.get('绩效目标-项目')!.filter).toBeUndefined();
    expect(excel.sheets.get('绩效目标-指标')!.filter).toBe('A1:B2');
    expect(excel.value('绩效目标-项目', 3, 3)?.value).toBe('p2');
  });

  it('stops after the current page when cancelled, says so, and leaves the rows read written and summed up', async () => {
    const excel = fakeExcel();
    const cancel = new AbortController();
    // Cancelled while page 11 (index 10) is on its way: that page is the last one taken.
    const report = await pullIntoExcel(excel.context, batches(50, cancel, 10), { form: 'targetSheet', signal: cancel.signal });
    expect(report).toMatchObject({ cancelled: true, projects: 11, indicators: 55 });
    expect(report.sheets).toEqual(['绩效目标-汇总', '绩效目标-项目', '绩效目标-指标']);
    expect(excel.value('绩效目标-项目', 11, 3)?.value).toBe('p10');
    expect(excel.value('绩效目标-项目', 12, 3)).toBeUndefined();
    expect(excel.sheets.get('绩效目标-项目')!.filter).toMatch(/^A1:[A-Z]+12$/);
    // 汇总 counts what is on the sheets: two departments, then 合计 = 11.
    expect(excel.value('绩效目标-汇总', 3, 0)?.value).toBe('合计');
    expect(excel.value('绩效目标-汇总', 3, 1)?.value).toBe(11);
  });
});
