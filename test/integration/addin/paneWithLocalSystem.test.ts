/**
 * The task pane's controller against the real local system (DynamoDB Local, the local token issuer,
 * the API with the Lambda handlers), with the recording stand-in as Excel: the API client, sign-in,
 * ETag/If-Match, idempotency keys and problem+json must fit the real backend, not only our fakes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../../addin/api/client';
import { problemFill } from '../../../addin/excel/palette';
import { createController } from '../../../addin/taskpane/controller';
import { targetSheetForm } from '../../../domain/forms/targetSheet/targetSheetForm';
import { silentLogger } from '../../../functions/http/logger';
import { startLocalSystem, type LocalSystem } from '../../../dev/startLocalSystem';
import { FakeExcel } from '../../unit/addin/fakeExcel';
import { fakeHost } from '../../unit/addin/fakeHost';
import { issuerAuth } from '../../support/issuerAuth';

const sheetName = targetSheetForm.sheetName;
const projectId = 'nt-edu-2026-student-aid';

let dataDir: string;
let system: LocalSystem;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'jixiao-pane-'));
  system = await startLocalSystem({ dataDir, apiPort: 0, addinPort: 0, dynamoPort: 0, trustCertificates: false, serveAddin: false, logger: silentLogger });
});
afterAll(async () => {
  await system?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const pane = () => {
  const auth = issuerAuth(system.issuerUrl, system.signInClient);
  const api = createApiClient({ baseUrl: system.apiUrl, getToken: () => auth.token() });
  const excel = new FakeExcel();
  const controller = createController({ api, host: fakeHost(excel), auth, year: 2026 });
  return { controller, excel, state: () => controller.getState() };
};

describe('task pane against the local system', () => {
  it('files, submits, is returned with a comment, resubmits and is approved', async () => {
    const filer = pane();
    await filer.controller.signIn('filer-edu');
    expect(filer.state().notice).toBeUndefined();
    expect(filer.state().projects.map((p) => p.id)).toContain(projectId);
    filer.controller.selectProject(projectId);

    await filer.controller.createDraft();
    expect(filer.state().notice?.kind, JSON.stringify(filer.state().notice)).toBe('success');
    expect(filer.state().sheet).toMatchObject({ id: `targetSheet.2026.${projectId}`, readOnly: false });
    expect(filer.excel.cell(sheetName, 'C3')?.value).toBe('家庭经济困难学生资助');

    // Submitting the empty draft: the local check refuses first and marks the cells.
    await filer.controller.submit();
    expect(filer.state().notice?.text.zh).toBe('请先按标出的单元格修改错误，再提交');
    expect(filer.excel.cell(sheetName, 'C10')?.fill).toBe(problemFill.error);

    filer.excel.type(sheetName, 'C10', '2024—2026 年保障家庭经济困难学生应助尽助');
    filer.excel.type(sheetName, 'C11', '2026 年资助家庭经济困难学生不少于 1.2 万人次');
    const rows: (string | number)[][] = [
      ['产出指标', '数量指标', '资助学生人数', '≥', 12000, '人次', '计划标准'],
      ['效益指标', '社会效益指标', '资助对象认定准确率', '≥', 98, '%', '行业标准'],
      ['成本指标', '经济成本指标', '生均资助成本', '≤', 3000, '元', '计划标准'],
    ];
    rows.forEach((row, r) => row.forEach((value, c) => filer.excel.type(sheetName, `${'ABCDEFG'[c]}${16 + r}`, value)));

    await filer.controller.saveDraft();
    expect(filer.state().notice?.kind, JSON.stringify(filer.state().notice)).toBe('success');
    const savedVersion = filer.state().sheet!.version;
    expect(savedVersion).toBeGreaterThan(1);

    await filer.controller.submit();
    expect(filer.state().notice?.kind, JSON.stringify(filer.state().notice)).toBe('success');
    expect(filer.state().sheet?.head.status).toBe('submitted');
    expect(filer.state().sheet?.version).toBeGreaterThan(savedVersion);

    const reviewer = pane();
    await reviewer.controller.signIn('reviewer-city');
    expect(reviewer.state().queue.map((h) => h.id)).toContain(`targetSheet.2026.${projectId}`);
    await reviewer.controller.openForReview(`targetSheet.2026.${projectId}`);
    expect(reviewer.excel.cell(sheetName, 'C16')?.value).toBe('资助学生人数');
    await reviewer.controller.returnForRevision('请补充服务对象满意度指标');
    expect(reviewer.state().sheet?.head.status, JSON.stringify(reviewer.state().notice)).toBe('returned');

    await filer.controller.refresh();
    expect(filer.state().sheet?.head).toMatchObject({ status: 'returned', comment: '请补充服务对象满意度指标' });
    expect(filer.state().sheet?.readOnly).toBe(false);

    await filer.controller.searchLibrary('受助学生满意度');
    const item = filer.state().library[0];
    expect(item?.name_zh).toContain('满意度');
    await filer.excel.context.workbook.worksheets.getItem(sheetName).getRange('C19').select();
    await filer.excel.context.sync();
    await filer.controller.insertIndicator(item!);
    filer.excel.type(sheetName, 'E19', 90);
    await filer.controller.submit();
    expect(filer.state().sheet?.head.status, JSON.stringify(filer.state().notice)).toBe('submitted');
    expect(filer.state().sheet?.data.indicators).toHaveLength(4);

    await reviewer.controller.openForReview(`targetSheet.2026.${projectId}`);
    await reviewer.controller.approve();
    expect(reviewer.state().sheet?.head.status, JSON.stringify(reviewer.state().notice)).toBe('approved');

    // A stale version now gets the server's 409 as a notice, nothing written.
    await reviewer.controller.approve();
    expect(reviewer.state().notice?.kind).toBe('error');
  });

  it('opens the existing (approved) sheet read-only when 新建 finds one', async () => {
    const filer = pane();
    await filer.controller.signIn('filer-edu');
    filer.controller.selectProject(projectId);
    await filer.controller.createDraft();
    expect(filer.state().notice?.text.zh, JSON.stringify(filer.state().notice)).toBe('该项目本年度已有申报表，已为您打开');
    expect(filer.state().sheet?.head.status).toBe('approved');
    expect(filer.state().sheet?.readOnly).toBe(true);
  });
});
