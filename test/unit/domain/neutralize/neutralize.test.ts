import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Grid } from '../../../../domain/grid/grid';
import {
  isDangerousText,
  neutralizeGrid,
  neutralizeText,
  neutralizeValue,
  unneutralizeText,
} from '../../../../domain/grid/neutralize';

const dangerousChars = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '\t', '\r'];

// The test's own statement of "a spreadsheet could run this": a trigger character, after optional
// whitespace, with something after it; or a leading tab or carriage return before some content.
const formulaLike = (text: string): boolean =>
  /^[\t\r][\s\S]*\S/.test(text) || /^\s*[=+\-@＝＋－＠]\s*\S/u.test(text);

// Strings built from a mix of ordinary, quote, whitespace and dangerous characters, so that the
// interesting prefixes ("'=", " +", "\t") are generated often.
const trickyString = fc
  .array(fc.constantFrom('a', '1', '项', "'", ' ', '\u3000', '\n', ...dangerousChars), { maxLength: 8 })
  .map((chars) => chars.join(''));
const anyString = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), trickyString);

describe('neutralizeText', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+86 10 1234', "'+86 10 1234"],
    ['-12.5', "'-12.5"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['  =HYPERLINK("x")', "'  =HYPERLINK(\"x\")"],
    ['\u3000＝1+1', "'\u3000＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠x', "'＠x"],
    ["'=x", "''=x"],
  ])('neutralizes %j', (input, expected) => {
    expect(neutralizeText(input)).toBe(expected);
  });

  it.each(['项目名称', '≥50个', '50', '12.5', '', ' ', "'quoted", 'a=b', '指标-1', '100%', '-', '＝', '= ', '\t', '\r\n'])(
    'leaves %j unchanged',
    (input) => {
      expect(neutralizeText(input)).toBe(input);
    },
  );

  it('never outputs a string a spreadsheet would read as a formula', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const out = neutralizeText(text);
        expect(formulaLike(out)).toBe(false);
        expect(isDangerousText(out)).toBe(false);
      }),
    );
  });

  it('leaves safe strings unchanged and prefixes exactly one apostrophe otherwise', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const out = neutralizeText(text);
        const escapedFamily = formulaLike(text.replace(/^'+/, ''));
        expect(out).toBe(escapedFamily ? `'${text}` : text);
      }),
    );
  });

  it('is undone exactly by unneutralizeText', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        expect(unneutralizeText(neutralizeText(text))).toBe(text);
      }),
    );
  });

  it('unneutralizeText only strips an apostrophe that neutralizeText could have added', () => {
    expect(unneutralizeText("'quoted")).toBe("'quoted");
    expect(unneutralizeText("''=x")).toBe("'=x");
    expect(unneutralizeText('=x')).toBe('=x');
  });
});

describe('neutralizeValue', () => {
  it('keeps numbers, booleans and null as they are', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.boolean(), fc.constant(null)), (value) => {
        expect(neutralizeValue(value)).toBe(value);
      }),
    );
    expect(neutralizeValue(-12.5)).toBe(-12.5);
  });
});

describe('neutralizeGrid', () => {
  const grid: Grid = {
    sheetName: '绩效目标',
    values: [
      ['指标名称', '指标值'],
      ['=cmd|\' /C calc\'!A0', -3],
      ['正常', '-5'],
    ],
    columnWidths: [20, 10],
    formats: [],
    styles: [],
    merges: [],
    inputs: [{ range: 'A2:B3' }],
    validations: [{ range: 'A2:A3', list: 'names' }],
    lists: { names: ['@SUM(1)', '正常'] },
    frozenRows: 1,
  };

  it('neutralizes string values and list items, keeps numbers and the layout', () => {
    const safe = neutralizeGrid(grid);
    expect(safe.values).toEqual([
      ['指标名称', '指标值'],
      ["'=cmd|' /C calc'!A0", -3],
      ['正常', "'-5"],
    ]);
    expect(safe.lists).toEqual({ names: ["'@SUM(1)", '正常'] });
    expect({ ...safe, values: grid.values, lists: grid.lists }).toEqual(grid);
  });

  it('does not mutate its input', () => {
    const before = structuredClone(grid);
    neutralizeGrid(grid);
    expect(grid).toEqual(before);
  });
});
