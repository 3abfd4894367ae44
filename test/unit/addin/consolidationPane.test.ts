import { describe, expect, it } from 'vitest';
import type { AuthProvider } from '../../../addin/auth/authProvider';
import { createController } from '../../../addin/taskpane/controller';
import type { PullStatus } from '../../../addin/taskpane/paneState';
import { indicatorColumns, projectColumns } from '../../../domain/consolidation/consolidationColumns';
import { columnLetter } from '../../../domain/grid/address';
import { FakeConsolidation } from './fakeConsolidationApi';
import { FakeServer } from './fakeApi';
import { FakeExcel } from './fakeExcel';
import { fakeHost } from './fakeHost';

const names = { summary: '绩效目标-汇总', projects: '绩效目标-项目', indicators: '绩效目标-指标' };
const indicatorsPerSubject = new FakeConsolidation(1).subjects[0]!.indicators.length;

/** A pane signed in as `subject` over the fake server, with a clock that ticks 250 ms per reading. */
const pane = async (server: FakeServer, subject: string) => {
  let signedIn: string | undefined;
  const auth: AuthProvider = { signIn: async (s) => void (signedIn = s), token: async () => signedIn, signOut: () => void (signedIn = undefined) };
  let ticks = 0;
  const excel = new FakeExcel();
  const controller = createController({ api: server.client(() => signedIn), host: fakeHost(excel), auth, year: 2026, now: () => 250 * ticks++ });
  await controller.signIn(subject);
  const seen: PullStatus[] = [];
  controller.subscribe((state) => {
    const pulling = state.consolidation?.pulling;
    if (pulling && seen.at(-1) !== pulling) seen.push(pulling);
  });
  const column = (sheet: string, key: string, columns = projectColumns as { key: string }[]) => {
    const letter = columnLetter(columns.findIndex((c) => c.key === key));
    const values = [];
    for (let row = 2; excel.cell(sheet, `A${row}`)?.value != null; row++) values.push(excel.cell(sheet, `${letter}${row}`)?.value);
    return values;
  };
  return { controller, excel, seen, column, state: () => controller.getState() };
};

/** A server with `count` subjects: 100 per page, so 250 make three pages. */
const serverWith = (count: number) => {
  const server = new FakeServer();
  Object.assign(server, { consolidation: new FakeConsolidation(count) });
  return server;
};

