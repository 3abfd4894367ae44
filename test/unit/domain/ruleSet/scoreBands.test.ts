import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRuleSet } from '../../../../domain/ruleSet/mergeRuleSet';
import { defaultRuleSet, RuleSet } from '../../../../domain/ruleSet/ruleSet';
import { bandOf } from '../../../../domain/rules/bands';
import { grades } from '../../../../domain/scoring/grade';

const base = defaultRuleSet('rugao', 2026);

describe('grade and conclusion bands cover [0, 100] (RULES.md §2, refused when saved)', () => {
  it('refuses bands with only 优 and 良, which would grade a 50 as 良', () => {
    const merged = mergeRuleSet(base, { selfEvaluation: { gradeBands: [{ from: 90, value: 'excellent' }, { from: 80, value: 'good' }] } });
    expect(merged.ok).toBe(false);
    if (merged.ok) return;
    expect(merged.problems).toEqual([expect.objectContaining({ code: 'ruleSet.invalid', path: 'selfEvaluation.gradeBands' })]);
  });

  it('refuses ex-ante conclusion bands that stop above 0 or start above 100', () => {
    expect(mergeRuleSet(base, { exAnte: { conclusionBands: [{ from: 90, value: 'support' }, { from: 60, value: 'revise' }] } }).ok).toBe(false);
    expect(mergeRuleSet(base, { exAnte: { conclusionBands: [{ from: 120, value: 'support' }, { from: 0, value: 'reject' }] } }).ok).toBe(false);
    expect(mergeRuleSet(base, { exAnte: { conclusionBands: [{ from: 80, value: 'support' }, { from: 60, value: 'revise' }, { from: 0, value: 'reject' }] } }).ok).toBe(true);
  });

  it('property: every accepted band list is ordered and total: each score in [0, 100] has exactly the band of the highest bound below it', () => {
    const bands = fc
      .uniqueArray(fc.integer({ min: -20, max: 120 }), { minLength: 1, maxLength: 4 })
      .chain((bounds) =>
        fc.tuple(...bounds.map(() => fc.constantFrom(...grades))).map((values) => bounds.map((from, i) => ({ from, value: values[i]! }))),
      );
    fc.assert(
      fc.property(bands, fc.integer({ min: 0, max: 10_000 }), (list, hundredths) => {
        const ordered = [...list].sort((a, b) => b.from - a.from);
        const parsed = RuleSet.safeParse({ ...base, selfEvaluation: { ...base.selfEvaluation, gradeBands: ordered } });
        const covers = ordered[ordered.length - 1]!.from === 0 && ordered.every((b) => b.from >= 0 && b.from <= 100);
        expect(parsed.success).toBe(covers);
        if (!parsed.success) return;
        const score = hundredths / 100;
        const expected = ordered.find((b) => score >= b.from)!;
        expect(bandOf(parsed.data.selfEvaluation.gradeBands, score)).toBe(expected.value);
      }),
      { numRuns: 300 },
    );
  });
});
