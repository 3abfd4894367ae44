import { describe, expect, it } from 'vitest';
import { writeBlocks } from '../../../addin/excel/writeBlocks';
import { coveredBy } from '../../../addin/forms/coveredBy';
import { selfEvaluationScoreBlocks } from '../../../addin/forms/selfEvaluationScoreBlocks';
import { selfEvaluationForm, selfEvaluationToGrid } from '../../../domain/forms/selfEvaluation/selfEvaluationForm';
import { defaultRuleSet } from '../../../domain/ruleSet/ruleSet';
import { fakeHost } from './fakeHost';
import { largeSelfEvaluation, storedSelfEvaluation } from './selfEvaluationFixture';

describe('score cells of the self-evaluation', () => {
  it('are the execution cells, total, grade, rule set and the quantitative rows’ 得分 in runs (定性 rows are the filer’s)', () => {
    // Rows 14–17: ≥, ≤, 定性, ≥.
    const blocks = selfEvaluationScoreBlocks(storedSelfEvaluation(), undefined);
    expect(blocks.map((b) => b.address)).toEqual(['F6:H6', 'C9', 'E9', 'F9', 'G14:G15', 'G17']);
    // Without a score every cell is cleared.
    expect(blocks.flatMap((b) => b.values.flat()).every((v) => v === '')).toBe(true);
    expect(blocks.find((b) => b.address === 'G14:G15')?.values).toEqual([[''], ['']]);

    const large = selfEvaluationScoreBlocks(largeSelfEvaluation(300), undefined);
    // Every third row is 定性: 100 runs of two.
    expect(large.filter((b) => b.address.startsWith('G'))).toHaveLength(100);
    expect(large.some((b) => b.address === 'G14:G15')).toBe(true);
    expect(coveredBy('G16', large)).toBe(false);
  });

  it('tell the write-back from typing by address', () => {
    const blocks = selfEvaluationScoreBlocks(storedSelfEvaluation(), undefined);
    expect(coveredBy('C9', blocks)).toBe(true);
    expect(coveredBy('G14:G15', blocks)).toBe(true);
    expect(coveredBy('F6:H6', blocks)).toBe(true);
    expect(coveredBy('G15', blocks)).toBe(true);
    expect(coveredBy('G16', blocks)).toBe(false); // a 定性 score the filer types
    expect(coveredBy('G14:G16', blocks)).toBe(false);
    expect(coveredBy('E14', blocks)).toBe(false);
    expect(coveredBy('C9,E14', blocks)).toBe(false);
    expect(coveredBy('14:14', blocks)).toBe(false); // a whole row: not ours to judge
  });

  it('are written on the protected sheet in one sync, protection restored', async () => {
    const host = fakeHost();
    const stored = storedSelfEvaluation();
    await host.writeGrid(selfEvaluationToGrid(stored));
    const ruleSet = defaultRuleSet('nantong', 2026);
    const score = { total: 91.5, grade: 'excellent' as const, execution: { rate: 0.95, points: 10, score: 9.5 }, indicators: stored.indicators.map(() => ({ points: 10, applicable: true, score: 8 })), ruleSetId: ruleSet.id, ruleSetVersion: 1 };
    const before = host.fake.syncs;
    await writeBlocks(host.fake.context, selfEvaluationForm.sheetName, selfEvaluationScoreBlocks(stored, score));
    expect(host.fake.syncs - before).toBe(1);
    const cell = (a: string) => host.fake.cell(selfEvaluationForm.sheetName, a)?.value;
    expect([cell('C9'), cell('E9'), cell('F6'), cell('G6'), cell('H6'), cell('G14'), cell('G17')]).toEqual([91.5, '优', 10, 0.95, 9.5, 8, 8]);
    expect(cell('G16')).toBeNull();
    expect(host.fake.sheet(selfEvaluationForm.sheetName).protected).toBe(true);
  });
});
