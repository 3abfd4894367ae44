import { describe, expect, it } from 'vitest';
import { scoreExAnteAssessment } from '../../../../domain/exAnte/scoreExAnteAssessment';
import { exAnteCell, exAnteChecklistRows } from '../../../../domain/forms/exAnte/exAnteCell';
import { exAnteFromGrid } from '../../../../domain/forms/exAnte/exAnteFromGrid';
import type { ExAnteSheet } from '../../../../domain/forms/exAnte/exAnteSheet';
import { exAnteToGrid } from '../../../../domain/forms/exAnte/exAnteToGrid';
import { parseAddress } from '../../../../domain/grid/address';
import type { CellValue } from '../../../../domain/grid/grid';
import { defaultExAnteRules } from '../../../../domain/ruleSet/exAnteRules';

const rules = defaultExAnteRules;

const sheet = (overrides: Partial<ExAnteSheet> = {}): ExAnteSheet => ({
  subjectType: 'project',
  subjectId: 'p1',
  year: 2026,
  subjectName: '教学楼改造',
  departmentName: '南通市教育局',
  amountFen: 860_512_345,
  outline: '抗震加固',
  assessment: {
    subject: 'project',
    category: 'livelihood',
    assessors: [
      { assessor: 'departmentSelf', scores: { necessity: 19, economy: 18, targetSoundness: 17, feasibility: 16, financingCompliance: 15 } },
      { assessor: 'expert', name: '吴专家', scores: { necessity: 12.5 }, comment: '需补充分年度投资计划' },
    ],
    checklistAnswers: { livelihood: { publicDemand: 'met' }, financeReview: {} },
  },
  result: { score: 82.5, conclusion: 'revise', byAssessor: { expert: 82.5 }, ruleSetId: 'nantong-2026-default', ruleSetVersion: 1, at: '2026-03-01T00:00:00.000Z', by: 'reviewer-city' },
  revision: { note: '已补充', at: '2026-03-05T00:00:00.000Z', by: 'reviewer-city', byName: '王审核' },
  ...overrides,
});

const edit = (values: CellValue[][], changes: Record<string, CellValue>): CellValue[][] => {
  const copy = values.map((row) => [...row]);
  for (const [address, value] of Object.entries(changes)) {
    const { row0, col0 } = parseAddress(address)!;
    copy[row0]![col0] = value;
  }
  return copy;
};

const answers = (data: ExAnteSheet | undefined) => data?.assessment.checklistAnswers;

