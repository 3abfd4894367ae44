/**
 * 汇总 in the task pane against the real local system (DynamoDB Local, the local token issuer, the
 * API's `/v1/departments` and `/v1/consolidation` with the Lambda handlers), with the recording
 * stand-in as Excel: the query the pane builds, the pages and the 403 must fit the real backend.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../../addin/api/client';
import { createController } from '../../../addin/taskpane/controller';
import { projectColumns } from '../../../domain/consolidation/consolidationColumns';
import { columnLetter } from '../../../domain/grid/address';
import { silentLogger } from '../../../functions/http/logger';
import { startLocalSystem, type LocalSystem } from '../../../dev/startLocalSystem';
import { FakeExcel } from '../../unit/addin/fakeExcel';
import { fakeHost } from '../../unit/addin/fakeHost';
import { issuerAuth } from '../../support/issuerAuth';

const projectId = 'nt-edu-2026-student-aid';
const projects = '绩效目标-项目';

let dataDir: string;
let system: LocalSystem;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'jixiao-pull-'));
  system = await startLocalSystem({ dataDir, apiPort: 0, addinPort: 0, dynamoPort: 0, trustCertificates: false, serveAddin: false, logger: silentLogger });
});
afterAll(async () => {
  await system?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const pane = async (subject: string) => {
  const auth = issuerAuth(system.issuerUrl, system.signInClient);
  const api = createApiClient({ baseUrl: system.apiUrl, getToken: () => auth.token() });
  const excel = new FakeExcel();
  const controller = createController({ api, host: fakeHost(excel), auth, year: 2026 });
  await controller.signIn(subject);
  /** A column of the pulled 项目 sheet, data rows only. */
  const column = (key: string) => {
    const letter = columnLetter(projectColumns.findIndex((c) => c.key === key));
    const values = [];
    for (let row = 2; excel.cell(projects, `A${row}`)?.value != null; row++) values.push(excel.cell(projects, `${letter}${row}`)?.value);
    return values;
  };
  return { controller, excel, column, state: () => controller.getState() };
};

describe('汇总 against the local system', () => {
  it('pulls a draft as finance, filters by status, scopes a filer to its department and refuses an expert', async () => {
    const filer = await pane('filer-edu');
    filer.controller.selectProject(projectId);
    await filer.controller.createDraft();
    expect(filer.state().notice?.kind, JSON.stringify(filer.state().notice)).toBe('success');

    const finance = await pane('reviewer-city');
    await finance.controller.showForm('consolidate');
    expect(finance.state().consolidation?.departments?.map((d) => d.id)).toEqual(expect.arrayContaining(['nt-edu', 'nt-health']));
    await finance.controller.pull();
    expect(finance.state().notice?.kind, JSON.stringify(finance.state().notice)).toBe('success');
    expect(finance.column('submissionId')).toContain(`targetSheet.2026.${projectId}`);
    expect(finance.column('status')).toContain('草稿');
    expect(finance.state().consolidation?.result).toMatchObject({ cancelled: false, pages: 1 });

    // Only approved ones: the draft is left out by the server, and 刷新 keeps that filter.
    finance.controller.togglePick('statuses', 'approved');
    finance.controller.togglePick('departmentIds', 'nt-edu');
    await finance.controller.pull();
    expect(finance.state().notice?.kind, JSON.stringify(finance.state().notice)).toBe('success');
    expect(finance.column('submissionId')).not.toContain(`targetSheet.2026.${projectId}`);
    await finance.controller.refreshPull();
    expect(finance.state().consolidation?.lastRequest).toEqual({ year: 2026, form: 'targetSheet', departmentIds: ['nt-edu'], statuses: ['approved'] });

    await filer.controller.showForm('consolidate');
    expect(filer.state().consolidation?.departments?.map((d) => d.id)).toEqual(['nt-edu']);
    await filer.controller.pull();
    expect(filer.state().notice?.kind, JSON.stringify(filer.state().notice)).toBe('success');
    expect(new Set(filer.column('departmentName')).size).toBe(1);
    expect(filer.column('submissionId')).toContain(`targetSheet.2026.${projectId}`);

    const expert = await pane('expert-city');
    await expert.controller.pull();
    expect(expert.state().notice).toMatchObject({ kind: 'error', text: { zh: expect.stringContaining('无权') } });
    expect(expert.excel.sheets.size).toBe(0);
  });
});
