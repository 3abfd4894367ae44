import { describe, expect, it } from 'vitest';
import { monitoringForm } from '../../../domain/forms/monitoring/monitoringForm';
import { approvedTargets, cyclePane } from './cyclePane';
import { FakeServer } from './fakeApi';

const sheetName = monitoringForm.sheetName;

describe('monitoring in the pane (docs/cycle-rules.md)', () => {
  it('creates the July report from approved targets, flags non-green rows by cell, submits; finance sees the warning', async () => {
    const server = new FakeServer();
    server.seedApprovedTargets(approvedTargets());
    const filer = cyclePane(server);
    await filer.controller.signIn('filer-edu');
    await filer.controller.showForm('monitoring');
    await filer.controller.createMonitoring();
    expect(filer.state().monitoring).toMatchObject({ id: 'monitoring.2026.p-edu-aid.m07', readOnly: false, sheetName });
    expect(filer.value(sheetName, 'C3')).toBe('义务教育学生资助');
    expect(filer.value(sheetName, 'C12')).toBe('资助人数');
    expect(filer.excel.fake.cell(sheetName, 'E12')?.locked).toBe(true);

    // 50 of 310.2 万元 spent by July: far behind time progress (7/12).
    const type = (address: string, value: string | number) => filer.excel.typeCell(sheetName, address, value);
    type('E5', 50);
    [['G12', 30], ['H12', 50], ['G13', 100], ['H13', 200], ['G14', '部分达成'], ['H14', '达成'], ['G15', 95], ['H15', 100]].forEach(([a, v]) => type(a as string, v as string | number));
    await filer.controller.checkMonitoring();
    const signals = filer.state().signals!;
    expect(signals.execution).toBe('red');
    // 满意度 is a level (%): 95% against ≥ 100% is behind whatever the month (RULES.md §5), not blue.
    expect(signals.indicators.map((s) => s.signal)).toEqual(['green', 'green', 'yellow', 'yellow']);
    expect(signals.project).toBe('red');
    const cells = filer.state().problems.filter((p) => p.code === 'monitoring.reasonRequired').map((p) => p.cell);
    // Execution (row 6/7) and the yellow rows (14, 15) need reason, likelihood and measure.
    expect(cells).toEqual(expect.arrayContaining(['C6', 'E6', 'C7', 'J14', 'L14', 'M14', 'J15', 'L15', 'M15']));
    expect(cells.some((cell) => cell?.endsWith('12') || cell?.endsWith('13'))).toBe(false);

    await filer.controller.submitMonitoring();
    expect(server.cycle.calls).not.toContain('monitoring.submit');

    type('C6', '经费保障'); type('E6', '有可能'); type('C7', '加快拨付进度');
    for (const row of [14, 15]) { type(`J${row}`, '其他'); type(`K${row}`, '年中调整'); type(`L${row}`, '确定能'); type(`M${row}`, '按季度跟踪'); }
    await filer.controller.submitMonitoring();
    expect(filer.state().notice?.kind, JSON.stringify(filer.state().problems)).toBe('success');
    expect(filer.state().monitoring).toMatchObject({ readOnly: true });
    expect(filer.state().monitoring?.head.status).toBe('submitted');
    expect(filer.state().signals?.project).toBe('red');
    // The rewritten sheet shows the server's signals.
    expect(filer.value(sheetName, 'K5')).toBe('红色预警');

    const finance = cyclePane(server);
    await finance.controller.signIn('reviewer-city');
    await finance.controller.loadWarnings();
    expect(finance.state().form).toBe('warnings');
    expect(finance.state().warnings).toEqual([
      expect.objectContaining({ departmentId: 'edu', red: 1, yellow: 0, projects: [expect.objectContaining({ projectId: 'p-edu-aid', signal: 'red', executionSignal: 'red' })] }),
    ]);
  });

  it('another period is another report; a 422 from the server is listed and marked like a local check', async () => {
    const server = new FakeServer();
    server.seedApprovedTargets(approvedTargets());
    const filer = cyclePane(server);
    await filer.controller.signIn('filer-edu');
    filer.controller.setPeriod('m09');
    await filer.controller.createMonitoring();
    expect(filer.state().monitoring?.id).toBe('monitoring.2026.p-edu-aid.m09');
    expect(filer.value(sheetName, 'G4')).toBe('2026-01-01 — 2026-09-30');
    await filer.controller.openMonitoring();
    expect(filer.state().notice?.kind).toBe('success');

    // The server's rule set is stricter than the pane's cached one: its 422 problems are shown with cells.
    const filled = cyclePane(server);
    await filled.controller.signIn('filer-edu');
    filled.controller.setPeriod('m09');
    await filled.controller.openMonitoring();
    const type = (address: string, value: string | number) => filled.excel.typeCell(sheetName, address, value);
    type('E5', 300);
    [['G12', 35], ['H12', 50], ['G13', 100], ['H13', 200], ['G14', '达成'], ['H14', '达成'], ['G15', 100], ['H15', 100]].forEach(([a, v]) => type(a as string, v as string | number));
    await filled.controller.checkMonitoring();
    expect(filled.state().signals?.project).toBe('green');
    const rules = server.cycle.ruleSet;
    server.cycle.ruleSet = { ...rules, version: 2, monitoring: { ...rules.monitoring, gteIndicatorBands: rules.monitoring.gteIndicatorBands.map((b) => (b.value === 'blue' ? { ...b, from: 0.9 } : b)) } };
    await filled.controller.submitMonitoring();
    expect(filled.state().notice?.kind).toBe('error');
    expect(filled.state().problems.some((p) => p.cell?.endsWith('12'))).toBe(true);
  });
});
