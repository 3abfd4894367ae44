import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellAddress, columnIndex, columnLetter, parseAddress, rangeAddress } from '../../../../domain/grid/address';

describe('A1 addresses', () => {
  it('writes column letters in bijective base 26', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(columnLetter(27)).toBe('AB');
    expect(columnLetter(701)).toBe('ZZ');
    expect(columnLetter(702)).toBe('AAA');
    expect(columnLetter(16_383)).toBe('XFD');
  });

  it('refuses columns beyond Excel’s XFD', () => {
    expect(() => columnLetter(16_384)).toThrow(RangeError);
    expect(() => columnLetter(-1)).toThrow(RangeError);
    expect(() => columnIndex('XFE')).toThrow(RangeError);
  });

  it('addresses cells and ranges', () => {
    expect(cellAddress(11, 3)).toBe('D12');
    expect(rangeAddress(3, 1, 3, 3)).toBe('B4:D4');
    expect(rangeAddress(6, 2, 6, 2)).toBe('C7');
    expect(rangeAddress(5, 3, 1, 0)).toBe('A2:D6');
  });

  it('parses addresses, with $ and lower case', () => {
    expect(parseAddress('D12')).toEqual({ row0: 11, col0: 3 });
    expect(parseAddress('$AB$3')).toEqual({ row0: 2, col0: 27 });
    expect(parseAddress('d12')).toEqual({ row0: 11, col0: 3 });
    expect(parseAddress('D0')).toBeUndefined();
    expect(parseAddress('12D')).toBeUndefined();
    expect(parseAddress('XFE1')).toBeUndefined();
    expect(parseAddress('A1048577')).toBeUndefined();
  });

  it('round-trips every cell address', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_048_575 }), fc.integer({ min: 0, max: 16_383 }), (row0, col0) => {
        expect(parseAddress(cellAddress(row0, col0))).toEqual({ row0, col0 });
      }),
    );
  });
});
