import { describe, expect, it } from 'vitest';
import { forEachCell, parseRange } from '../../../functions/xlsx/parseRange';

describe('parseRange', () => {
  it('parses ranges and single cells, absolute or not, in any corner order', () => {
    expect(parseRange('B4:D5')).toEqual({ top: 3, left: 1, bottom: 4, right: 3 });
    expect(parseRange('$D$5:$b$4')).toEqual({ top: 3, left: 1, bottom: 4, right: 3 });
    expect(parseRange('C7')).toEqual({ top: 6, left: 2, bottom: 6, right: 2 });
    expect(parseRange('AA10:AB10')).toEqual({ top: 9, left: 26, bottom: 9, right: 27 });
  });

  it.each(['', 'B4:', ':B4', 'B4:C5:D6', 'A0', '4B', 'XFE1'])('rejects %j', (range) => {
    expect(() => parseRange(range)).toThrow(RangeError);
  });
});

describe('forEachCell', () => {
  it('visits every cell row by row', () => {
    const seen: string[] = [];
    forEachCell(parseRange('B2:C3'), (r, c) => seen.push(`${r},${c}`));
    expect(seen).toEqual(['1,1', '1,2', '2,1', '2,2']);
  });
});
