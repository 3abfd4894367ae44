import { describe, expect, it } from 'vitest';
import { timeProgress } from '../../../../domain/monitoring/timeProgress';

const months = { timeProgressBasis: 'months' } as const;
const days = { timeProgressBasis: 'days' } as const;

describe('timeProgress (序时进度, RULES.md §5)', () => {
  it('counts whole months ended: data through 31 July is 7/12, through 30 July 6/12', () => {
    expect(timeProgress('2025-07-31', months)).toEqual({ elapsed: 7, total: 12, value: 7 / 12 });
    expect(timeProgress('2025-07-30', months)).toMatchObject({ elapsed: 6, total: 12 });
  });

  it('knows the end of February in leap and common years', () => {
    expect(timeProgress('2024-02-29', months).elapsed).toBe(2);
    expect(timeProgress('2024-02-28', months).elapsed).toBe(1);
    expect(timeProgress('2025-02-28', months).elapsed).toBe(2);
  });

  it('is 0 within January and 1 on 31 December', () => {
    expect(timeProgress('2025-01-15', months)).toEqual({ elapsed: 0, total: 12, value: 0 });
    expect(timeProgress('2025-12-31', months).value).toBe(1);
  });

  it('counts days inclusive over the days of the year when the rule set says days', () => {
    // 31+29+31+30+31+30+31 = 213 days in January–July 2024, a leap year.
    expect(timeProgress('2024-07-31', days)).toMatchObject({ elapsed: 213, total: 366 });
    expect(timeProgress('2025-07-31', days)).toMatchObject({ elapsed: 212, total: 365 });
    expect(timeProgress('2025-01-01', days)).toMatchObject({ elapsed: 1, total: 365 });
    expect(timeProgress('2025-12-31', days).value).toBe(1);
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => timeProgress('2025-02-30', months)).toThrow();
    expect(() => timeProgress('31/07/2025', months)).toThrow();
  });
});
