import { describe, expect, it } from 'vitest';
import { pullPlanner, type PullRequest } from '../../../addin/consolidation/pullPlanner';
import { payloadBytes } from '../../../addin/excel/requestBudget';
import type { CellValue } from '../../../domain/grid/grid';

const rowsOf = (count: number, from = 0): CellValue[][] =>
  Array.from({ length: count }, (_, i) => [`南通市第${from + i}部门`, `城市基础设施项目${from + i}`, from + i, '≥', '12000', '人次']);

describe('pullPlanner', () => {
  it('holds rows until a request is full, so syncs follow the payload and not the number of pages', () => {
    const planner = pullPlanner({ budgetBytes: 200_000, chunkBytes: 50_000 });
    planner.start('指标', 1, 6);
    const requests: PullRequest[] = [];
    // 100 pages of 50 rows: far more pages than requests.
    for (let page = 0; page < 100; page++) requests.push(...planner.append('指标', rowsOf(50, page * 50)));
    requests.push(...planner.flush());
    const total = payloadBytes(rowsOf(5000));
    expect(requests.length).toBeLessThanOrEqual(Math.ceil(total / 200_000) + 1);
    expect(requests.length).toBeLessThan(20);
    for (const request of requests) {
      expect(request.bytes).toBeLessThanOrEqual(200_000);
      for (const write of request.writes) expect(write.bytes).toBeLessThanOrEqual(50_000);
    }
    expect(planner.stats()).toEqual({ requests: requests.length, largestRequestBytes: Math.max(...requests.map((r) => r.bytes)) });
  });

  it('writes every row exactly once, in order, at consecutive addresses below the header', () => {
    const planner = pullPlanner({ budgetBytes: 30_000, chunkBytes: 10_000 });
    planner.start('指标', 1, 6);
    planner.start('项目', 1, 6);
    const writes = [...planner.append('指标', rowsOf(700)), ...planner.append('项目', rowsOf(3)), ...planner.flush()].flatMap((r) => r.writes);
    const indicatorWrites = writes.filter((w) => w.sheetName === '指标');
    expect(indicatorWrites[0]!.address).toMatch(/^A2:F\d+$/);
    let next = 2;
    for (const write of indicatorWrites) {
      const [, first, last] = /^A(\d+):F(\d+)$/.exec(write.address)!;
      expect(Number(first)).toBe(next);
      expect(Number(last) - Number(first) + 1).toBe(write.values.length);
      next = Number(last) + 1;
    }
    expect(indicatorWrites.flatMap((w) => w.values)).toEqual(rowsOf(700));
    expect(writes.filter((w) => w.sheetName === '项目').flatMap((w) => w.values)).toEqual(rowsOf(3));
    expect(planner.rowsOf('指标')).toBe(701);
  });

  it('refuses rows for a sheet it was not told about', () => {
    expect(() => pullPlanner().append('x', [])).toThrow(/not started/);
  });
});
