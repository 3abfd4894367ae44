import { describe, expect, it } from 'vitest';
import { executionSignal } from '../../../../domain/monitoring/executionSignal';
import { indicatorSignal } from '../../../../domain/monitoring/indicatorSignal';
import { worstSignal } from '../../../../domain/monitoring/signal';
import type { TimeProgress } from '../../../../domain/monitoring/timeProgress';
import { defaultMonitoringRules as rules } from '../../../../domain/ruleSet/monitoringRules';

const half: TimeProgress = { elapsed: 6, total: 12, value: 0.5 };
const july: TimeProgress = { elapsed: 7, total: 12, value: 7 / 12 };
const none: TimeProgress = { elapsed: 0, total: 12, value: 0 };

describe('executionSignal: v = execution rate / time progress (RULES.md §5)', () => {
  it.each([
    [299_999, 'red'],
    [300_000, 'yellow'], // v = 0.6
    [399_999, 'yellow'],
    [400_000, 'green'], // v = 0.8
    [1_000_000, 'green'],
  ] as const)('half-way, %d of 1,000,000 fen executed → %s', (executedFen, signal) => {
    expect(executionSignal({ executedFen, budgetFen: 1_000_000 }, half, rules).signal).toBe(signal);
  });

  it('hits the edges exactly at 7/12 too, where a float chain would miss them', () => {
    // 35% executed after 7 months: v = 0.35 × 12 / 7 = 0.6 exactly.
    expect(executionSignal({ executedFen: 35_000, budgetFen: 100_000 }, july, rules)).toEqual({ executionRate: 0.35, ratio: 0.6, signal: 'yellow' });
    expect(executionSignal({ executedFen: 34_999, budgetFen: 100_000 }, july, rules).signal).toBe('red');
    // 0.8 × 7/12 = 46.666…%: 14 of 30 is exactly that, though the float chain says otherwise.
    expect(1_400 / 3_000 / (7 / 12)).toBeLessThan(0.8);
    expect(executionSignal({ executedFen: 1_400, budgetFen: 3_000 }, july, rules)).toMatchObject({ ratio: 0.8, signal: 'green' });
    expect(executionSignal({ executedFen: 1_399, budgetFen: 3_000 }, july, rules).signal).toBe('yellow');
  });

  it('defines division by zero: no budget or no time elapsed is green, without a ratio', () => {
    expect(executionSignal({ executedFen: 0, budgetFen: 0 }, july, rules)).toEqual({ executionRate: null, ratio: null, signal: 'green' });
    expect(executionSignal({ executedFen: 0, budgetFen: 100 }, none, rules)).toEqual({ executionRate: 0, ratio: null, signal: 'green' });
  });

  it('stays exact for amounts near the safe-integer limit', () => {
    const budgetFen = 9_000_000_000_000_000; // 900 trillion yuan, far beyond any budget
    expect(executionSignal({ executedFen: budgetFen * 0.3, budgetFen }, half, rules).ratio).toBe(0.6);
  });
});

describe('indicatorSignal (RULES.md §5)', () => {
  it.each([
    ['29.99', 'red'],
    ['30', 'yellow'], // v = 0.6
    ['39.99', 'yellow'],
    ['40', 'green'], // v = 0.8
    ['59.99', 'green'],
    ['60', 'blue'], // v = 1.2
  ] as const)('≥ 100 half-way, actual %s → %s', (actual, signal) => {
    expect(indicatorSignal({ operator: 'gte', target: '100', actual }, half, rules).signal).toBe(signal);
  });

  it.each([
    ['41.99', 'red'],
    ['42', 'yellow'],
    ['55.99', 'yellow'],
    ['56', 'green'],
    ['83.99', 'green'],
    ['84', 'blue'],
  ] as const)('≥ 120 after 7 months, actual %s → %s (exact at the edges)', (actual, signal) => {
    expect(indicatorSignal({ operator: 'gte', target: '120', actual }, july, rules).signal).toBe(signal);
  });

  it('reads decimals exactly: ≥ 98.5% after 6 months, 29.55 is v = 0.6', () => {
    expect(indicatorSignal({ operator: 'gte', target: '98.5', actual: '29.55' }, half, rules)).toEqual({ ratio: 0.6, signal: 'yellow' });
  });

  it('≤: at or under the target is green, over it red', () => {
    expect(indicatorSignal({ operator: 'lte', target: '202.6', actual: '202.60' }, july, rules).signal).toBe('green');
    expect(indicatorSignal({ operator: 'lte', target: '202.6', actual: '202.61' }, july, rules).signal).toBe('red');
  });

  it('＝: a positive target reads as ≥; a zero target is met by nothing', () => {
    expect(indicatorSignal({ operator: 'eq', target: '100', actual: '60' }, half, rules).signal).toBe('blue');
    expect(indicatorSignal({ operator: 'eq', target: '0', actual: '0' }, half, rules).signal).toBe('green');
    expect(indicatorSignal({ operator: 'eq', target: '0', actual: '1' }, half, rules).signal).toBe('red');
  });

  it('定性: 达成 green, 部分达成 yellow, 未达成 red', () => {
    expect(indicatorSignal({ operator: 'qualitative', status: 'achieved' }, half, rules).signal).toBe('green');
    expect(indicatorSignal({ operator: 'qualitative', status: 'partial' }, half, rules).signal).toBe('yellow');
    expect(indicatorSignal({ operator: 'qualitative', status: 'notAchieved' }, half, rules).signal).toBe('red');
  });

  it('defines division by zero: nothing due before time elapses; a zero ≥ target is compared directly', () => {
    expect(indicatorSignal({ operator: 'gte', target: '100', actual: '0' }, none, rules)).toEqual({ ratio: null, signal: 'green' });
    expect(indicatorSignal({ operator: 'gte', target: '0', actual: '5' }, half, rules)).toEqual({ ratio: null, signal: 'green' });
    expect(indicatorSignal({ operator: 'gte', target: '-2', actual: '-3' }, half, rules).signal).toBe('red');
  });

  it('follows the bands of the rule set', () => {
    const strict = { ...rules, gteIndicatorBands: [{ from: 0.9, value: 'green' as const }, { from: 0, value: 'red' as const }] };
    expect(indicatorSignal({ operator: 'gte', target: '100', actual: '44.99' }, half, strict).signal).toBe('red');
    expect(indicatorSignal({ operator: 'gte', target: '100', actual: '45' }, half, strict).signal).toBe('green');
  });
});

describe('worstSignal: red > yellow > green > blue', () => {
  it('picks the worst', () => {
    expect(worstSignal(['blue', 'green'])).toBe('green');
    expect(worstSignal(['green', 'blue', 'yellow'])).toBe('yellow');
    expect(worstSignal(['yellow', 'red', 'blue'])).toBe('red');
    expect(worstSignal(['blue'])).toBe('blue');
    expect(worstSignal([])).toBe('green');
  });
});
