import { describe, expect, it } from 'vitest';
import { scoreExAnteAssessment } from '../../../../domain/exAnte/scoreExAnteAssessment';
import { exAnteCell, exAnteChecklistRows } from '../../../../domain/forms/exAnte/exAnteCell';
import { exAnteForm } from '../../../../domain/forms/exAnte/exAnteForm';
import type { ExAnteSheet } from '../../../../domain/forms/exAnte/exAnteSheet';
import { exAnteToGrid } from '../../../../domain/forms/exAnte/exAnteToGrid';
import { cellAddress, parseAddress } from '../../../../domain/grid/address';
import type { Grid } from '../../../../domain/grid/grid';
import { defaultExAnteRules } from '../../../../domain/ruleSet/exAnteRules';

const sheet = (overrides: Partial<ExAnteSheet> = {}): ExAnteSheet => ({
  subjectType: 'project',
  subjectId: 'p1',
  year: 2026,
  subjectName: '教学楼改造',
  departmentName: '南通市教育局',
  amountFen: 860_500_000,
  outline: '抗震加固',
  assessment: {
    subject: 'project',
    category: 'livelihood',
    assessors: [
      { assessor: 'departmentSelf', scores: { necessity: 19, economy: 18, targetSoundness: 17, feasibility: 16, financingCompliance: 15 } },
      { assessor: 'expert', name: '吴专家', scores: { necessity: 12.5 } },
    ],
    checklistAnswers: { livelihood: { publicDemand: 'met' } },
  },
  ...overrides,
});

const at = (grid: Grid, address: string) => {
  const position = parseAddress(address)!;
  return grid.values[position.row0]![position.col0];
};

describe('事前绩效评估表 layout', () => {
  it('puts each assessor in a column and each dimension in a row, under its points and review points', () => {
    const grid = exAnteToGrid(sheet(), defaultExAnteRules);
    expect(grid.sheetName).toBe('事前绩效评估表');
    expect(grid.sheetName.length).toBeLessThanOrEqual(31);
    expect(at(grid, 'A10')).toBe('立项必要性');
    expect(at(grid, 'B10')).toBe(20);
    expect(String(at(grid, 'C10'))).toContain('立项依据充分');
    expect(at(grid, 'D8')).toBe('部门自评');
    expect(at(grid, 'E8')).toBe('专家');
    expect(at(grid, 'E9')).toBe('吴专家');
    expect([at(grid, 'D10'), at(grid, 'D14'), at(grid, 'E10'), at(grid, 'E11')]).toEqual([19, 15, 12.5, null]);
    // Totals are computed from the scores: 19 + 18 + 17 + 16 + 15.
    expect(at(grid, 'D15')).toBe(85);
    expect(at(grid, 'B15')).toBe(100);
    // Four assessor columns at least, one blank to fill after the last assessor.
    expect(grid.columnWidths).toHaveLength(3 + 4);
    for (const row of grid.values) expect(row).toHaveLength(grid.columnWidths.length);
  });

  it('words dimensions and review points for a policy, and shows its wording', () => {
    const grid = exAnteToGrid(sheet({ subjectType: 'policy', outline: '每生每年补助 1200 元', assessment: { ...sheet().assessment, subject: 'policy', category: undefined } }), defaultExAnteRules);
    expect(at(grid, 'A10')).toBe('政策设立必要性');
    expect(at(grid, 'A11')).toBe('政策保障充分性');
    expect(String(at(grid, 'A6'))).toContain('政策内容');
    expect(at(grid, 'C6')).toBe('每生每年补助 1200 元');
    expect(String(at(grid, 'A3'))).toContain('政策名称');
    // A policy has no category: only the finance review checklist.
    expect(at(grid, 'A22')).toBe('财政审核');
  });

  it('lists the category checklist, then the finance review, with drop-down answers', () => {
    const grid = exAnteToGrid(sheet(), defaultExAnteRules);
    const rows = exAnteChecklistRows('livelihood', defaultExAnteRules.checklists);
    expect(rows.map((r) => r.list)).toEqual(['livelihood', 'livelihood', 'livelihood', 'financeReview', 'financeReview', 'financeReview']);
    expect([at(grid, 'A22'), at(grid, 'B22'), at(grid, 'C22'), at(grid, 'D22')]).toEqual(['民生类', 'publicDemand', '回应群众实际需求', '符合']);
    expect(at(grid, 'D23')).toBeNull();
    expect(grid.validations).toContainEqual({ range: 'D22:D27', list: 'answer' });
    expect(grid.lists['answer']).toEqual(['符合', '不符合', '不适用']);
  });

  it('locks labels, points and totals; scores, names and answers are inputs', () => {
    const grid = exAnteToGrid(sheet(), defaultExAnteRules);
    const inputs = grid.inputs.map((r) => r.range);
    expect(inputs).toEqual(expect.arrayContaining(['D10:G14', 'D8:G8', 'D9:G9', 'D16:G16', 'D22:D27', 'C6:G6']));
    expect(inputs.some((r) => r.startsWith('B') || r.startsWith('A'))).toBe(false);
    expect(grid.styles).toContainEqual({ range: 'D15:G15', style: 'computed' });
  });

  it('shows the recorded score, conclusion and revision', () => {
    const grid = exAnteToGrid(
      sheet({
        result: { score: 82.5, conclusion: 'revise', byAssessor: {}, ruleSetId: 'r', ruleSetVersion: 1, at: 't', by: 'u' },
        revision: { note: '已补充投资计划', at: 't', by: 'u', byName: '陈审核' },
      }),
      defaultExAnteRules,
    );
    expect([at(grid, 'C18'), at(grid, 'E18'), at(grid, 'C19')]).toEqual([82.5, '完善后予以支持', '已补充投资计划']);
  });
});

