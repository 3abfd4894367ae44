import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodStudentAidIndicators } from '../../support/targetSheetFixtures';
import { readXlsx } from '../../support/readXlsx';
import { startTestSystem, type ApiClient, type TestSystem } from '../../support/testSystem';
import { exportAndWait } from './waitForExport';

let system: TestSystem;
let exportDir: string;

// Sheets: three of 南通市教育局 (one approved, one submitted, one draft), one of 卫健委 (approved, with
// text that a spreadsheet would run as a formula), one of 崇川区 (another region).
const fileSheet = async (api: ApiClient, projectId: string, overrides: Record<string, unknown> = {}) => {
  const created = await api.post('/v1/target-sheets', { projectId, year: 2026 });
  expect(created.status).toBe(201);
  const data = { ...created.body.data, overallGoal: '总体目标', annualGoal: '年度目标', indicators: goodStudentAidIndicators, ...overrides };
  const saved = await api.put(`/v1/target-sheets/${created.body.head.id}`, { data }, { headers: { 'if-match': '"1"' } });
  expect(saved.status).toBe(200);
  return created.body.head.id as string;
};
const submit = async (api: ApiClient, id: string, version: number) =>
  expect((await api.post(`/v1/target-sheets/${id}/submit`, undefined, { headers: { 'if-match': `"${version}"` } })).status).toBe(200);
const approve = async (api: ApiClient, id: string, version: number) =>
  expect((await api.post(`/v1/target-sheets/${id}/approve`, undefined, { headers: { 'if-match': `"${version}"` } })).status).toBe(200);

beforeAll(async () => {
  exportDir = await mkdtemp(join(tmpdir(), 'jixiao-exports-'));
  process.env.EXPORT_DIR = exportDir;
  system = await startTestSystem();
  const edu = system.api('filer-edu');
  const health = system.api('filer-health');
  const reviewer = system.api('reviewer-city');
  const aid = await fileSheet(edu, 'nt-edu-2026-student-aid');
  await submit(edu, aid, 2);
  await approve(reviewer, aid, 3);
  await submit(edu, await fileSheet(edu, 'nt-edu-2026-school-renovation'), 2);
  await fileSheet(edu, 'nt-edu-2026-teacher-training');
  const indicators = [...goodStudentAidIndicators.slice(0, 4), { ...goodStudentAidIndicators[4]!, name: '=HYPERLINK("http://x","满意度")' }];
  const immunization = await fileSheet(health, 'nt-health-2026-immunization', { indicators, annualGoal: '@SUM(1)' });
  await submit(health, immunization, 2);
  await approve(reviewer, immunization, 3);
  await fileSheet(system.api('filer-chongchuan-edu'), 'cc-edu-2026-after-school');
}, 120_000);

afterAll(async () => {
  await system?.stop();
  delete process.env.EXPORT_DIR;
  await rm(exportDir, { recursive: true, force: true });
});

