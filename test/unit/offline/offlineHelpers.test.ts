import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../addin/offline/bytesToBase64';
import { fileNameFromDisposition } from '../../../addin/offline/fileNameFromDisposition';
import { messages, t } from '../../../addin/offline/messages';
import { sortByCell } from '../../../addin/offline/sortByCell';
import { problem } from '../../../domain/problem';

describe('bytesToBase64', () => {
  it('agrees with Node’s Buffer for any bytes, including more than one chunk', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => bytesToBase64(bytes) === Buffer.from(bytes).toString('base64')), { numRuns: 30 });
  });
});

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 name, falls back to the plain one, then to the fallback', () => {
    const chinese = '绩效目标申报表-中小学教师培训-2026.xlsx';
    expect(fileNameFromDisposition(`attachment; filename="targetSheet-x.xlsx"; filename*=UTF-8''${encodeURIComponent(chinese)}`, 'f.xlsx')).toBe(chinese);
    expect(fileNameFromDisposition('attachment; filename="plain.xlsx"', 'f.xlsx')).toBe('plain.xlsx');
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''%E0%A4%A`, 'f.xlsx')).toBe('f.xlsx');
    expect(fileNameFromDisposition(null, 'f.xlsx')).toBe('f.xlsx');
  });

  it('drops folders from the offered name', () => {
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''${encodeURIComponent('../../evil.xlsx')}`, 'f.xlsx')).toBe('evil.xlsx');
  });
});

describe('sortByCell', () => {
  it('orders problems by row, then column (AA after Z), the ones without a cell last', () => {
    const at = (cell?: string) => problem('x', cell ?? '-', cell ?? '-', cell ? { cell } : {});
    const sorted = sortByCell([at(), at('AA3'), at('D12'), at('Z3'), at('B12'), at('D2')]);
    expect(sorted.map((p) => p.cell ?? '-')).toEqual(['D2', 'Z3', 'AA3', 'B12', 'D12', '-']);
  });
});

describe('offline page messages', () => {
  it('has every message in zh and en with the same placeholders', () => {
    for (const [key, text] of Object.entries(messages)) {
      expect(text.zh, key).not.toBe('');
      expect(text.en, key).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(text.zh), key).toEqual(names(text.en));
    }
    expect(t('zh', 'problems.cell', { cell: 'D12' })).toBe('单元格 D12');
    expect(t('en', 'problems.cell', { cell: 'D12' })).toBe('Cell D12');
  });
});
