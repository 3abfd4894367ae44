import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XLSX from '@e965/xlsx';
import { readXlsx } from '../../support/readXlsx';
import { startTestSystem, type ApiClient, type TestSystem } from '../../support/testSystem';

let system: TestSystem;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(async () => system?.stop());

const subjectId = 'nt-edu-2026-teacher-training';
const id = `targetSheet.2026.${subjectId}`;
const sheetName = '绩效目标申报表';

const template = async (api: ApiClient) => {
  const response = await api.get(`/v1/offline/templates?form=targetSheet&subjectId=${subjectId}`);
  expect(response.status).toBe(200);
  return Buffer.from(response.bytes);
};

/** Fills a template the way another program would: SheetJS edits the cells and writes a new file. */
const fillWithSheetJs = (file: Buffer, indicators: (string | number)[][], edit?: (book: XLSX.WorkBook) => void): string => {
  const book = XLSX.read(file, { type: 'buffer' });
  const sheet = book.Sheets[sheetName]!;
  XLSX.utils.sheet_add_aoa(sheet, [['提升全市中小学教师专业能力']], { origin: 'C10' });
  XLSX.utils.sheet_add_aoa(sheet, [['2026 年培训教师 3000 人次']], { origin: 'C11' });
  XLSX.utils.sheet_add_aoa(sheet, indicators, { origin: 'A16' });
  edit?.(book);
  return (XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64');
};

const good = [
  ['产出指标', '数量指标', '培训教师人次', '≥', 3000, '人次', '计划标准'],
  ['产出指标', '质量指标', '培训考核合格率', '≥', 95, '%', '行业标准'],
  ['效益指标', '社会效益指标', '参训教师教学能力提升率', '≥', 80, '%', '历史标准'],
  ['成本指标', '经济成本指标', '人均培训成本', '≤', 1400, '元/人次', '计划标准'],
  ['满意度指标', '服务对象满意度指标', '参训教师满意度', '≥', 90, '%', '行业标准'],
];

describe('offline workbooks, filled without the add-in', () => {
  it('downloads a protected template with drop-downs, locked labels and a hidden _meta sheet', async () => {
    const book = readXlsx(await template(system.api('filer-edu')));
    const form = book.sheet(sheetName);
    expect(form.protection).not.toBeNull();
    expect(form.dataValidations.map((v) => v.type)).toContain('list');
    expect(form.look('A3').locked).toBe(true);
    expect(form.look('A16').locked).toBe(false);
    const meta = book.sheet('_meta');
    expect(meta.state).not.toBe('visible');
    expect(Object.fromEntries(meta.values.map(([k, v]) => [k, v]))).toMatchObject({ form: 'targetSheet', subjectId, year: '2026', version: '0' });
    expect(meta.values.map(([k]) => k)).toEqual(['form', 'subjectId', 'year', 'version', 'layout', 'checksum']);
  });

  it('reports problems by cell, then stores a corrected file as a new version; a stale file is refused with both versions named', async () => {
    const filer = system.api('filer-edu');
    const blank = await template(filer);

    // A quantitative indicator without a unit and too few indicators: refused, with cells.
    const faulty = await filer.post('/v1/offline/uploads', { file: fillWithSheetJs(blank, [['产出指标', '数量指标', '培训教师人次', '≥', 3000, '', '计划标准']]) });
    expect(faulty.status).toBe(422);
    expect(faulty.body.code).toBe('offline.invalid');
    const cells = faulty.body.problems.map((p: { cell: string }) => p.cell);
    expect(cells).toContain('F16');
    for (const cell of cells) expect(cell).toMatch(/^[A-Z]+\d+$/);
    expect((await filer.get(`/v1/target-sheets/${id}`)).status).toBe(404);

    // Corrected: accepted and stored as version 1, a draft.
    const accepted = await filer.post('/v1/offline/uploads', { file: fillWithSheetJs(blank, good) });
    expect(accepted.status).toBe(200);
    expect(accepted.body.head).toMatchObject({ id, version: 1, status: 'draft' });
    expect(accepted.body.data.indicators).toHaveLength(5);
    expect(accepted.body.data.indicators[3]).toMatchObject({ level1: 'cost', operator: 'lte', target: '1400', unit: '元/人次' });
    expect(accepted.body.data.annualGoal).toBe('2026 年培训教师 3000 人次');

    // The next template carries version 1; filling it again makes version 2.
    const v1 = await template(filer);
    const again = await filer.post('/v1/offline/uploads', { file: fillWithSheetJs(v1, good.map((row) => (row[2] === '培训教师人次' ? [...row.slice(0, 4), 3200, ...row.slice(5)] : row))) });
    expect(again.status).toBe(200);
    expect(again.body.head.version).toBe(2);
    expect(again.body.data.indicators[0].target).toBe('3200');

    // Someone changes the form in the add-in; the version-1 file is now stale and refused.
    const current = await filer.get(`/v1/target-sheets/${id}`);
    const edited = await filer.put(`/v1/target-sheets/${id}`, { data: { ...current.body.data, annualGoal: '年度目标（在线修改）' } }, { headers: { 'if-match': '"2"' } });
    expect(edited.status).toBe(200);
    const stale = await filer.post('/v1/offline/uploads', { file: fillWithSheetJs(v1, good) });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('offline.staleVersion');
    expect(stale.body.message_zh).toContain('第 1 版');
    expect(stale.body.message_zh).toContain('第 3 版');
    expect((await filer.get(`/v1/target-sheets/${id}`)).body.data.annualGoal).toBe('年度目标（在线修改）');
  });

  it('applies a file made from an older version when only the status changed since (content equal), as a new version', async () => {
    const filer = system.api('filer-edu');
    const v3 = await template(filer);
    // Submit (version 4, same data) and get it returned (version 5, same data): the version-3 file still applies.
    expect((await filer.post(`/v1/target-sheets/${id}/submit`, undefined, { headers: { 'if-match': '"3"' } })).status).toBe(200);
    expect((await system.api('reviewer-city').post(`/v1/target-sheets/${id}/return`, { comment: '请细化成本指标' }, { headers: { 'if-match': '"4"' } })).status).toBe(200);
    const applied = await filer.post('/v1/offline/uploads', { file: fillWithSheetJs(v3, good) });
    expect(applied.status).toBe(200);
    expect(applied.body.head).toMatchObject({ version: 6, status: 'returned' });
  });

  it('refuses a file whose _meta was edited, and a file that is not ours', async () => {
    const filer = system.api('filer-edu');
    const tampered = fillWithSheetJs(await template(filer), good, (book) => {
      XLSX.utils.sheet_add_aoa(book.Sheets._meta!, [['version', '99']], { origin: 'A4' });
    });
    const refused = await filer.post('/v1/offline/uploads', { file: tampered });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('offline.tampered');

    const foreign = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(foreign, XLSX.utils.aoa_to_sheet([['随便一张表']]), 'Sheet1');
    const unknown = await filer.post('/v1/offline/uploads', { file: (XLSX.write(foreign, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64') });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('offline.unknownWorkbook');
  });

  it('keeps other departments out: their template is 404 and their upload is refused', async () => {
    expect((await system.api('filer-health').get(`/v1/offline/templates?form=targetSheet&subjectId=${subjectId}`)).status).toBe(404);
    const file = fillWithSheetJs(await template(system.api('filer-edu')), good);
    const response = await system.api('filer-health').post('/v1/offline/uploads', { file });
    expect([403, 404]).toContain(response.status);
  });
});