const allPages = async (api: ApiClient, query: string) => {
  const projects: Record<string, unknown>[] = [];
  const indicators: Record<string, unknown>[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const response = await api.get(`/v1/consolidation?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(response.status).toBe(200);
    projects.push(...response.body.projects);
    indicators.push(...response.body.indicators);
    cursor = response.body.cursor;
    pages++;
  } while (cursor);
  return { projects, indicators, pages };
};

describe('consolidated rows through the API', () => {
  it('gives the finance bureau every subject of its region with its indicators, each traced to submission, version and approver', async () => {
    const { projects, indicators, pages } = await allPages(system.api('reviewer-city'), 'year=2026&form=targetSheet&limit=2');
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(projects.map((p) => p.subjectId).sort()).toEqual([
      'nt-edu-2026-school-renovation', 'nt-edu-2026-student-aid', 'nt-edu-2026-teacher-training', 'nt-health-2026-immunization',
    ]);
    expect(indicators).toHaveLength(20);
    expect(projects.find((p) => p.subjectId === 'nt-edu-2026-student-aid')).toMatchObject({
      submissionId: 'targetSheet.2026.nt-edu-2026-student-aid', version: 4, status: 'approved', approvedBy: 'reviewer-city',
      budgetType: 'general', departmentName: '南通市教育局', amountFen: 3_560_000_000, indicatorCount: 5,
    });
  });

  it('filters by status, budget type and department', async () => {
    const reviewer = system.api('reviewer-city');
    expect((await allPages(reviewer, 'year=2026&form=targetSheet&statuses=approved')).projects.map((p) => p.subjectId).sort())
      .toEqual(['nt-edu-2026-student-aid', 'nt-health-2026-immunization']);
    expect((await allPages(reviewer, 'year=2026&form=targetSheet&departmentIds=nt-health')).projects).toHaveLength(1);
    expect((await allPages(reviewer, 'year=2026&form=targetSheet&budgetTypes=fund,stateCapital')).projects).toHaveLength(0);
  });

  it('limits a department role to its department and refuses roles without data', async () => {
    const own = await allPages(system.api('filer-health'), 'year=2026&form=targetSheet&departmentIds=nt-edu');
    expect(own.projects.map((p) => p.departmentId)).toEqual(['nt-health']);
    expect((await system.api('expert-city').get('/v1/consolidation?year=2026&form=targetSheet')).status).toBe(403);
    // Every consolidation form has a source now: finance re-evaluations too (none recorded yet here).
    const evaluations = await system.api('reviewer-city').get('/v1/consolidation?year=2026&form=evaluation');
    expect(evaluations.status).toBe(200);
  });
});

describe('export jobs write to the store; the file is fetched by a signed, expiring link', () => {
  it('writes the consolidated workbook on the server and serves it without a token through the link; SheetJS reads back the same rows', async () => {
    const reviewer = system.api('reviewer-city');
    const done = await exportAndWait(reviewer, { year: 2026, form: 'targetSheet' });
    expect(done).toMatchObject({ status: 'done', kind: 'consolidation', format: 'xlsx', fileName: '绩效目标汇总-2026.xlsx', rows: { projects: 4, indicators: 20 } });
    expect(done.url).toMatch(new RegExp(`^/v1/exports/${done.id}/download\\?expires=\\d+&sig=`));
    expect(Date.parse(done.expiresAt)).toBeGreaterThan(Date.now());

    const download = await fetch(`${system.apiUrl}${done.url}`);
    expect(Number(download.headers.get('content-length'))).toBe(done.bytes);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain(encodeURIComponent('绩效目标汇总-2026.xlsx'));
    const book = readXlsx(Buffer.from(await download.arrayBuffer()));
    expect(book.sheetNames).toEqual(['绩效目标-汇总', '绩效目标-项目', '绩效目标-指标']);

    const api = await allPages(reviewer, 'year=2026&form=targetSheet');
    const sheet = book.sheet('绩效目标-指标');
    const header = sheet.values[0]!.map(String);
    const column = (zh: string) => header.findIndex((h) => h.startsWith(`${zh}\n`));
    const fromFile = sheet.values.slice(1).map((row) => `${row[column('填报编号')]}#${row[column('序号')]}#${row[column('指标值')]}#${row[column('版本')]}`).sort();
    const fromApi = api.indicators.map((row) => `${row.submissionId}#${row.index}#${row.target}#${row.version}`).sort();
    expect(fromFile).toEqual(fromApi);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.xml).toContain('<autoFilter');

    // Formula-like text is neutralized; numbers stay numbers.
    const cells = sheet.values.flat();
    expect(cells).toContain(`'=HYPERLINK("http://x","满意度")`);
    expect(cells).not.toContain('=HYPERLINK("http://x","满意度")');
    const projects = book.sheet('绩效目标-项目');
    const amount = projects.values[0]!.map(String).findIndex((h) => h.startsWith('年度资金总额'));
    expect(projects.values.slice(1).map((row) => row[amount])).toContain(3560);

    const summary = book.sheet('绩效目标-汇总');
    expect(summary.values.at(-1)!.slice(0, 3)).toEqual(['合计', 4, 20]);
  });

  it('refuses a link whose signature or expiry was changed', async () => {
    const done = await exportAndWait(system.api('reviewer-city'), { year: 2026, form: 'targetSheet', format: 'csv' });
    const url = new URL(done.url, system.apiUrl);
    const forged = new URL(url);
    forged.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 3600));
    const forgedResponse = await fetch(forged);
    expect(forgedResponse.status).toBe(403);
    expect((await forgedResponse.json()).code).toBe('export.badSignature');
    const badSig = new URL(url);
    badSig.searchParams.set('sig', 'x'.repeat(43));
    expect((await fetch(badSig)).status).toBe(403);
    expect((await fetch(url)).status).toBe(200);
  });

  it('exports a CSV with one header line and the indicator rows, neutralized', async () => {
    const done = await exportAndWait(system.api('reviewer-city'), { year: 2026, form: 'targetSheet', format: 'csv', statuses: ['approved'] });
    expect(done.rows).toEqual({ indicators: 10 });
    const text = new TextDecoder().decode(await (await fetch(`${system.apiUrl}${done.url}`)).arrayBuffer());
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toMatch(/^主管部门 \/ Department,/);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""满意度"")"`);
  });

  it('publishes approved targets only, without comments or personal data (信息公开)', async () => {
    const done = await exportAndWait(system.api('reviewer-city'), { year: 2026, form: 'targetSheet', kind: 'disclosure' });
    expect(done).toMatchObject({ status: 'done', fileName: '信息公开-绩效目标汇总-2026.xlsx', rows: { projects: 2, indicators: 10 } });
    const book = readXlsx(Buffer.from(await (await fetch(`${system.apiUrl}${done.url}`)).arrayBuffer()));
    const text = JSON.stringify(book.sheetNames.map((name) => book.sheet(name).values));
    expect(text).toContain('家庭经济困难学生资助');
    expect(text).not.toContain('reviewer-city');
    expect(text).not.toContain('中小学教师培训');
    const csv = await exportAndWait(system.api('reviewer-city'), { year: 2026, form: 'targetSheet', kind: 'disclosure', format: 'csv' });
    expect(csv.rows).toEqual({ indicators: 10 });
  });

  it('keeps a district out of the city export and asks for a token on POST', async () => {
    const district = await exportAndWait(system.api('reviewer-chongchuan'), { year: 2026, form: 'targetSheet' });
    expect(district.rows).toEqual({ projects: 1, indicators: 5 });
    const anonymous = await fetch(`${system.apiUrl}/v1/exports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"year":2026,"form":"targetSheet"}' });
    expect(anonymous.status).toBe(401);
  });
});
