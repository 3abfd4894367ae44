import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XLSX from '@e965/xlsx';
import { silentLogger } from '../../../functions/http/logger';
import { startLocalSystem, type LocalSystem } from '../../../dev/startLocalSystem';
import { officeJsMessage } from '../../../addin/officeJs/watchOfficeJs';
import { launchChromium, type Chromium } from './launchChromium';
import { signInThroughIssuer } from '../../support/signInThroughIssuer';

/** Screenshots for a person to look at; not part of the repository. */
const shots = '/tmp/jixiao-shots';
const subjectId = 'nt-edu-2026-teacher-training';
const sheetName = '绩效目标申报表';

let dataDir: string;
let files: string;
let system: LocalSystem;
let browser: Chromium;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'jixiao-browser-'));
  files = await mkdtemp(join(tmpdir(), 'jixiao-browser-files-'));
  await mkdir(shots, { recursive: true });
  system = await startLocalSystem({ dataDir, apiPort: 0, addinPort: 0, dynamoPort: 0, trustCertificates: false, logger: silentLogger });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await system?.stop();
  await rm(dataDir, { recursive: true, force: true });
  await rm(files, { recursive: true, force: true });
});

/** A new tab that records script errors and console errors. */
const openPage = async (path: string): Promise<{ page: Page; errors: string[] }> => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(`${system.addinUrl}/${path}`);
  return { page, errors };
};

/** Fills the template like another spreadsheet program would: SheetJS edits the cells and writes a new file. */
const fillWithSheetJs = (template: Buffer, indicators: (string | number)[][]): Buffer => {
  const book = XLSX.read(template, { type: 'buffer' });
  const sheet = book.Sheets[sheetName];
  if (!sheet) throw new Error(`template has no sheet ${sheetName}`);
  XLSX.utils.sheet_add_aoa(sheet, [['提升全市中小学教师专业能力']], { origin: 'C10' });
  XLSX.utils.sheet_add_aoa(sheet, [['2026 年培训教师 3000 人次']], { origin: 'C11' });
  XLSX.utils.sheet_add_aoa(sheet, indicators, { origin: 'A16' });
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
};

const indicators = [
  ['产出指标', '数量指标', '培训教师人次', '≥', 3000, '人次', '计划标准'],
  ['产出指标', '质量指标', '培训考核合格率', '≥', 95, '%', '行业标准'],
  ['效益指标', '社会效益指标', '参训教师教学能力提升率', '≥', 80, '%', '历史标准'],
  ['成本指标', '经济成本指标', '人均培训成本', '≤', 1400, '元/人次', '计划标准'],
  ['满意度指标', '服务对象满意度指标', '参训教师满意度', '≥', 90, '%', '行业标准'],
];

type Answer = { status: number; body: { head?: { version: number; status: string } } };

/** The API as another client of the local issuer would call it: signed in through the same sign-in page and code exchange. */
const apiCall = async (method: string, path: string, subject: string, headers: Record<string, string> = {}): Promise<Answer> => {
  const { access_token } = await signInThroughIssuer(system.issuerUrl, subject, { clientId: system.signInClient.clientId, redirectUri: system.signInClient.redirectUris[0] });
  const response = await fetch(`${system.apiUrl}${path}`, { method, headers: { authorization: `Bearer ${access_token}`, ...headers } });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
};
const apiGet = (path: string, subject: string) => apiCall('GET', path, subject);

/** The access token the page holds after signing in (oidc-client-ts keeps the user in session storage). */
const pageToken = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((name) => name.startsWith('oidc.user:'));
    return key === undefined ? undefined : (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token;
  });

