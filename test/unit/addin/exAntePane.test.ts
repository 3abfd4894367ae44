import { describe, expect, it } from 'vitest';
import { exAnteForm } from '../../../domain/forms/exAnte/exAnteForm';
import { approvedTargets, cyclePane } from './cyclePane';
import { FakeServer } from './fakeApi';

const sheetName = exAnteForm.sheetName;

describe('ex-ante assessment in the pane (docs/cycle-rules.md)', () => {
  it('creates, checks scores against their points with cells, submits, and shows the recorded conclusion', async () => {
    const server = new FakeServer();
    server.seedApprovedTargets(approvedTargets());
    const filer = cyclePane(server);
    await filer.controller.signIn('filer-edu');
    await filer.controller.showForm('exAnte');
    await filer.controller.createExAnte();
    expect(filer.state().exAnte).toMatchObject({ id: 'exAnteAssessment.2026.p-edu-aid', readOnly: false, sheetName });
    expect(filer.value(sheetName, 'D8')).toBe('部门自评');

    // Nothing scored: each of the five dimensions of the first assessor is named by its cell.
    await filer.controller.checkExAnte();
    const unscored = filer.state().problems.filter((p) => p.severity === 'error').map((p) => p.cell);
    expect(unscored).toEqual(expect.arrayContaining(['D10', 'D11', 'D12', 'D13', 'D14']));
    expect(filer.state().exAnteConclusion).toBeUndefined();

    const type = (address: string, value: string | number) => filer.excel.typeCell(sheetName, address, value);
    ['D10', 'D12', 'D13', 'D14'].forEach((cell) => type(cell, 18));
    type('D11', 25); // above its 20 points
    await filer.controller.submitExAnte();
    expect(server.cycle.calls).not.toContain('exAnte.submit');
    const above = filer.state().problems.find((p) => p.cell === 'D11' && p.severity === 'error');
    expect(above, JSON.stringify(filer.state().problems)).toBeDefined();
    await filer.controller.selectProblem(above!);
    expect(filer.excel.fake.selected).toBe('D11');

    type('D11', 18);
    await filer.controller.checkExAnte();
    // The department's own scores do not count towards the conclusion: a warning, no provisional score.
    expect(filer.state().problems.find((p) => p.code === 'exAnte.noCountingAssessor')?.severity).toBe('warning');
    expect(filer.state().exAnteConclusion).toBeUndefined();

    // An expert panel's scores in the next column: 90 points → 予以支持 under the default bands (RULES.md §4).
    type('E8', '专家');
    ['E10', 'E11', 'E12', 'E13', 'E14'].forEach((cell) => type(cell, 18));
    await filer.controller.checkExAnte();
    expect(filer.state().exAnteConclusion).toEqual({ score: 90, conclusion: 'support', recorded: false });

    await filer.controller.submitExAnte();
    expect(filer.state().notice?.kind, JSON.stringify(filer.state().problems)).toBe('success');
    expect(filer.state().exAnte?.head.status).toBe('submitted');
    expect(filer.state().exAnte?.readOnly).toBe(true);

    // The finance bureau approves with its own scores; the pane shows what was recorded.
    server.cycle.recordExAnteResult('exAnteAssessment.2026.p-edu-aid', 78.5, 'revise');
    await filer.controller.refreshExAnte();
    expect(filer.state().exAnteConclusion).toEqual({ score: 78.5, conclusion: 'revise', recorded: true });
    expect(filer.value(sheetName, 'E18')).toBe('完善后予以支持');
  });
});
