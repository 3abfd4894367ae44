import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fenToWanYuan, fenToWanYuanExact, parseYuanToFen, wanYuanToFen } from '../../../../domain/values/moneyText';

const fenOf = (result: ReturnType<typeof wanYuanToFen>) => (result.ok ? result.fen : result.problem.code);

describe('money text', () => {
  it('reads 元 to fen exactly', () => {
    expect(fenOf(parseYuanToFen('1,234.56'))).toBe(123456);
    expect(fenOf(parseYuanToFen('1234.5元'))).toBe(123450);
    expect(fenOf(parseYuanToFen('0.1'))).toBe(10);
    expect(fenOf(parseYuanToFen(0.29))).toBe(29); // 0.29 * 100 is 28.999999999999996 as floats
    expect(fenOf(parseYuanToFen('1.230'))).toBe(123);
  });

  it('reads 万元 with up to 6 decimals to fen exactly', () => {
    expect(fenOf(wanYuanToFen('12.3456'))).toBe(12_345_600);
    expect(fenOf(wanYuanToFen('202.6万元'))).toBe(202_600_000);
    expect(fenOf(wanYuanToFen('0.000001'))).toBe(1);
    expect(fenOf(wanYuanToFen(1234.567891))).toBe(1_234_567_891);
    expect(fenOf(wanYuanToFen('１，２００．５'))).toBe(1_200_500_000);
  });

  it('refuses finer than a fen, negatives, text and empty cells with a problem', () => {
    expect(fenOf(wanYuanToFen('12.3456789'))).toBe('money.tooPrecise');
    expect(fenOf(parseYuanToFen('1.234'))).toBe('money.tooPrecise');
    expect(fenOf(wanYuanToFen('-3'))).toBe('money.negative');
    expect(fenOf(wanYuanToFen('约十万'))).toBe('money.notANumber');
    expect(fenOf(wanYuanToFen(''))).toBe('money.empty');
    expect(fenOf(wanYuanToFen('99999999999'))).toBe('money.tooLarge');
    const result = wanYuanToFen('12.3456789');
    expect(!result.ok && result.problem.message_zh).toContain('6 位小数');
  });

  it('shows fen in 万元 rounded half-up, and exactly', () => {
    expect(fenToWanYuan(12_345_600)).toBe('12.35');
    expect(fenToWanYuan(12_344_999)).toBe('12.34');
    expect(fenToWanYuan(5_000)).toBe('0.01');
    expect(fenToWanYuan(4_999)).toBe('0.00');
    expect(fenToWanYuan(0)).toBe('0.00');
    expect(fenToWanYuanExact(12_345_600)).toBe('12.3456');
    expect(fenToWanYuanExact(100_000_000)).toBe('100.00');
    expect(fenToWanYuanExact(1)).toBe('0.000001');
    expect(fenToWanYuanExact(10_000_000)).toBe('10.00');
  });

  it('round-trips every fen through 万元 text and through a cell number', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), (fen) => {
      const text = fenToWanYuanExact(fen);
      expect(fenOf(wanYuanToFen(text))).toBe(fen);
      expect(fenOf(wanYuanToFen(Number(text)))).toBe(fen);
    }));
  });
});
