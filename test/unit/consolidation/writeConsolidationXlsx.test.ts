import { describe, expect, it } from 'vitest';
import type { ConsolidationBatch } from '../../../domain/consolidation/consolidationRow';
import { targetSheetRows } from '../../../domain/consolidation/targetSheetRows';
import { consolidationSpec, disclosureSpec } from '../../../functions/exports/consolidationWorkbookSpec';
import { writeConsolidationXlsx } from '../../../functions/exports/writeConsolidationXlsx';
import { readXlsx } from '../../support/readXlsx';
import { collector } from './collect';
import { headOf, projectOf, sheetOf } from './consolidationFixtures';

async function* batchesOf(...batches: ConsolidationBatch[]): AsyncGenerator<ConsolidationBatch> {
  yield* batches;
}

const approved = targetSheetRows(headOf(), sheetOf(), projectOf(), '南通市教育局');
const draft = targetSheetRows(
  headOf({ id: 'targetSheet.2026.p2', subjectId: 'p2', departmentId: 'nt-health', status: 'returned', approvedAt: undefined, approvedBy: undefined, comment: '请补充成本指标' }),
  sheetOf({ projectId: 'p2', projectName: '=HYPERLINK("http://evil","点我")', indicators: [{ level1: 'output', level2: 'quantity', name: '+cmd|calc', operator: 'gte', target: '-12.5', unit: '@x' }] }),
  projectOf({ id: 'p2', departmentId: 'nt-health', budgetType: 'fund' }),
  '南通市卫生健康委员会',
);

describe('writeConsolidationXlsx', () => {
  it('streams 汇总, 项目 and 指标 sheets in reading order that a reader other than ExcelJS reads back', async () => {
    const { output, done } = collector();
    const counts = await writeConsolidationXlsx(batchesOf(approved, draft), consolidationSpec('targetSheet'), output);
    expect(counts).toEqual({ projects: 2, indicators: 6 });
    const book = readXlsx(await done);
    expect(book.sheetNames).toEqual(['绩效目标-汇总', '绩效目标-项目', '绩效目标-指标']);

    const indicators = book.sheet('绩效目标-指标');
    expect(indicators.values).toHaveLength(7);
    expect(indicators.values[0]![0]).toBe('主管部门\nDepartment');
    expect(indicators.values[1]!.slice(0, 10)).toEqual(['南通市教育局', '家庭经济困难学生资助', '一般公共预算', 1, '产出指标', '数量指标', '资助家庭经济困难学生人数', '≥', '12000', '人次']);
    expect(indicators.values[1]).toContain('targetSheet.2026.p1');
    expect(indicators.frozenRows).toBe(1);
    expect(indicators.xml).toMatch(/<autoFilter ref="A1:[A-Z]+7"\/>/);

    const projects = book.sheet('绩效目标-项目');
    expect(projects.values[1]).toContain(3562.000001);
    expect(projects.values[1]).toContain('reviewer-city');
    expect(projects.values[2]).toContain('请补充成本指标');

    const summary = book.sheet('绩效目标-汇总');
    expect(summary.values.map((row) => row[0])).toEqual(['主管部门\nDepartment', '南通市教育局', '南通市卫生健康委员会', '合计']);
    expect(summary.values[3]![1]).toBe(2);
    expect(summary.look('A1').bold).toBe(true);
  });

  it('neutralizes formula-like text in every cell and keeps numbers as numbers', async () => {
    const { output, done } = collector();
    await writeConsolidationXlsx(batchesOf(draft), consolidationSpec('targetSheet'), output);
    const book = readXlsx(await done);
    const row = book.sheet('绩效目标-指标').values[1]!;
    expect(row).toContain(`'=HYPERLINK("http://evil","点我")`);
    expect(row).toContain("'+cmd|calc");
    expect(row).toContain("'-12.5");
    expect(row).toContain("'@x");
    expect(book.sheet('绩效目标-指标').xml).not.toMatch(/<f>/);
    expect(typeof book.sheet('绩效目标-项目').values[1]![7]).toBe('number');
  });

  it('publishes only approved subjects and no internal columns in a disclosure workbook', async () => {
    const { output, done } = collector();
    const counts = await writeConsolidationXlsx(batchesOf(approved, draft), disclosureSpec('targetSheet'), output);
    expect(counts).toEqual({ projects: 1, indicators: 5 });
    const book = readXlsx(await done);
    expect(book.sheetNames).toEqual(['公开-汇总', '公开-项目', '公开-绩效目标']);
    const text = JSON.stringify([book.sheet('公开-项目').values, book.sheet('公开-绩效目标').values]);
    expect(text).not.toContain('reviewer-city');
    expect(text).not.toContain('请补充成本指标');
    expect(text).not.toContain('targetSheet.2026');
    expect(text).toContain('家庭经济困难学生资助');
  });
});
