import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { problemFill } from '../../../addin/excel/palette';
import { selfEvaluationForm } from '../../../domain/forms/selfEvaluation/selfEvaluationForm';
import { approvedTargets, cyclePane } from './cyclePane';
import { FakeServer } from './fakeApi';

const sheetName = selfEvaluationForm.sheetName;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A filer with the self-evaluation of the example project open. */
const filerWithSheet = async (server = new FakeServer()) => {
  server.seedApprovedTargets(approvedTargets());
  const filer = cyclePane(server);
  await filer.controller.signIn('filer-edu');
  await filer.controller.showForm('selfEvaluation');
  await filer.controller.createSelfEvaluation();
  return { server, filer };
};

/** The docs/api.md calculator example typed into the sheet: points, actual values, 定性 score, execution. */
const typeExample = (filer: ReturnType<typeof cyclePane>) => {
  const cells: [string, string | number][] = [
    ['E6', 154.74],
    ['E14', '40个'], ['F14', 30],
    ['E15', '210万元'], ['F15', 20],
    ['E16', '达成年度指标'], ['F16', 30], ['G16', 27],
    ['E17', '95%'], ['F17', 10],
  ];
  for (const [address, value] of cells) filer.excel.typeCell(sheetName, address, value);
};

describe('self-evaluation in the pane (docs/scoring.md)', () => {
  it('opens from approved targets, scores live as the filer types, submits, and shows the server’s score', async () => {
    const { server, filer } = await filerWithSheet();
    expect(filer.state().approvedProjectIds).toEqual(['p-edu-aid']);
    expect(filer.state().selfEvaluation).toMatchObject({ id: 'selfEvaluation.2026.p-edu-aid', readOnly: false, sheetName });
    expect(filer.state().notice?.kind).toBe('success');
    // Targets are copied from the approved sheet and locked.
    expect(filer.value(sheetName, 'D14')).toBe('≥50个');
    expect(filer.excel.fake.cell(sheetName, 'D14')?.locked).toBe(true);
    expect(filer.excel.fake.cell(sheetName, 'E14')?.locked).toBe(false);

    typeExample(filer);
    await vi.waitFor(() => expect(filer.state().liveScore?.total).toBe(84.79));
    expect(filer.state().liveScore).toMatchObject({ grade: 'good', executionRate: 0.4988, ruleSetVersion: 1 });
    expect(filer.state().problems).toEqual([]);
    expect(filer.value(sheetName, 'C9')).toBe(84.79);
    expect(filer.value(sheetName, 'E9')).toBe('良');
    expect(filer.value(sheetName, 'G15')).toBe(19.3);

    await filer.controller.submitSelfEvaluation();
    expect(server.cycle.calls).toContain('selfEvaluation.submit');
    expect(filer.state().storedScore).toMatchObject({ total: 84.79, grade: 'good', differs: false });
    expect(filer.state().notice?.text.zh).toContain('84.79');
    expect(filer.state().selfEvaluation).toMatchObject({ readOnly: true, version: 2 });
    expect(filer.state().selfEvaluation?.head.status).toBe('submitted');

    // Read-only now: typing does not start a pass, and the sheet keeps the stored score.
    const syncs = filer.excel.fake.syncs;
    filer.excel.typeCell(sheetName, 'E14', '1个');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(filer.excel.fake.syncs).toBe(syncs);
    expect(filer.value(sheetName, 'C9')).toBe(84.79);
  });

  it('says so when the server scores with a rule set changed since the pane fetched it', async () => {
    const { server, filer } = await filerWithSheet();
    typeExample(filer);
    await vi.waitFor(() => expect(filer.state().liveScore?.total).toBe(84.79));

    // The finance administrator rounds the execution rate to a whole percent first (RULES.md §2).
    const before = server.cycle.ruleSet;
    server.cycle.ruleSet = { ...before, version: 2, selfEvaluation: { ...before.selfEvaluation, rounding: { ...before.selfEvaluation.rounding, rateStage: 'wholePercent' } } };

    await filer.controller.submitSelfEvaluation();
    expect(filer.state().storedScore).toMatchObject({ total: 84.8, ruleSetVersion: 2, differs: true });
    expect(filer.state().liveScore?.total).toBe(84.79);
    expect(filer.state().notice?.text.zh).toContain('84.8');
    expect(filer.state().notice?.text.zh).toContain('84.79');
    expect(filer.state().notice?.text.en).toContain('rule set changed');
    // The sheet shows the stored score.
    expect(filer.value(sheetName, 'C9')).toBe(84.8);
    expect(filer.value(sheetName, 'H6')).toBe(5);
  });

  it('检查 lists problems with cells, marks them, a click selects; submit is refused locally', async () => {
    const { server, filer } = await filerWithSheet();
    filer.excel.typeCell(sheetName, 'E6', 100);
    filer.excel.typeCell(sheetName, 'E14', '很多'); // not a number
    await filer.controller.checkSelfEvaluation();
    const problems = filer.state().problems;
    const invalid = problems.find((p) => p.code === 'selfEvaluation.actualInvalid');
    expect(invalid?.cell).toBe('E14');
    expect(problems.some((p) => p.code === 'selfEvaluation.actualMissing' && p.cell === 'E15')).toBe(true);
    expect(filer.excel.fake.cell(sheetName, 'E14')?.fill).toBe(problemFill.error);
    expect(filer.state().notice?.kind).toBe('error');

    await filer.controller.selectProblem(invalid!);
    expect(filer.excel.fake.activeSheet).toBe(sheetName);
    expect(filer.excel.fake.selected).toBe('E14');

    await filer.controller.submitSelfEvaluation();
    expect(filer.state().notice?.text.zh).toBe('请先按标出的单元格修改错误，再提交');
    expect(server.cycle.calls).not.toContain('selfEvaluation.submit');

    // A draft may be saved with scoring errors; the server keeps the locked fields.
    await filer.controller.saveSelfEvaluation();
    expect(filer.state().selfEvaluation?.version).toBe(2);
    expect(filer.state().selfEvaluation?.data.indicators[0]?.actual).toBe('很多');
  });

  it('a project without approved targets gets the server’s refusal; an existing sheet is opened instead of created twice', async () => {
    const server = new FakeServer();
    const filer = cyclePane(server);
    await filer.controller.signIn('filer-edu');
    await filer.controller.showForm('selfEvaluation');
    expect(filer.state().approvedProjectIds).toEqual([]);
    await filer.controller.createSelfEvaluation();
    expect(filer.state().notice).toMatchObject({ kind: 'error', text: { zh: '绩效目标尚未批复' } });
    expect(filer.state().selfEvaluation).toBeUndefined();

    server.seedApprovedTargets(approvedTargets());
    await filer.controller.createSelfEvaluation();
    await filer.controller.createSelfEvaluation();
    expect(filer.state().notice?.text.zh).toBe('该项目本年度已有此表，已为您打开');
    expect(filer.state().selfEvaluation?.readOnly).toBe(false);
    // The rule set is fetched once per year, however often a sheet is opened; one live watch at a time.
    expect(server.cycle.calls.filter((call) => call === 'ruleSet')).toHaveLength(1);
    expect(filer.excel.listeners(sheetName)).toBe(1);
  });
});
