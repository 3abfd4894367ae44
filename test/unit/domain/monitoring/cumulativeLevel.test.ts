import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorSignal } from '../../../../domain/monitoring/indicatorSignal';
import { timeProgress } from '../../../../domain/monitoring/timeProgress';
import { mergeRuleSet } from '../../../../domain/ruleSet/mergeRuleSet';
import { defaultMonitoringRules as rules } from '../../../../domain/ruleSet/monitoringRules';
import { defaultRuleSet } from '../../../../domain/ruleSet/ruleSet';

const july = timeProgress('2026-07-31', rules);

describe('cumulative vs level indicators (RULES.md §5)', () => {
  it('a 满意度 of 60% against ≥ 90% in July is yellow and 53.9% red, not green (a level is due in full all year)', () => {
    expect(indicatorSignal({ operator: 'gte', target: '90', actual: '60', unit: '%' }, july, rules)).toEqual({ ratio: 0.6666666666666666, signal: 'yellow' });
    expect(indicatorSignal({ operator: 'gte', target: '90', actual: '53.9', unit: '%' }, july, rules).signal).toBe('red');
    // Read as cumulative, 60 / (90 × 7/12) = 1.14 would have been green.
    expect(indicatorSignal({ operator: 'gte', target: '90', actual: '60', unit: '%', accumulation: 'cumulative' }, july, rules).signal).toBe('green');
  });

  it('a 合格率 at its target is green, not blue (target too low)', () => {
    expect(indicatorSignal({ operator: 'gte', target: '98', actual: '98', unit: '%' }, july, rules)).toEqual({ ratio: 1, signal: 'green' });
    expect(indicatorSignal({ operator: 'gte', target: '98', actual: '99.5', unit: '%' }, july, rules).signal).toBe('green');
  });

  it('counts stay cumulative; the target sheet may say an indicator is a level', () => {
    expect(indicatorSignal({ operator: 'gte', target: '1200', actual: '700', unit: '人次' }, july, rules).signal).toBe('green');
    expect(indicatorSignal({ operator: 'gte', target: '1200', actual: '700', unit: '人次', accumulation: 'level' }, july, rules).signal).toBe('red');
  });

  it('the level units are rule-set data', () => {
    const merged = mergeRuleSet(defaultRuleSet('tongzhou', 2026), { monitoring: { levelUnits: ['‰'] } });
    if (!merged.ok) throw new Error('rule set');
    expect(indicatorSignal({ operator: 'gte', target: '90', actual: '60', unit: '%' }, july, merged.ruleSet.monitoring).signal).toBe('green');
  });

  it('an expected full-year value below the target turns green to yellow', () => {
    expect(indicatorSignal({ operator: 'gte', target: '1200', actual: '700', unit: '人次', expectedFullYear: '1100' }, july, rules).signal).toBe('yellow');
    expect(indicatorSignal({ operator: 'gte', target: '1200', actual: '700', unit: '人次', expectedFullYear: '1200' }, july, rules).signal).toBe('green');
    expect(indicatorSignal({ operator: 'lte', target: '202.6', actual: '120', unit: '万元', expectedFullYear: '210' }, july, rules).signal).toBe('yellow');
    expect(indicatorSignal({ operator: 'qualitative', status: 'achieved', expectedFullYear: 'partial' }, july, rules).signal).toBe('yellow');
    // Red stays red; blue (ahead) is not green and stays blue.
    expect(indicatorSignal({ operator: 'gte', target: '1200', actual: '100', unit: '人次', expectedFullYear: '600' }, july, rules).signal).toBe('red');
  });

  it('property: a level signal never improves as the actual falls, and never depends on the month', () => {
    const hundredths = fc.integer({ min: 0, max: 20_000 });
    fc.assert(
      fc.property(hundredths, hundredths, fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 12 }), (a, drop, t, month) => {
        const order = { red: 0, yellow: 1, green: 2, blue: 3 } as const;
        const at = (actual: number, progress = july) =>
          indicatorSignal({ operator: 'gte', target: (t / 100).toFixed(2), actual: (actual / 100).toFixed(2), unit: '%' }, progress, rules).signal;
        const lower = Math.max(0, a - drop);
        expect(order[at(lower)]).toBeLessThanOrEqual(order[at(a)]);
        const other = timeProgress(`2026-${String(month).padStart(2, '0')}-${month === 2 ? 28 : [4, 6, 9, 11].includes(month) ? 30 : 31}`, rules);
        expect(at(a, other)).toBe(at(a));
      }),
      { numRuns: 300 },
    );
  });
});
