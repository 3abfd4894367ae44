import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCatalogue, type ErrorCode } from '../../../../functions/errors/errorCatalogue';

/** The "Error codes" table of docs/api.md as code → status (null for "—", codes only seen in failed export jobs). */
const documentedCodes = (): Map<string, number | null> => {
  const api = readFileSync(new URL('../../../../docs/api.md', import.meta.url), 'utf8');
  const section = api.split(/^## Error codes$/m)[1]?.split(/^## /m)[0] ?? '';
  const codes = new Map<string, number | null>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const status = cells[1];
    if (status === undefined || !/^(\d{3}|—)$/.test(status)) continue;
    for (const [, code] of (cells[2] ?? '').matchAll(/`([^`]+)`/g)) codes.set(code!, status === '—' ? null : Number(status));
  }
  return codes;
};

describe('error catalogue', () => {
  const documented = documentedCodes();
  const catalogued = Object.keys(errorCatalogue) as ErrorCode[];

  it('is documented in docs/api.md: every catalogued code is in the table, with its status', () => {
    expect(documented.size).toBeGreaterThan(50);
    for (const code of catalogued) expect({ code, status: documented.get(code) }).toEqual({ code, status: errorCatalogue[code].status });
  });

  it('is the only source of codes: the table lists no code the catalogue lacks', () => {
    expect([...documented.keys()].filter((code) => !(code in errorCatalogue))).toEqual([]);
  });

  it('has a Chinese and an English message for every code', () => {
    for (const code of catalogued) {
      expect(errorCatalogue[code].zh).toMatch(/[\u4e00-\u9fff]/);
      expect(errorCatalogue[code].en).toMatch(/^[A-Z]/);
    }
  });
});
