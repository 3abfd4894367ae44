import { describe, expect, it } from 'vitest';
import { emptyTargetSheet, targetSheetForm, targetSheetToGrid } from '../../../domain/forms/targetSheet/targetSheetForm';
import { runRibbonCheck } from '../../../addin/commands/runRibbonCheck';
import { problemFill } from '../../../addin/excel/palette';
import { fakeHost } from './fakeHost';
import { project } from './fakeApi';

const sheetName = targetSheetForm.sheetName;

describe('ribbon 检查', () => {
  it('checks the form sheet, marks the cells and selects the first error', async () => {
    const host = fakeHost(undefined, false);
    await host.writeGrid(targetSheetToGrid(emptyTargetSheet(project, '南通市教育局', '')), { meta: { submissionId: 's', projectId: project.id, year: 2026 } });
    const summary = await runRibbonCheck(host, sheetName, 2030);
    expect(summary.zh).toMatch(/^发现 \d+ 处错误/);
    expect(host.fake.selected).toBe('C10'); // 总体目标, the first error
    expect(host.fake.cell(sheetName, 'C10')?.fill).toBe(problemFill.error);
    // Without notes support (ExcelApi < 1.18) only fills mark the problems.
    expect(host.fake.sheet(sheetName).notes.size).toBe(0);
  });

  it('says so when the workbook has no target sheet', async () => {
    const summary = await runRibbonCheck(fakeHost(), sheetName, 2026);
    expect(summary.en).toBe(`Sheet "${sheetName}" is missing; open the target sheet again`);
  });
});