describe('汇总 in the pane (docs/addin.md "Consolidate: pull into the workbook")', () => {
  it('pulls every page into 汇总, 项目 and 指标 with progress, traced rows and a result line', async () => {
    const server = serverWith(250);
    const finance = await pane(server, 'reviewer-city');
    await finance.controller.showForm('consolidate');
    expect(finance.state().consolidation?.departments?.map((d) => d.name_zh)).toEqual(['南通市教育局', '南通市卫生健康委员会']);

    await finance.controller.pull();
    expect(finance.state().notice, JSON.stringify(finance.state().notice)).toMatchObject({ kind: 'success' });
    // Progress: pages read one by one, rows written catching up with rows read.
    expect(finance.seen.map((s) => s.pages)).toEqual(expect.arrayContaining([1, 2, 3]));
    const last = finance.seen.at(-1)!;
    expect(last).toMatchObject({ pages: 3, rowsRead: 250 * (1 + indicatorsPerSubject), rowsWritten: 250 * (1 + indicatorsPerSubject), cancelling: false });
    expect(finance.seen.every((s, i) => i === 0 || s.rowsRead >= finance.seen[i - 1]!.rowsRead)).toBe(true);

    const { consolidation, busy } = finance.state();
    expect(busy).toBe(false);
    expect(consolidation?.pulling).toBeUndefined();
    expect(consolidation?.result).toEqual({ projects: 250, indicators: 250 * indicatorsPerSubject, pages: 3, sheets: [names.summary, names.projects, names.indicators], ms: 250, cancelled: false });
    expect(finance.state().notice?.text.zh).toBe(`已将 ${250 * (1 + indicatorsPerSubject)} 行拉取到工作簿，见工作表“${names.summary}”`);

    // One row per project and per indicator, each with what traces it back.
    expect(finance.column(names.projects, 'submissionId')).toEqual(server.consolidation.subjects.map((s) => s.projects[0]!.submissionId));
    expect(finance.column(names.projects, 'version').slice(0, 3)).toEqual([1, 2, 3]);
    expect(finance.column(names.indicators, 'submissionId', indicatorColumns)).toHaveLength(250 * indicatorsPerSubject);
    expect(finance.excel.sheet(names.projects).frozenRows).toBe(1);
    expect(finance.excel.sheet(names.projects).filter).toBe(`A1:${columnLetter(projectColumns.length - 1)}251`);
    expect(finance.excel.activeSheet).toBe(names.summary);
    expect(finance.excel.cell(names.summary, 'A4')?.value).toBe('合计');
    expect(finance.excel.cell(names.summary, 'B4')?.value).toBe(250);
  });

  it('sends the picked year, form, budget types, departments and statuses as the API query', async () => {
    const server = serverWith(40);
    const finance = await pane(server, 'reviewer-city');
    await finance.controller.showForm('consolidate');
    finance.controller.setConsolidationForm('targetSheet');
    finance.controller.togglePick('budgetTypes', 'fund');
    finance.controller.togglePick('budgetTypes', 'general');
    finance.controller.togglePick('budgetTypes', 'general'); // picked, then unpicked
    finance.controller.togglePick('departmentIds', 'health');
    finance.controller.togglePick('statuses', 'submitted');
    finance.controller.togglePick('statuses', 'approved');
    await finance.controller.pull();

    expect(server.consolidation.asked).toEqual(['/v1/consolidation?year=2026&form=targetSheet&limit=100&budgetTypes=fund&departmentIds=health&statuses=submitted%2Capproved']);
    // The fixture cycles budget types and statuses: subjects 1, 5, 9 … are 卫健委, 基金预算, 已提交.
    const expected = server.consolidation.subjects.filter((_, i) => i % 4 === 1).map((s) => s.projects[0]!.subjectName);
    expect(finance.column(names.projects, 'subjectName')).toEqual(expected);
    expect(new Set(finance.column(names.projects, 'budgetType'))).toEqual(new Set(['政府性基金预算']));
    expect(new Set(finance.column(names.projects, 'departmentName'))).toEqual(new Set(['南通市卫生健康委员会']));
  });

  it('cancel stops after the current page, keeps what was read written and summed up, and says so', async () => {
    const server = serverWith(250);
    const finance = await pane(server, 'reviewer-city');
    // The user presses 取消 while page 2 is on its way.
    server.consolidation.beforePage = (n) => {
      if (n === 2) finance.controller.cancelPull();
    };
    await finance.controller.pull();

    expect(server.consolidation.asked).toHaveLength(2);
    expect(finance.seen.some((s) => s.cancelling)).toBe(true);
    expect(finance.state().consolidation?.result).toMatchObject({ projects: 200, indicators: 200 * indicatorsPerSubject, pages: 2, cancelled: true });
    expect(finance.state().notice).toMatchObject({ kind: 'info' });
    expect(finance.state().notice?.text.zh).toBe(`已取消：读到第 2 页为止，已写入 ${200 * (1 + indicatorsPerSubject)} 行，汇总只计已写入的行`);
    expect(finance.column(names.projects, 'subjectId')).toHaveLength(200);
    expect(finance.excel.cell(names.summary, 'B4')?.value).toBe(200);
    expect(finance.state().busy).toBe(false);
  });

  it('refresh re-pulls the last request in place, whatever is picked now', async () => {
    const server = serverWith(20);
    const finance = await pane(server, 'reviewer-city');
    await finance.controller.refreshPull();
    expect(finance.state().notice?.text.zh).toBe('尚未拉取，请先点击“拉取到工作簿”');

    finance.controller.togglePick('statuses', 'approved');
    await finance.controller.pull();
    expect(finance.column(names.projects, 'subjectId')).toHaveLength(10);

    // New picks do not change what 刷新 asks for; the data on the server changed meanwhile.
    finance.controller.togglePick('statuses', 'approved');
    finance.controller.setConsolidationForm('monitoring');
    server.consolidation.subjects.splice(0, 4);
    await finance.controller.refreshPull();
    expect(server.consolidation.asked).toHaveLength(2);
    expect(server.consolidation.asked[1]).toBe(server.consolidation.asked[0]);
    expect(finance.state().consolidation?.lastRequest).toEqual({ year: 2026, form: 'targetSheet', statuses: ['approved'] });
    // Rewritten in place: the same three sheets, 8 rows now and nothing left below them.
    expect([...finance.excel.sheets.keys()].sort()).toEqual(Object.values(names).sort());
    expect(finance.column(names.projects, 'subjectId')).toEqual(['p4', 'p6', 'p8', 'p10', 'p12', 'p14', 'p16', 'p18']);
    expect(finance.excel.cell(names.projects, 'A10')).toBeUndefined();
  });

  it('shows an expert\'s 403 as the server\'s problem and writes nothing', async () => {
    const expert = await pane(new FakeServer(), 'expert-city');
    await expert.controller.pull();
    expect(expert.state().notice).toEqual({ kind: 'error', text: { zh: '您的角色无权汇总数据', en: 'Your role may not consolidate data' } });
    expect(expert.state().consolidation?.pulling).toBeUndefined();
    expect(expert.state().busy).toBe(false);
    expect(expert.excel.sheets.size).toBe(0);
  });

  it('limits a department role to its own department, and opens an auditor\'s pane on 汇总', async () => {
    const server = serverWith(6);
    const filer = await pane(server, 'filer-edu');
    await filer.controller.showForm('consolidate');
    expect(filer.state().consolidation?.departments?.map((d) => d.id)).toEqual(['edu']);
    await filer.controller.pull();
    expect(server.consolidation.asked[0]).not.toContain('departmentIds');
    expect(filer.column(names.projects, 'departmentName')).toEqual(['南通市教育局', '南通市教育局', '南通市教育局']);

    const auditor = await pane(server, 'auditor-city');
    expect(auditor.state().form).toBe('consolidate');
    expect(auditor.state().consolidation?.departments).toHaveLength(2);
  });
});
