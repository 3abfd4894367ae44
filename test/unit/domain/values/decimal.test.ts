import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareDecimals, formatDecimal, numberToDecimal, parseDecimal } from '../../../../domain/values/decimal';

describe('parseDecimal', () => {
  it.each([
    ['50', '50'], [' 202.6 ', '202.6'], ['98.50', '98.50'], ['1,200', '1200'], ['1,234,567.8', '1234567.8'],
    ['-5', '-5'], ['+4', '4'], ['.5', '0.5'], ['007', '7'], ['-0', '0'], ['５０', '50'], ['１，２００．５', '1200.5'],
    ['－３', '-3'], ['−3', '-3'],
  ])('reads %j as %j', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it.each(['', 'abc', '1,20', '12,5', '1.2.3', '.', '-', '5%'])('refuses %j', (text) => {
    expect(parseDecimal(text)).toBeUndefined();
  });

  it('reads cell numbers via their shortest decimal, expanding exponents', () => {
    expect(parseDecimal(12.3456)).toBe('12.3456');
    expect(numberToDecimal(1e21)).toBe('1000000000000000000000');
    expect(numberToDecimal(1.5e-7)).toBe('0.00000015');
    expect(numberToDecimal(-2.5e-7)).toBe('-0.00000025');
    expect(numberToDecimal(-0)).toBe('0');
    expect(numberToDecimal(Number.NaN)).toBeUndefined();
  });

  it('keeps the value of any finite number', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
      expect(Number(numberToDecimal(n))).toBe(n === 0 ? 0 : n);
    }));
  });
});

describe('compareDecimals and formatDecimal', () => {
  it('compares exactly, whatever the number of decimals', () => {
    expect(compareDecimals('100.0', '100')).toBe(0);
    expect(compareDecimals('100.01', '100')).toBe(1);
    expect(compareDecimals('-3', '2')).toBe(-1);
    expect(compareDecimals('0.1', '0.10000000000000000001')).toBe(-1);
  });

  it('rounds half away from zero without floats', () => {
    expect(formatDecimal('12.345', 2)).toBe('12.35');
    expect(formatDecimal('12.344999', 2)).toBe('12.34');
    expect(formatDecimal('1.005', 2)).toBe('1.01'); // 1.005 as a float rounds to 1.00
    expect(formatDecimal('-2.5', 0)).toBe('-3');
    expect(formatDecimal('7', 2)).toBe('7.00');
    expect(formatDecimal('0.004', 2)).toBe('0.00');
  });
});
