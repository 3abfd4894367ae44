import { describe, expect, it } from 'vitest';
import { targetSheetForm } from '../../../domain/forms/targetSheet/targetSheetForm';
import type { AuthProvider } from '../../../addin/auth/authProvider';
import { problemFill } from '../../../addin/excel/palette';
import { createController } from '../../../addin/taskpane/controller';
import { FakeExcel } from './fakeExcel';
import { fakeHost } from './fakeHost';
import { FakeServer } from './fakeApi';

const sheetName = targetSheetForm.sheetName;

/** One user at one Excel: a pane over the shared fake server and that user's workbook. */
const pane = (server: FakeServer, excel = new FakeExcel()) => {
  let subject: string | undefined;
  const auth: AuthProvider = {
    signIn: async (s) => void (subject = s),
    token: async () => subject,
    signOut: () => void (subject = undefined),
  };
  const host = fakeHost(excel);
  const controller = createController({ api: server.client(() => subject), host, auth, year: 2026 });
  return { controller, excel, state: () => controller.getState() };
};

const fillIndicator = (excel: FakeExcel, row: number, cells: (string | number)[]) =>
  cells.forEach((value, i) => excel.type(sheetName, `${'ABCDEFG'[i]}${row}`, value));

describe('task pane controller: the filing and review story', () => {
  it('create → check shows problems with cells → click selects → fix → submit → returned with a comment → resubmit → approve', async () => {
    const server = new FakeServer();
    const filer = pane(server);

    await filer.controller.signIn('filer-edu');
    expect(filer.state().me?.principal.name).toBe('王会计');
    expect(filer.state().projectId).toBe('p-edu-aid');

    // 新建申报表: a draft on the server, the form in the workbook.
    await filer.controller.createDraft();
    expect(filer.state().sheet).toMatchObject({ id: 'targetSheet.2026.p-edu-aid', version: 1, readOnly: false, sheetName });
    expect(filer.state().notice?.text.zh).toContain('已新建申报表');
    expect(filer.excel.cell(sheetName, 'C3')?.value).toBe('义务教育学生资助');

    // 检查 on the empty draft: goals and indicators are missing, each with its cell.
    await filer.controller.check();
    const problems = filer.state().problems;
    const goal = problems.find((p) => p.code === 'targetSheet.goalMissing' && p.cell === 'C10');
    expect(goal, JSON.stringify(problems.map((p) => [p.code, p.cell]))).toBeDefined();
    expect(problems.some((p) => p.code === 'targetSheet.tooFewIndicators')).toBe(true);
    expect(problems.every((p) => p.cell !== undefined)).toBe(true);
    expect(filer.state().notice?.kind).toBe('error');
    // The cells are marked in the sheet, with a note in both languages.
    expect(filer.excel.cell(sheetName, 'C10')?.fill).toBe(problemFill.error);
    expect(filer.excel.sheet(sheetName).notes.get('C10')).toContain(goal!.message_en);
    expect(filer.excel.sheet(sheetName).protected).toBe(true);

    // Clicking the problem selects its cell.
    await filer.controller.selectProblem(goal!);
    expect(filer.excel.activeSheet).toBe(sheetName);
    expect(filer.excel.selected).toBe('C10');

    // The filer fills in the form in Excel.
    filer.excel.type(sheetName, 'C10', '三年内保障全市家庭经济困难学生应助尽助');
    filer.excel.type(sheetName, 'C11', '2026 年资助困难学生不少于 1.2 万人次');
    fillIndicator(filer.excel, 16, ['产出指标', '数量指标', '资助学生人数', '≥', 12000, '人次', '计划标准']);
    fillIndicator(filer.excel, 17, ['效益指标', '社会效益指标', '资助对象认定准确率', '≥', 98, '%', '行业标准']);
    fillIndicator(filer.excel, 18, ['成本指标', '经济成本指标', '生均资助成本', '≤', 1000, '元', '计划标准']);
    await filer.controller.check();
    expect(filer.state().problems.filter((p) => p.severity === 'error')).toEqual([]);
    // Earlier marks are undone: the goal cell has its input fill back and no note.
    expect(filer.excel.cell(sheetName, 'C10')?.fill).not.toBe(problemFill.error);
    expect(filer.excel.sheet(sheetName).notes.has('C10')).toBe(false);

    // 提交, with a rule only the server knows: 422 problems are listed and marked like local ones.
    server.serverOnlyProblems = [{ code: 'targetSheet.fundingTotalMismatch', message_zh: '资金与项目不一致', message_en: 'Funding differs from the project', cell: 'C8', severity: 'error' }];
    await filer.controller.submit();
    expect(filer.state().notice?.text.en).toContain('1 error');
    expect(filer.state().problems.map((p) => p.cell)).toEqual(['C8']);
    expect(filer.excel.cell(sheetName, 'C8')?.fill).toBe(problemFill.error);
    expect(filer.state().sheet?.head.status).toBe('draft');

    await filer.controller.submit();
    expect(filer.state().sheet).toMatchObject({ readOnly: true, version: 2 });
    expect(filer.state().sheet?.head.status).toBe('submitted');
    expect(filer.state().sheet?.data.indicators.map((i) => i.name)).toEqual(['资助学生人数', '资助对象认定准确率', '生均资助成本']);

    // The reviewer, in another workbook: queue → open read-only → 退回修改 with a comment.
    const reviewer = pane(server);
    await reviewer.controller.signIn('reviewer-city');
    expect(reviewer.state().queue.map((h) => h.id)).toEqual(['targetSheet.2026.p-edu-aid']);
    await reviewer.controller.openForReview('targetSheet.2026.p-edu-aid');
    expect(reviewer.state().sheet?.readOnly).toBe(true);
    expect(reviewer.excel.cell(sheetName, 'C10')?.locked).toBe(true); // an input cell, locked for review
    expect(reviewer.excel.cell(sheetName, 'C16')?.value).toBe('资助学生人数');
    await reviewer.controller.returnForRevision('  ');
    expect(reviewer.state().notice?.text.zh).toBe('请填写退回意见');
    await reviewer.controller.returnForRevision('请补充满意度指标');
    expect(reviewer.state().sheet?.head.status).toBe('returned');
    expect(reviewer.state().queue).toEqual([]);

    // The filer refreshes: status and comment show, and the sheet is editable again.
    await filer.controller.refresh();
    expect(filer.state().sheet?.head).toMatchObject({ status: 'returned', comment: '请补充满意度指标' });
    expect(filer.state().sheet?.readOnly).toBe(false);
    expect(filer.excel.cell(sheetName, 'C10')?.locked).toBe(false);

    // Insert a satisfaction indicator from the library into the selected blank row, then resubmit.
    await filer.controller.searchLibrary('受助学生满意度');
    const item = filer.state().library[0]!;
    expect(item.name_zh).toContain('满意度');
    await filer.excel.context.workbook.worksheets.getItem(sheetName).getRange('C19').select();
    await filer.excel.context.sync();
    await filer.controller.insertIndicator(item);
    expect(filer.excel.cell(sheetName, 'A19')?.value).toBe('满意度指标');
    expect(filer.excel.cell(sheetName, 'C19')?.value).toBe(item.name_zh);
    expect(filer.excel.cell(sheetName, 'I19')?.value).toBe(item.id);
    filer.excel.type(sheetName, 'E19', 90);
    await filer.controller.submit();
    expect(filer.state().sheet?.head.status).toBe('submitted');
    expect(filer.state().sheet?.data.indicators).toHaveLength(4);
    expect(filer.state().sheet?.data.indicators[3]?.libraryId).toBe(item.id);

    await reviewer.controller.loadQueue();
    await reviewer.controller.openForReview('targetSheet.2026.p-edu-aid');
    await reviewer.controller.approve();
    expect(reviewer.state().sheet?.head.status).toBe('approved');
    expect(server.calls).toEqual([
      'filer-edu:create', 'filer-edu:submit', 'filer-edu:submit', 'reviewer-city:return', 'filer-edu:submit', 'reviewer-city:approve',
    ]);
  });

  it('opens the existing sheet when 新建 finds one, and refuses edits on a submitted sheet', async () => {
    const server = new FakeServer();
    const first = pane(server);
    await first.controller.signIn('filer-edu');
    await first.controller.createDraft();
    const second = pane(server);
    await second.controller.signIn('filer-edu');
    await second.controller.createDraft();
    expect(second.state().notice?.text.zh).toBe('该项目本年度已有申报表，已为您打开');
    expect(second.state().sheet?.version).toBe(1);
    expect(second.excel.sheets.has(sheetName)).toBe(true);
  });

  it('asks to select an indicator row, to open a sheet first, and signs out on an expired token', async () => {
    const server = new FakeServer();
    const filer = pane(server);
    await filer.controller.check();
    expect(filer.state().notice?.text.en).toBe('Create or open a target sheet first');
    await filer.controller.signIn('filer-edu');
    await filer.controller.createDraft();
    await filer.controller.searchLibrary('满意度');
    await filer.controller.insertIndicator(filer.state().library[0]!); // A1 is selected: the title, not a row
    expect(filer.state().notice?.text.zh).toContain('指标区选中');
    filer.controller.signOut();
    await filer.controller.refresh();
    expect(filer.state().notice?.text.zh).toBe('请先新建或打开申报表');
    await filer.controller.setYear(2027);
    expect(filer.state().me).toBeUndefined();
    expect(filer.state().notice?.text.en).toBe('Your session has ended; sign in again');
  });

  it('switches language without losing state', async () => {
    const filer = pane(new FakeServer());
    await filer.controller.signIn('filer-edu');
    filer.controller.setLang('en');
    expect(filer.state().lang).toBe('en');
    expect(filer.state().projects).toHaveLength(1);
  });
});
