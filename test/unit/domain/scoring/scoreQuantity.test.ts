import { describe, expect, it } from 'vitest';
import { exact, toFixed } from '../../../../domain/values/decimal';
import { scoreQuantity, type QuantityScoreInput } from '../../../../domain/scoring/scoreQuantity';

const score = (operator: QuantityScoreInput['operator'], w: number, t: string, a: string, variant: 'A' | 'B' = 'A') =>
  toFixed(scoreQuantity({ operator, points: exact(w), target: exact(t), actual: exact(a) }, variant), 4);

// One worked example per row of the RULES.md §2 table.
describe('scoreQuantity', () => {
  it('≥: full marks at or above the target, w·a/t below it', () => {
    expect(score('gte', 10, '50', '60')).toBe('10.0000');
    expect(score('gte', 10, '50', '50')).toBe('10.0000');
    expect(score('gte', 10, '50', '40')).toBe('8.0000');
    expect(score('gte', 20, '95', '90')).toBe('18.9474'); // 20 × 90 / 95
  });

  it('≥ with target 0 is defined: a ≥ 0 → w, a < 0 → 0', () => {
    expect(score('gte', 10, '0', '0')).toBe('10.0000');
    expect(score('gte', 10, '0', '-1')).toBe('0.0000');
  });

  it('≥ with a negative actual never scores below 0', () => {
    expect(score('gte', 10, '5', '-3')).toBe('0.0000');
  });

  it('≤ variant A: full marks at or below the target, w·t/a above it', () => {
    expect(score('lte', 10, '5', '4')).toBe('10.0000');
    expect(score('lte', 10, '5', '8')).toBe('6.2500');
    expect(score('lte', 10, '202.6', '210')).toBe('9.6476'); // 10 × 202.6 / 210
  });

  it('≤ variant A with actual 0 or target 0 is defined', () => {
    expect(score('lte', 10, '5', '0')).toBe('10.0000');
    expect(score('lte', 10, '0', '0')).toBe('10.0000');
    expect(score('lte', 10, '0', '3')).toBe('0.0000');
  });

  it('≤ variant B: linear from w at t down to 0 at 2t', () => {
    expect(score('lte', 10, '5', '5', 'B')).toBe('10.0000');
    expect(score('lte', 10, '5', '8', 'B')).toBe('4.0000'); // 10 × (1 − 3/5)
    expect(score('lte', 10, '5', '10', 'B')).toBe('0.0000');
    expect(score('lte', 10, '5', '12', 'B')).toBe('0.0000');
    expect(score('lte', 10, '0', '1', 'B')).toBe('0.0000');
  });

  it('＝ with target 0: a ≤ 0 → w, else 0', () => {
    expect(score('eq', 10, '0', '0')).toBe('10.0000');
    expect(score('eq', 10, '0', '1')).toBe('0.0000');
  });

  it('＝ with a positive target scores as ≥', () => {
    expect(score('eq', 10, '100', '95')).toBe('9.5000');
    expect(score('eq', 10, '100', '100')).toBe('10.0000');
    expect(score('eq', 10, '100', '101')).toBe('10.0000');
  });
});
