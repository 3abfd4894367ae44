import { describe, expect, it } from 'vitest';
import { layoutFingerprint, offlineChecksum, offlineMetaSheet, verifyOfflineMeta } from '../../../functions/offline/offlineMeta';

describe('offline workbook meta', () => {
  const meta = offlineMetaSheet('targetSheet', 'nt-edu-2026-student-aid', 2026, 3);

  it('names form, subject, year, version and layout, and verifies its own checksum', () => {
    expect(meta).toMatchObject({ form: 'targetSheet', subjectId: 'nt-edu-2026-student-aid', year: '2026', version: '3', layout: layoutFingerprint('targetSheet') });
    expect(meta.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyOfflineMeta(meta)).toMatchObject({ form: 'targetSheet', year: 2026, version: 3 });
  });

  it('refuses a changed field, a foreign file and an older layout', () => {
    for (const change of [{ version: '4' }, { subjectId: 'nt-edu-2026-school-renovation' }, { year: '2025' }] as Record<string, string>[]) {
      expect(() => verifyOfflineMeta({ ...meta, ...change })).toThrow(expect.objectContaining({ code: 'offline.tampered', status: 422 }));
    }
    expect(() => verifyOfflineMeta(null)).toThrow(expect.objectContaining({ code: 'offline.unknownWorkbook' }));
    expect(() => verifyOfflineMeta({ ...meta, form: 'payroll' })).toThrow(expect.objectContaining({ code: 'offline.unknownWorkbook' }));
    // A consistent checksum over an old layout: the file is genuine, but its cells no longer match.
    const old = { form: 'targetSheet' as const, subjectId: 'p', year: 2026, version: 1, layout: '0000000000000000' };
    const genuineOld = { form: 'targetSheet', subjectId: 'p', year: '2026', version: '1', layout: old.layout, checksum: offlineChecksum(old) };
    expect(() => verifyOfflineMeta(genuineOld)).toThrow(expect.objectContaining({ code: 'offline.layoutChanged' }));
  });
});