describe('exAnteCell', () => {
  it('names the cell of every problem scoreExAnteAssessment finds', () => {
    const data = sheet();
    const rows = exAnteChecklistRows(data.assessment.category, defaultExAnteRules.checklists);
    const tooHigh = { ...data.assessment, assessors: [{ assessor: 'finance' as const, scores: { ...data.assessment.assessors[0]!.scores, feasibility: 21 } }] };
    const { problems } = scoreExAnteAssessment(tooHigh, defaultExAnteRules);
    const cells = problems.map((p) => [p.code, exAnteCell(p.path!, rows)]);
    expect(cells).toContainEqual(['exAnte.scoreAbovePoints', 'D13']);
    // Unanswered checklist items point at their answer cells, after the answered 民生 item.
    expect(cells).toContainEqual(['exAnte.checklistUnanswered', 'D23']);
    expect(cells).toContainEqual(['exAnte.checklistUnanswered', 'D27']);
  });

  it('accepts sheet paths and maps the header fields', () => {
    expect(exAnteCell('assessment.assessors.1.scores.economy')).toBe('E11');
    expect(exAnteCell('assessors.2.name')).toBe('F9');
    expect(exAnteCell('assessors.0.comment')).toBe('D16');
    expect(exAnteCell('outline')).toBe('C6');
    expect(exAnteCell('result.conclusion')).toBe('E18');
    expect(exAnteCell('assessors.0.scores.unknown')).toBeUndefined();
    expect(exAnteCell('assessors.50.scores.economy')).toBeUndefined();
    expect(exAnteCell('checklistAnswers.infrastructure.x', [])).toBeUndefined();
  });

  it('agrees with the rows of the form spec', () => {
    expect(exAnteCell('assessors.0.scores.necessity')).toBe(cellAddress(exAnteForm.firstDimensionRow0, exAnteForm.firstAssessorCol0));
    expect(exAnteCell('assessors.0.scores.financingCompliance')).toBe(cellAddress(exAnteForm.totalRow0 - 1, exAnteForm.firstAssessorCol0));
  });
});
