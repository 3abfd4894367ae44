import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XLSX from '@e965/xlsx';
import { startTestSystem, type TestSystem } from '../../support/testSystem';
import { readXlsx } from '../../support/readXlsx';

let system: TestSystem;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(async () => system?.stop());

const ruleSetId = 'nantong-2026-default';
const path = `/v1/rule-sets/${ruleSetId}/workbook`;

/** The row (1-based, as on the sheet) whose column A label starts with `zh`. */
const rowOf = (sheet: XLSX.WorkSheet, zh: string): number => {
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
  for (let r = 0; r <= range.e.r; r++) {
    const value = (sheet[XLSX.utils.encode_cell({ r, c: 0 })] as XLSX.CellObject | undefined)?.v;
    if (typeof value === 'string' && value.startsWith(zh)) return r + 1;
  }
  throw new Error(`no row labelled ${zh}`);
};

/** Edits the downloaded file with SheetJS (not the ExcelJS writer that made it): cells by label, then base64. */
const edit = (bytes: Uint8Array, changes: [label: string, value: string | number][]): string => {
  const book = XLSX.read(Buffer.from(bytes), { type: 'buffer' });
  const sheet = book.Sheets['规则设置']!;
  for (const [label, value] of changes) XLSX.utils.sheet_add_aoa(sheet, [[value]], { origin: `B${rowOf(sheet, label)}` });
  return (XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64');
};

describe('the rule set as a sheet in Excel (download, edit, upload with checks)', () => {
  it('downloads the current version as a protected workbook anyone in the region can read', async () => {
    const download = await system.api('filer-edu').get(path);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('spreadsheetml');
    expect(download.headers.get('etag')).toBe('"1"');
    expect(download.headers.get('content-disposition')).toContain(`filename="${ruleSetId}-v1.xlsx"`);
    const book = readXlsx(Buffer.from(download.bytes));
    expect(book.sheetNames).toContain('规则设置');
    const sheet = book.sheet('规则设置');
    expect(sheet.protection).not.toBeNull();
    const meta = book.sheet('_meta');
    expect(meta.state).toBe('hidden');
    expect(meta.values).toEqual(expect.arrayContaining([['form', 'ruleSet'], ['ruleSetId', ruleSetId], ['version', '1']]));
    const row = sheet.values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('产出指标分值'));
    expect(sheet.values[row]?.[1]).toBe(50);
    expect(sheet.look(`B${row + 1}`).locked).toBe(false);
    expect(sheet.look(`A${row + 1}`).locked).toBe(true);
    const variantRow = sheet.values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('反向指标计分方式')) + 1;
    expect(sheet.dataValidations.some((v) => v.sqref.startsWith(`B${variantRow}`) && v.type === 'list')).toBe(true);

    expect((await system.api('reviewer-chongchuan').get(path)).status).toBe(404);
  });

  it('takes an edited weight back from a finance administrator as a new version', async () => {
    const download = await system.api('admin-city').get(path);
    const file = edit(download.bytes, [['产出指标分值', 45], ['效益指标分值', 35], ['反向指标计分方式', 'B']]);

    const filer = await system.api('filer-edu').post(path, { file }, { headers: { 'if-match': '"1"' } });
    expect(filer.status).toBe(403);
    expect(filer.body.code).toBe('auth.forbidden');
    const otherRegion = await system.api('reviewer-chongchuan').post(path, { file }, { headers: { 'if-match': '"1"' } });
    expect(otherRegion.status).toBe(404);
    expect((await system.api('admin-city').post(path, { file })).status).toBe(428);

    const saved = await system.api('admin-city').post(path, { file }, { headers: { 'if-match': '"1"', 'idempotency-key': 'rs-sheet-1' } });
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe('"2"');
    expect(saved.body.head).toMatchObject({ id: ruleSetId, version: 2, updatedBy: 'admin-city' });
    expect(saved.body.data.selfEvaluation.points).toEqual({ output: 45, outcome: 35, satisfaction: 10, execution: 10 });
    expect(saved.body.data.selfEvaluation.reverseVariant).toBe('B');
    // Everything else is as it was.
    expect(saved.body.data.linkage.table.fair).toMatchObject({ action: 'cut', cutPercent: 10 });
    const replay = await system.api('admin-city').post(path, { file }, { headers: { 'if-match': '"1"', 'idempotency-key': 'rs-sheet-1' } });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');

    const current = await system.api('filer-health').get('/v1/rule-sets?year=2026');
    expect(current.body.head.version).toBe(2);
    expect(current.body.data.selfEvaluation.points.output).toBe(45);
    const audit = await system.api('admin-city').get(`/v1/rule-sets/${ruleSetId}/audit`);
    expect(audit.body.items.at(-1)).toMatchObject({ version: 2, action: 'save', subject: 'admin-city', role: 'financeAdmin' });

    // The same file again: it was made from version 1, which is no longer current.
    const stale = await system.api('admin-city').post(path, { file }, { headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('record.versionConflict');
    // If-Match must name the version the file was made from.
    const mismatch = await system.api('admin-city').post(path, { file }, { headers: { 'if-match': '"2"' } });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.code).toBe('ruleSet.workbookVersionMismatch');
  });

  it('refuses a bad number with the cell, and a foreign file, saving nothing', async () => {
    const download = await system.api('admin-city').get(path);
    expect(download.headers.get('etag')).toBe('"2"');
    const book = XLSX.read(Buffer.from(download.bytes), { type: 'buffer' });
    const row = rowOf(book.Sheets['规则设置']!, '满意度指标分值');
    const bad = edit(download.bytes, [['满意度指标分值', '十分']]);
    const refused = await system.api('admin-city').post(path, { file: bad }, { headers: { 'if-match': '"2"' } });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.code).toBe('ruleSet.invalid');
    expect(refused.body.problems).toEqual([expect.objectContaining({ code: 'ruleSetSheet.cellInvalid', cell: `B${row}`, path: 'selfEvaluation.points.satisfaction' })]);

    const sum = edit(download.bytes, [['满意度指标分值', 20]]);
    const unbalanced = await system.api('admin-city').post(path, { file: sum }, { headers: { 'if-match': '"2"' } });
    expect(unbalanced.status).toBe(422);
    expect(unbalanced.body.problems[0]).toMatchObject({ code: 'ruleSet.invalid', path: 'selfEvaluation.points' });
    expect(unbalanced.body.problems[0].cell).toMatch(/^B\d+$/);

    const foreign = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(foreign, XLSX.utils.aoa_to_sheet([['规则']]), 'Sheet1');
    const unknown = await system.api('admin-city').post(path, { file: (XLSX.write(foreign, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64') }, { headers: { 'if-match': '"2"' } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('ruleSet.workbookUnknown');

    expect((await system.api('admin-city').get('/v1/rule-sets?year=2026')).body.head.version).toBe(2);
    expect(system.loggedErrors).toEqual([]);
  });
});
