import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { executionSignal } from '../../../../domain/monitoring/executionSignal';
import { indicatorSignal } from '../../../../domain/monitoring/indicatorSignal';
import { defaultMonitoringRules as rules } from '../../../../domain/ruleSet/monitoringRules';

const rank = { red: 0, yellow: 1, green: 2, blue: 3 } as const;
const progress = fc.integer({ min: 0, max: 12 }).map((elapsed) => ({ elapsed, total: 12, value: elapsed / 12 }));

describe('signals are monotone: more done never looks worse', () => {
  it('execution', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), fc.nat({ max: 1e12 }), fc.nat({ max: 1e12 }), progress, (budgetFen, a, b, tp) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const s = (executedFen: number) => executionSignal({ executedFen, budgetFen }, tp, rules).signal;
        expect(rank[s(low)]).toBeLessThanOrEqual(rank[s(high)]);
      }),
    );
  });

  it('≥ indicators, on decimal strings', () => {
    const decimal = fc.tuple(fc.nat({ max: 1e6 }), fc.nat({ max: 99 })).map(([w, f]) => `${w}.${String(f).padStart(2, '0')}`);
    fc.assert(
      fc.property(decimal, decimal, decimal, progress, (target, a, b, tp) => {
        const [low, high] = Number(a) <= Number(b) ? [a, b] : [b, a];
        const s = (actual: string) => indicatorSignal({ operator: 'gte', target, actual }, tp, rules).signal;
        expect(rank[s(low)]).toBeLessThanOrEqual(rank[s(high)]);
      }),
    );
  });
});