describe('exAnteFromGrid', () => {
  it('reads back what exAnteToGrid wrote, for a project and for a policy', () => {
    const stored = sheet();
    const { data, problems } = exAnteFromGrid(exAnteToGrid(stored, rules).values, stored, rules);
    expect(problems).toEqual([]);
    // An empty answer list reads back as no list: the same answers.
    expect(data).toEqual({ ...stored, assessment: { ...stored.assessment, checklistAnswers: { livelihood: { publicDemand: 'met' } } } });

    const policy = sheet({
      subjectType: 'policy',
      outline: '每生每年补助 1200 元',
      assessment: { subject: 'policy', assessors: [{ assessor: 'finance', scores: { economy: 10 } }], checklistAnswers: { financeReview: { [rules.checklists.financeReview[0]!.id]: 'notApplicable' } } },
      result: undefined,
      revision: undefined,
    });
    expect(exAnteFromGrid(exAnteToGrid(policy, rules).values, policy, rules)).toEqual({ data: policy, problems: [] });
  });

  it('takes the subject, amount, conclusion and revision from the stored sheet, whatever the cells say', () => {
    const stored = sheet();
    const values = edit(exAnteToGrid(stored, rules).values, { C3: '别的项目', E4: 1, C18: 99, E18: '予以支持', C19: '改过', B10: 100, D15: 500 });
    const { data } = exAnteFromGrid(values, stored, rules);
    expect(data).toMatchObject({ subjectName: '教学楼改造', amountFen: 860_512_345, result: stored.result, revision: stored.revision });
  });

  it('reads new assessors, scores typed as text, names and comments', () => {
    const stored = sheet();
    const values = edit(exAnteToGrid(stored, rules).values, { F8: 'Third-party agency', F9: '某咨询公司', F10: '１８.５', F11: 17, F16: '可行', E11: '10' });
    const { data, problems } = exAnteFromGrid(values, stored, rules);
    expect(problems).toEqual([]);
    expect(data?.assessment.assessors[1]?.scores).toEqual({ necessity: 12.5, economy: 10 });
    expect(data?.assessment.assessors[2]).toEqual({ assessor: 'agency', name: '某咨询公司', scores: { necessity: 18.5, economy: 17 }, comment: '可行' });
  });

  it('names the cell of every value it cannot read', () => {
    const stored = sheet();
    const values = edit(exAnteToGrid(stored, rules).values, { C5: '水利类', E8: '领导', D12: '很好', D22: '差不多' });
    const { data, problems } = exAnteFromGrid(values, stored, rules);
    expect(data).toBeUndefined();
    expect(problems.map((p) => [p.code, p.cell, p.path])).toEqual([
      ['exAnte.categoryUnknown', 'C5', 'assessment.category'],
      ['exAnte.scoreNotANumber', 'D12', 'assessment.assessors.0.scores.targetSoundness'],
      ['exAnte.assessorUnknown', 'E8', 'assessment.assessors.1.assessor'],
      ['exAnte.answerUnknown', 'D22', 'assessment.checklistAnswers.livelihood.publicDemand'],
    ]);
    // The cell each problem names is where exAnteCell puts its path.
    const rows = exAnteChecklistRows('livelihood', rules.checklists);
    for (const p of problems) expect(exAnteCell(p.path!, rows)).toBe(p.cell);
  });

  it('refuses a column with scores but no assessor, a gap between assessors, and no assessor at all', () => {
    const stored = sheet();
    const gap = exAnteFromGrid(edit(exAnteToGrid(stored, rules).values, { G8: '专家', G10: 15 }), stored, rules);
    expect(gap.problems.map((p) => [p.code, p.cell])).toEqual([['exAnte.assessorGap', 'F8']]);
    const nameless = exAnteFromGrid(edit(exAnteToGrid(stored, rules).values, { E8: null }), stored, rules);
    expect(nameless.problems.map((p) => [p.code, p.cell])).toEqual([['exAnte.assessorMissing', 'E8']]);
    const blank = Object.fromEntries(['D', 'E'].flatMap((c) => [8, 9, 10, 11, 12, 13, 14, 16].map((r) => [`${c}${r}`, null])));
    const none = exAnteFromGrid(edit(exAnteToGrid(stored, rules).values, blank), stored, rules);
    expect(none.problems.map((p) => [p.code, p.cell])).toEqual([['exAnte.assessorRequired', 'D8']]);
  });

  it('keeps the finance answers and warns when the category changes', () => {
    const stored = sheet();
    const financeItem = rules.checklists.financeReview[0]!.id;
    const rows = exAnteChecklistRows('livelihood', rules.checklists);
    const financeRow = 22 + rows.findIndex((r) => r.list === 'financeReview');
    const values = edit(exAnteToGrid(stored, rules).values, { C5: '基本建设', [`D${financeRow}`]: '不符合' });
    const { data, problems } = exAnteFromGrid(values, stored, rules);
    expect(data?.assessment.category).toBe('infrastructure');
    expect(answers(data)).toEqual({ financeReview: { [financeItem]: 'notMet' } });
    expect(problems).toEqual([expect.objectContaining({ code: 'exAnte.categoryChanged', cell: 'C5', severity: 'warning' })]);
  });

  it('gives scoreExAnteAssessment what it needs to find a score above its points at the right cell', () => {
    const stored = sheet();
    const { data } = exAnteFromGrid(edit(exAnteToGrid(stored, rules).values, { E11: 25 }), stored, rules);
    const scored = scoreExAnteAssessment(data!.assessment, rules);
    const above = scored.problems.filter((p) => p.severity === 'error' && p.path?.includes('economy'));
    expect(above.map((p) => exAnteCell(p.path!))).toEqual(['E11']);
  });
});
