import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText } from '../../support/anyText';
import { firstXmlUnsafeCharacter, isXmlSafeText, xmlSafeText, xmlUnsafeTextProblems } from '../../../domain/values/xmlText';

// XML 1.0 §2.2 Char, code point by code point.
const allowed = (codePoint: number): boolean =>
  codePoint === 0x9 || codePoint === 0xa || codePoint === 0xd || (codePoint >= 0x20 && codePoint <= 0xd7ff) || (codePoint >= 0xe000 && codePoint <= 0xfffd) || codePoint >= 0x10000;


describe('xmlText', () => {
  it('finds U+FFFE, lone surrogates and C0 controls, and nothing in ordinary text', () => {
    expect(firstXmlUnsafeCharacter('目标\uFFFE值')).toEqual({ index: 2, codePoint: 'U+FFFE' });
    expect(firstXmlUnsafeCharacter('a\uD800b')).toEqual({ index: 1, codePoint: 'U+D800' });
    expect(firstXmlUnsafeCharacter('\u0001')).toEqual({ index: 0, codePoint: 'U+0001' });
    expect(firstXmlUnsafeCharacter('换行\n制表\t回车\r 𠀀 \uFFFD')).toBeUndefined();
  });

  it('agrees with the Char production on every string, and xmlSafeText leaves only allowed characters', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const codePoints = [...text].map((char) => char.codePointAt(0)!);
        // A lone surrogate is one code point of its own in [...text].
        expect(isXmlSafeText(text)).toBe(codePoints.every(allowed));
        const safe = xmlSafeText(text);
        expect([...safe].every((char) => allowed(char.codePointAt(0)!))).toBe(true);
        expect(xmlSafeText(safe)).toBe(safe);
        if (isXmlSafeText(text)) expect(safe).toBe(text);
      }),
    );
  });

  it('names the JSON path of every unsafe text, keys included', () => {
    const problems = xmlUnsafeTextProblems({ name: 'ok', indicators: [{ target: '1' }, { name: 'x\uFFFE' }], ['k\u0002']: 1 });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['text.invalidCharacter', 'indicators.1.name'],
      ['text.invalidCharacter', 'k\u0002'],
    ]);
    expect(problems[0]!.message_zh).toContain('U+FFFE');
    expect(problems[0]!.message_en).toContain('indicators.1.name');
  });
});
