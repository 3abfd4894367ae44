import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../../../domain/ruleSet/ruleSet';
import { exact, toFixed } from '../../../../domain/values/decimal';
import { scoreSelfEvaluation } from '../../../../domain/scoring/scoreSelfEvaluation';
import type { SelfEvaluationInput } from '../../../../domain/scoring/selfEvaluationInput';
import { convertToTargetUnit, unitScale } from '../../../../domain/values/units';

const rules = defaultRuleSet('nantong', 2026);

describe('unitScale and convertToTargetUnit (RULES.md §1 "Units")', () => {
  it('reads magnitudes within a dimension and % / ‰ as ratios', () => {
    expect(unitScale('万元')).toEqual({ dimension: '元', factor: exact(10_000) });
    expect(unitScale('亿元')).toEqual({ dimension: '元', factor: exact(100_000_000) });
    expect(unitScale('万人次')).toEqual({ dimension: '人次', factor: exact(10_000) });
    expect(unitScale('％')).toEqual({ dimension: 'ratio', factor: exact('0.01') });
    expect(unitScale('‰')).toEqual({ dimension: 'ratio', factor: exact('0.001') });
    expect(unitScale('个')).toEqual({ dimension: '个', factor: exact(1) });
    expect(unitScale('')).toEqual({ dimension: '', factor: exact(1) });
  });

  it('converts 900000元 to 90万元, 2.5万人 to 25000人, 5‰ to 0.5%', () => {
    const to = (value: string, from: string, unit: string) => {
      const c = convertToTargetUnit(exact(value), from, unit);
      return c.ok ? toFixed(c.value, 4) : c;
    };
    expect(to('900000', '元', '万元')).toBe('90.0000');
    expect(to('2.5', '万人', '人')).toBe('25000.0000');
    expect(to('5', '‰', '%')).toBe('0.5000');
    expect(to('40', '', '个')).toBe('40.0000');
  });

  it('refuses another dimension and a bare fraction against a % target', () => {
    expect(convertToTargetUnit(exact(40), '人', '个')).toEqual({ ok: false, reason: 'dimension', from: '人', to: '个' });
    expect(convertToTargetUnit(exact(40), '元', '%')).toMatchObject({ ok: false, reason: 'dimension' });
    expect(convertToTargetUnit(exact('0.96'), '', '%')).toEqual({ ok: false, reason: 'rateAmbiguous' });
    expect(convertToTargetUnit(exact(1), '', '%')).toEqual({ ok: false, reason: 'rateAmbiguous' });
    // 0 reads the same in % and as a fraction, and 96 cannot be a fraction.
    expect(convertToTargetUnit(exact(0), '', '%')).toMatchObject({ ok: true });
    expect(convertToTargetUnit(exact(96), '', '%')).toMatchObject({ ok: true });
  });

  it('property: an actual scores the same whatever unit of its dimension it is written in', () => {
    const form = (actual: string): SelfEvaluationInput => ({
      indicators: [
        { level1: 'output', name: '补助资金发放', operator: 'gte', target: '≥120万元', actual },
        { level1: 'outcome', operator: 'gte', target: '≥1', actual: '1' },
        { level1: 'satisfaction', operator: 'gte', target: '≥90%', actual: '92%' },
      ],
      execution: { adjustedFen: 100, executedFen: 100 },
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_00 }), (fen) => {
        const asYuan = `${toFixed({ n: BigInt(fen), d: 100n }, 2)}元`;
        const asWan = `${toFixed({ n: BigInt(fen), d: 1_000_000n }, 6)}万元`;
        const asYi = `${toFixed({ n: BigInt(fen), d: 10_000_000_000n }, 10)}亿元`;
        const scores = [asYuan, asWan, asYi].map((actual) => scoreSelfEvaluation(form(actual), rules).indicators[0]!.score);
        expect(scores[1]).toBe(scores[0]);
        expect(scores[2]).toBe(scores[0]);
      }),
      { numRuns: 200 },
    );
  });
});