describe('offline.html in headless Chromium (filling without the add-in)', () => {
  it('signs in through the issuer, downloads a template, lists the problems of a faulty upload by cell, saves the corrected file and submits it', async () => {
    const { page, errors } = await openPage('offline.html');
    await expect.poll(() => page.locator('h1').textContent()).toBe('绩效 · 离线填报');

    // OIDC code flow with PKCE: the page goes to the local issuer's sign-in page and comes back with a code.
    await page.click('#sign-in');
    await page.waitForURL(`${system.issuerUrl}/authorize?**`);
    const authorizeUrl = new URL(page.url());
    expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorizeUrl.searchParams.get('client_id')).toBe('jixiao-addin');
    expect(await page.locator('h1').textContent()).toBe('选择登录用户');
    await page.screenshot({ path: join(shots, 'offline-0-issuer-sign-in.png'), fullPage: true });
    // Keyboard reachable: focus the user's button and press Enter.
    await page.locator('button[data-subject="filer-edu"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${system.addinUrl}/offline.html`);
    await page.locator('#subject').waitFor();
    expect(page.url()).not.toContain('code=');
    await expect.poll(() => page.locator('.user').textContent()).toContain('南通市教育局');
    await page.selectOption('#year', '2026');
    await page.locator('#subject:not([disabled])').waitFor();
    await page.selectOption('#subject', subjectId);
    expect(await page.locator('#form option:checked').textContent()).toBe('项目支出绩效目标申报表');
    await page.screenshot({ path: join(shots, 'offline-1-signed-in.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe(`${sheetName}-中小学教师培训-2026.xlsx`);
    const template = await readFile(await download.path());
    expect(XLSX.read(template, { type: 'buffer' }).SheetNames).toContain('_meta');
    await expect.poll(() => page.locator('#notice').textContent()).toContain('第 0 版');

    // One indicator, and it has no unit: the page lists the problems with their cells.
    const faulty = join(files, 'faulty.xlsx');
    await writeFile(faulty, fillWithSheetJs(template, [['产出指标', '数量指标', '培训教师人次', '≥', 3000, '', '计划标准']]));
    await page.setInputFiles('#upload-file', faulty);
    const unitProblem = page.locator('.problems li[data-cell="F16"]');
    await unitProblem.waitFor();
    expect(await unitProblem.locator('.cell').textContent()).toBe('单元格 F16');
    expect(await unitProblem.locator('.message.other').textContent()).toMatch(/[A-Za-z]/);
    expect(await page.locator('#notice.error').textContent()).toMatch(/^文件中有 \d+ 处错误/);
    await page.screenshot({ path: join(shots, 'offline-2-problems.png'), fullPage: true });
    expect((await apiGet(`/v1/target-sheets/targetSheet.2026.${subjectId}`, 'filer-edu')).status).toBe(404);

    // The English switch shows the same problem with the English message first.
    await page.click('#lang-switch');
    expect(await unitProblem.locator('.cell').textContent()).toBe('Cell F16');
    await page.click('#lang-switch');

    // Corrected: saved as version 1, and the API has it.
    const fixed = join(files, 'fixed.xlsx');
    await writeFile(fixed, fillWithSheetJs(template, indicators));
    await page.setInputFiles('#upload-file', fixed);
    await page.locator('#notice.success').waitFor();
    expect(await page.locator('#notice').textContent()).toBe('已保存为第 1 版（草稿）');
    expect(await page.locator('.problems').count()).toBe(0);
    await page.screenshot({ path: join(shots, 'offline-3-saved.png'), fullPage: true });
    const stored = await apiGet(`/v1/target-sheets/targetSheet.2026.${subjectId}`, 'filer-edu');
    expect(stored.status).toBe(200);
    expect(stored.body.head).toMatchObject({ version: 1, status: 'draft' });

    // Filed: submitted with the token the page got from the issuer (the page has no submit button yet).
    const token = await pageToken(page);
    expect(token).toMatch(/^ey/);
    const submitted = await fetch(`${system.apiUrl}/v1/target-sheets/targetSheet.2026.${subjectId}/submit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'if-match': '"1"', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(submitted.status).toBe(200);
    expect((await apiGet(`/v1/target-sheets/targetSheet.2026.${subjectId}`, 'reviewer-city')).body.head).toMatchObject({ version: 2, status: 'submitted' });

    // The next template is made from the submitted version 2.
    const [again] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    const meta = XLSX.read(await readFile(await again.path()), { type: 'buffer' }).Sheets._meta;
    expect(meta ? XLSX.utils.sheet_to_json<string[]>(meta, { header: 1 }).find((row) => row[0] === 'version')?.[1] : undefined).toBe('2');

    // The browser logs the refused upload's 422 as a failed resource: that answer was the point.
    expect(errors.filter((e) => !/status of 422/.test(e))).toEqual([]);
    expect(errors.filter((e) => /status of 422/.test(e))).toHaveLength(1);
    expect(browser.blocked).toEqual([]);
    await page.close();
  });
});

describe('taskpane.html in headless Chromium with Office.js stubbed', () => {
  it('renders the zh-CN pane and its sign-in without a script error', async () => {
    const { page, errors } = await openPage('taskpane.html');
    await page.locator('#sign-in').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('h2').first().textContent()).toBe('登录');
    expect(await page.locator('#demo-user').count()).toBe(0);
    expect(await page.getByRole('button', { name: '登录' }).count()).toBe(1);
    await page.screenshot({ path: join(shots, 'taskpane-sign-in.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('taskpane.html in headless Chromium when office.js does not load', () => {
  it('says so in Chinese and English instead of "正在加载…" for ever', async () => {
    const page = await browser.context.newPage();
    // Page routes come before the context's stub: Microsoft's CDN is blocked for this tab.
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort('blockedbyclient'));
    await page.goto(`${system.addinUrl}/taskpane.html`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.locator('p[lang="zh-CN"]').textContent()).toBe(officeJsMessage.zh);
    expect(await alert.locator('p[lang="en"]').textContent()).toBe(officeJsMessage.en);
    await page.screenshot({ path: join(shots, 'taskpane-office-js-missing.png'), fullPage: true });
    await page.close();
  });
});

describe('auth-dialog.html in headless Chromium, as the Office dialog the pane opens', () => {
  it('signs in through the local issuer and hands the user with its tokens to the pane (messageParent)', async () => {
    const { page, errors } = await openPage('auth-dialog.html');
    await page.waitForURL(`${system.issuerUrl}/authorize?**`);
    expect(new URL(page.url()).searchParams.get('redirect_uri')).toBe(`${system.addinUrl}/auth-dialog.html`);
    await page.click('button[data-subject="reviewer-city"]');
    await page.waitForURL(`${system.addinUrl}/auth-dialog.html?**`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { parentMessages: string[] }).parentMessages.length)).toBe(1);
    const [message] = await page.evaluate(() => (window as unknown as { parentMessages: string[] }).parentMessages);
    const user = JSON.parse((JSON.parse(message ?? '{}') as { user: string }).user) as { access_token: string; refresh_token?: string; profile: { sub: string } };
    expect(user.profile.sub).toBe('reviewer-city');
    expect(typeof user.refresh_token).toBe('string');
    const me = await fetch(`${system.apiUrl}/v1/me`, { headers: { authorization: `Bearer ${user.access_token}` } });
    expect(await me.json()).toMatchObject({ principal: { subject: 'reviewer-city', roles: ['financeReviewer'] } });
    expect(errors).toEqual([]);
    await page.close();
  });
});
