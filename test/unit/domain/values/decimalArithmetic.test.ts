import { describe, expect, it } from 'vitest';
import { ONE, add, apportion, cmp, div, exact, roundHalfUp, sum, toFixed, toNumber, toRational } from '../../../../domain/values/decimal';

describe('decimal', () => {
  it('reads decimal strings, cell text and numbers exactly', () => {
    expect(toRational('154.74')).toEqual({ n: 7737n, d: 50n });
    expect(toRational('1,200')).toEqual({ n: 1200n, d: 1n });
    expect(toRational('－３.５')).toEqual({ n: -7n, d: 2n });
    expect(toRational(0.1)).toEqual({ n: 1n, d: 10n });
    expect(toRational(1e-7)).toEqual({ n: 1n, d: 10_000_000n });
    expect(toRational('abc')).toBeUndefined();
    expect(toRational(Number.NaN)).toBeUndefined();
  });

  it('adds without float artefacts: 0.1 + 0.2 is 0.3', () => {
    expect(cmp(add(exact(0.1), exact(0.2)), exact('0.3'))).toBe(0);
    expect(toFixed(add(exact(0.1), exact(0.2)), 17)).toBe('0.30000000000000000');
  });

  it('rounds half away from zero in decimal', () => {
    expect(toFixed(exact('4.985'), 2)).toBe('4.99');
    expect(toFixed(exact('-4.985'), 2)).toBe('-4.99');
    expect(toFixed(exact('4.984999'), 2)).toBe('4.98');
    // 1.005 is 1.00499999999999989… as a double; in decimal it rounds up.
    expect(toFixed(exact('1.005'), 2)).toBe('1.01');
    expect(toFixed(exact(7), 2)).toBe('7.00');
    expect(toFixed(exact('0.004'), 2)).toBe('0.00');
    expect(toFixed(exact(5), 0)).toBe('5');
  });

  it('computes the published execution rate 154.74 / 310.2 = 49.88%', () => {
    const rate = div(exact('154.74'), exact('310.2'));
    expect(toFixed(rate, 4)).toBe('0.4988');
    expect(toNumber(roundHalfUp(rate, 2), 2)).toBe(0.5);
  });

  it('throws on division by zero rather than producing Infinity', () => {
    expect(() => div(ONE, exact(0))).toThrow(RangeError);
  });

  it('apportions on the grid so the parts add up exactly', () => {
    const thirds = apportion(exact(50), [ONE, ONE, ONE], 2).map((p) => toFixed(p, 2));
    expect(thirds).toEqual(['16.67', '16.67', '16.66']);
    const parts = apportion(exact(10), [exact(50), exact(30)], 2);
    expect(parts.map((p) => toFixed(p, 2))).toEqual(['6.25', '3.75']);
    expect(cmp(sum(apportion(exact(100), [ONE, ONE, ONE, ONE, ONE, ONE, ONE], 2)), exact(100))).toBe(0);
  });
});
