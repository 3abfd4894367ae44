import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseIndicatorValue, parseOperatorSymbol } from '../../../../domain/values/parseIndicatorValue';

const q = (operator: 'gte' | 'lte' | 'eq' | undefined, number: string, unit: string) => ({
  kind: 'quantity', ...(operator ? { operator } : {}), number, unit,
});

describe('parseIndicatorValue', () => {
  // Target cells as they appear in published 绩效目标申报表 and self-evaluation tables.
  it.each([
    ['≥50个', q('gte', '50', '个')],
    ['≤202.6万元', q('lte', '202.6', '万元')],
    ['=100%', q('eq', '100', '%')],
    ['＝100%', q('eq', '100', '%')],
    ['>=95%', q('gte', '95', '%')],
    ['≥ 95 %', q('gte', '95', '%')],
    ['100%', q(undefined, '100', '%')],
    ['≥５０个', q('gte', '50', '个')],
    ['≥９５％', q('gte', '95', '%')],
    ['1,200人次', q(undefined, '1200', '人次')],
    ['≥1,234.5万亩', q('gte', '1234.5', '万亩')],
    ['-5%', q(undefined, '-5', '%')],
    ['≤-2.5%', q('lte', '-2.5', '%')],
    ['不低于90%', q('gte', '90', '%')],
    ['不高于3%', q('lte', '3', '%')],
    ['不少于20所', q('gte', '20', '所')],
    ['不超过15个工作日', q('lte', '15', '个工作日')],
    ['达到100%', q('gte', '100', '%')],
    ['大于等于85%', q('gte', '85', '%')],
    ['95%以上', q('gte', '95', '%')],
    ['5天以内', q('lte', '5', '天')],
    ['≥98%以上', q('gte', '98', '%')],
    ['≧90%', q('gte', '90', '%')],
    ['0', q(undefined, '0', '')],
    ['  ≤ 1000 元/人·年 ', q('lte', '1000', '元/人·年')],
    ['≤17.5/10万', q('lte', '17.5', '/10万')],
    ['1.2万人次', q(undefined, '1.2', '万人次')],
    ['≥500m2', q('gte', '500', 'm2')],
    ['≥3000平方米', q('gte', '3000', '平方米')],
    ['≤5‰', q('lte', '5', '‰')],
  ])('splits %j', (text, expected) => {
    expect(parseIndicatorValue(text)).toEqual(expected);
  });

  it.each(['达成年度指标', '明显改善', '有所提升', '90-95%', '3~5天', '≥', '', '年均增长5%', '≥良好', '≥95%以下', '12,5个', '1/3以上', '≥3/4'])(
    'reads %j as text',
    (text) => {
      expect(parseIndicatorValue(text)).toEqual({ kind: 'text', text: text.trim() });
    },
  );

  it('marks > and < as read loosely as ≥ and ≤', () => {
    expect(parseIndicatorValue('>90%')).toEqual({ ...q('gte', '90', '%'), strict: true });
    expect(parseIndicatorValue('<1天')).toEqual({ ...q('lte', '1', '天'), strict: true });
  });

  it('reads operators written alone', () => {
    expect(parseOperatorSymbol('＞＝')).toBe('gte');
    expect(parseOperatorSymbol(' ≤ ')).toBe('lte');
    expect(parseOperatorSymbol('＝')).toBe('eq');
    expect(parseOperatorSymbol('不低于')).toBe('gte');
    expect(parseOperatorSymbol('定性')).toBeUndefined();
  });

  it('keeps any operator, decimal and unit it is given', () => {
    const symbols = { gte: '≥', lte: '≤', eq: '=' } as const;
    fc.assert(
      fc.property(
        fc.constantFrom('gte', 'lte', 'eq'),
        fc.tuple(fc.integer({ min: 0, max: 10 ** 9 }), fc.option(fc.integer({ min: 0, max: 9999 }), { nil: undefined })),
        fc.constantFrom('个', '%', '万元', '人次', '公里', '元/人', ''),
        (operator, [whole, fraction], unit) => {
          const number = fraction === undefined ? String(whole) : `${whole}.${fraction}`;
          expect(parseIndicatorValue(`${symbols[operator]}${number}${unit}`)).toEqual(q(operator, number, unit));
        },
      ),
    );
  });
});
