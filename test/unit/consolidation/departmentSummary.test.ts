import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ProjectRow } from '../../../domain/consolidation/consolidationRow';
import { departmentSummarizer, summarizeByDepartment, summaryColumns, summaryRows, summaryTotal } from '../../../domain/consolidation/departmentSummary';
import { statuses } from '../../../domain/model/submission';
import { grades } from '../../../domain/scoring/grade';

const row = (departmentId: string, over: Partial<ProjectRow> = {}): ProjectRow => ({
  form: 'targetSheet',
  submissionId: `targetSheet.2026.${departmentId}-${Math.random().toString(36).slice(2)}`,
  version: 1,
  status: 'submitted',
  updatedAt: '2026-03-01T00:00:00.000Z',
  departmentId,
  departmentName: `部门${departmentId}`,
  subjectType: 'project',
  subjectId: 'p',
  subjectName: '项目',
  indicatorCount: 3,
  amountFen: 100,
  ...over,
});

describe('summarizeByDepartment', () => {
  it('counts projects, indicators, statuses, grades and warnings per department, with exact fen totals', () => {
    const lines = summarizeByDepartment([
      row('a', { status: 'approved', grade: 'excellent', amountFen: 1_000_000_01 }),
      row('b', { status: 'draft', warning: 'red', indicatorCount: 7 }),
      row('a', { status: 'approved', grade: 'fair', amountFen: 2, warning: 'yellow' }),
    ]);
    expect(lines.map((line) => line.departmentId)).toEqual(['a', 'b']);
    expect(lines[0]).toMatchObject({ projects: 2, indicators: 6, amountFen: 1_000_000_03 });
    expect(lines[0]!.byStatus).toMatchObject({ approved: 2, draft: 0 });
    expect(lines[0]!.byGrade).toMatchObject({ excellent: 1, fair: 1, good: 0 });
    expect(lines[1]!.byWarning.red).toBe(1);
  });

  it('ends the sheet with a 合计 row that adds up the departments', () => {
    const rows = summaryRows(summarizeByDepartment([row('a', { amountFen: 1_500_000 }), row('b', { amountFen: 500_000 })]));
    expect(rows).toHaveLength(3);
    expect(rows[2]![0]).toBe('合计');
    // 资金总额（万元）: 1.5 + 0.5.
    expect(rows[2]![3]).toBe(2);
    expect(rows.every((cells) => cells.length === summaryColumns.length)).toBe(true);
  });

  it('gives the same totals whether rows stream in batches or come at once (property)', () => {
    const arbitraryRow = fc.record({
      department: fc.constantFrom('a', 'b', 'c'),
      status: fc.constantFrom(...statuses),
      grade: fc.option(fc.constantFrom(...grades), { nil: undefined }),
      amountFen: fc.integer({ min: 0, max: 10 ** 12 }),
      indicatorCount: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (specs, batchSize) => {
        const rows = specs.map((s) => row(s.department, { status: s.status, grade: s.grade, amountFen: s.amountFen, indicatorCount: s.indicatorCount }));
        const summarizer = departmentSummarizer();
        for (let i = 0; i < rows.length; i += batchSize) summarizer.add(rows.slice(i, i + batchSize));
        const total = summaryTotal(summarizer.lines());
        expect(total.projects).toBe(rows.length);
        expect(total.amountFen).toBe(rows.reduce((sum, r) => sum + (r.amountFen ?? 0), 0));
        expect(Object.values(total.byStatus).reduce((a, b) => a + b, 0)).toBe(rows.length);
        expect(summarizer.lines()).toEqual(summarizeByDepartment(rows));
      }),
    );
  });
});
