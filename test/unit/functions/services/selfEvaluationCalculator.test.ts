import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../../contract/principal';
import { CalculatorRequest, scoreWithCalculator } from '../../../../functions/services/selfEvaluationCalculator';
import type { StoreContext } from '../../../../functions/store/storeContext';

// Without a ruleSetId the calculator never reads the table: a store that fails on use proves it.
const noStore = {
  get dynamo(): never {
    throw new Error('the calculator must not touch the table without a ruleSetId');
  },
  tableName: 'unused',
} as unknown as StoreContext;
const principal: Principal = { subject: 'expert-city', name: '吴专家', roles: ['expert'], regionId: 'nantong' };
const now = new Date('2026-11-26T02:00:00Z');

const request = (body: unknown) => CalculatorRequest.parse(body);

describe('the self-evaluation calculator service', () => {
  it("scores with the defaults of the caller's region and the given year", async () => {
    const result = await scoreWithCalculator(noStore, principal, request({ budget: { adjustedFen: 310_200_000, executedFen: 154_740_000 }, indicators: [], year: 2025 }), now);
    expect(result).toMatchObject({ ruleSetId: 'nantong-2025-default', ruleSetVersion: 1, ruleSetModified: false });
    expect(result.execution).toEqual({ rate: 0.4988, points: 10, score: 4.99 });
  });

  it('defaults the year to the clock passed in', async () => {
    const result = await scoreWithCalculator(noStore, principal, request({ budget: { adjustedFen: 100, executedFen: 100 }, indicators: [] }), now);
    expect(result.ruleSetId).toBe('nantong-2026-default');
    expect(result.execution.score).toBe(10);
  });

  it('takes a separate unit as the target unit, so a unit mismatch is an error', async () => {
    const result = await scoreWithCalculator(
      noStore,
      principal,
      request({
        budget: { adjustedFen: 100, executedFen: 100 },
        indicators: [{ level1: 'output', level2: 'quantity', name: '培训人数', operator: 'gte', target: 200, unit: '人', actual: '150人次', points: 50 }],
        year: 2026,
      }),
      now,
    );
    // 人次 is not 人 (RULES.md §1): an error on the actual, no score and no total, never a silent 37.5.
    expect(result.indicators[0]!.score).toBeNull();
    expect(result.problems.map((p) => [p.code, p.severity])).toContainEqual(['selfEvaluation.unitMismatch', 'error']);
    expect(result.total).toBeNull();
  });

  it('ignores identity fields in a what-if and says whether the rules changed', async () => {
    const same = await scoreWithCalculator(
      noStore,
      principal,
      request({ budget: { adjustedFen: 100, executedFen: 50 }, indicators: [], year: 2026, ruleSet: { id: 'forged', version: 99, selfEvaluation: { reverseVariant: 'A' } } }),
      now,
    );
    expect(same).toMatchObject({ ruleSetId: 'nantong-2026-default', ruleSetVersion: 1, ruleSetModified: false });
    const changed = await scoreWithCalculator(
      noStore,
      principal,
      request({ budget: { adjustedFen: 100, executedFen: 50 }, indicators: [], year: 2026, ruleSet: { selfEvaluation: { points: { output: 40, execution: 20 } } } }),
      now,
    );
    expect(changed.ruleSetModified).toBe(true);
    expect(changed.execution).toEqual({ rate: 0.5, points: 20, score: 10 });
  });

  it('refuses an invalid what-if with the offending path', async () => {
    await expect(
      scoreWithCalculator(noStore, principal, request({ budget: { adjustedFen: 1, executedFen: 1 }, indicators: [], ruleSet: { selfEvaluation: { reverseVariant: 'C' } } }), now),
    ).rejects.toMatchObject({ code: 'ruleSet.invalid', status: 422, problems: [expect.objectContaining({ path: 'selfEvaluation.reverseVariant' })] });
  });
});
