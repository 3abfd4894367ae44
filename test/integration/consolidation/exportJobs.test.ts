import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportJob } from '../../../functions/exports/exportJob';
import { getExportJob, putExportJob } from '../../../functions/exports/exportJobStore';
import { localExportStore } from '../../../functions/exports/localExportStore';
import { runExportJob } from '../../../functions/exports/runExportJob';
import { demoUsers } from '../../../dev/seed';
import type { StoreContext } from '../../../functions/store/storeContext';
import { readXlsx } from '../../support/readXlsx';
import { goodStudentAidIndicators } from '../../support/targetSheetFixtures';
import { startTestSystem, type TestSystem } from '../../support/testSystem';
import { exportAndWait, waitForExport } from './waitForExport';

let system: TestSystem;
let exportDir: string;
let store: StoreContext;

const principal = (subject: string) => {
  const user = demoUsers.find((candidate) => candidate.subject === subject);
  if (!user) throw new Error(`no demo user ${subject}`);
  return { subject: user.subject, name: user.name, roles: [...user.roles], regionId: user.regionId, ...(user.departmentId ? { departmentId: user.departmentId } : {}) };
};

/** A job written straight to the table, as POST would write it, for states POST cannot reach. */
const storedJob = (overrides: Partial<ExportJob> = {}): ExportJob => ({
  id: randomUUID(),
  status: 'queued',
  input: { kind: 'consolidation', format: 'xlsx', year: 2026, form: 'targetSheet' },
  owner: principal('reviewer-city'),
  createdAt: new Date().toISOString(),
  expiresAt: Math.floor(Date.now() / 1000) + 3600,
  ...overrides,
});

beforeAll(async () => {
  exportDir = await mkdtemp(join(tmpdir(), 'jixiao-export-jobs-'));
  process.env.EXPORT_DIR = exportDir;
  system = await startTestSystem();
  store = { dynamo: system.table.dynamo, tableName: system.table.tableName };
  // One sheet of 南通市教育局, submitted.
  const edu = system.api('filer-edu');
  const created = await edu.post('/v1/target-sheets', { projectId: 'nt-edu-2026-student-aid', year: 2026 });
  expect(created.status).toBe(201);
  const data = { ...created.body.data, overallGoal: '总体目标', annualGoal: '年度目标', indicators: goodStudentAidIndicators };
  expect((await edu.put(`/v1/target-sheets/${created.body.head.id}`, { data }, { headers: { 'if-match': '"1"' } })).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await system?.stop();
  delete process.env.EXPORT_DIR;
  await rm(exportDir, { recursive: true, force: true });
});

describe('POST /v1/exports → 202 → GET /v1/exports/{id}', () => {
  it('answers 202 at once with a queued job, which the worker takes to done with a file SheetJS reads back', async () => {
    const api = system.api('filer-edu');
    const created = await api.post('/v1/exports', { year: 2026, form: 'targetSheet' });
    expect(created.status).toBe(202);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/), status: 'queued', kind: 'consolidation', format: 'xlsx', year: 2026, form: 'targetSheet',
      createdAt: expect.any(String),
    });
    expect(created.headers.get('location')).toBe(`/v1/exports/${created.body.id}`);

    const done = await waitForExport(api, created.body.id);
    expect(done).toMatchObject({ id: created.body.id, status: 'done', fileName: '绩效目标汇总-2026.xlsx', rows: { projects: 1, indicators: 5 } });
    expect(Date.parse(done.finishedAt)).toBeGreaterThanOrEqual(Date.parse(done.startedAt));
    const book = readXlsx(Buffer.from(await (await fetch(`${system.apiUrl}${done.url}`)).arrayBuffer()));
    expect(book.sheet('绩效目标-指标').values).toHaveLength(1 + 5);
    expect(done.bytes).toBeGreaterThan(0);

    // Each read signs a fresh link to the same file.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await api.get(`/v1/exports/${done.id}`);
    expect(again.body.url).not.toBe(done.url);
    expect((await fetch(`${system.apiUrl}${again.body.url}`)).status).toBe(200);
  });

  it('lets the creator and the finance bureau of its region read a job, and answers 404 to anyone else', async () => {
    const done = await exportAndWait(system.api('filer-edu'), { year: 2026, form: 'targetSheet', format: 'csv' });
    expect((await system.api('reviewer-city').get(`/v1/exports/${done.id}`)).body.status).toBe('done');
    expect((await system.api('admin-city').get(`/v1/exports/${done.id}`)).status).toBe(200);
    for (const other of ['filer-health', 'head-edu', 'auditor-city', 'reviewer-chongchuan', 'filer-chongchuan-edu']) {
      const response = await system.api(other).get(`/v1/exports/${done.id}`);
      expect(response.status, other).toBe(404);
      expect(response.body.code).toBe('notFound');
    }
    expect((await system.api('filer-edu').get(`/v1/exports/${randomUUID()}`)).status).toBe(404);
    expect((await system.api('filer-edu').get('/v1/exports/not-a-job')).status).toBe(404);
  });

  it('refuses at once what it can check at once: a role without data 403, a body that does not parse 400', async () => {
    const expert = await system.api('expert-city').post('/v1/exports', { year: 2026, form: 'targetSheet' });
    expect(expert.status).toBe(403);
    expect(expert.body.code).toBe('auth.forbidden');
    expect((await system.api('reviewer-city').post('/v1/exports', { year: 2026, form: 'targetSheet', format: 'pdf' })).status).toBe(400);
  });

  it('replays a POST with the same Idempotency-Key instead of queuing a second job', async () => {
    const api = system.api('reviewer-city');
    const headers = { 'idempotency-key': randomUUID() };
    const first = await api.post('/v1/exports', { year: 2026, form: 'targetSheet' }, { headers });
    const second = await api.post('/v1/exports', { year: 2026, form: 'targetSheet' }, { headers });
    expect(first.status).toBe(202);
    expect(second.status).toBe(202);
    expect(second.body.id).toBe(first.body.id);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect((await waitForExport(api, first.body.id)).status).toBe('done');
    const reused = await api.post('/v1/exports', { year: 2026, form: 'targetSheet', format: 'csv' }, { headers });
    expect(reused.status).toBe(422);
  });
});

describe('the worker', () => {
  const exports = () => localExportStore({ dir: exportDir, secret: randomBytes(32) });

  it('records a failing export as failed with its code and messages, which GET reports', async () => {
    // POST refuses an expert up front; a job stored with such a principal (its roles as the token
    // said) fails in the worker with the same AppError, since the worker exports with the stored scope.
    const job = storedJob({ owner: principal('expert-city') });
    await putExportJob(store, job);
    const finished = await runExportJob(store, exports(), job.id, () => new Date());
    expect(finished?.status).toBe('failed');
    const view = await system.api('reviewer-city').get(`/v1/exports/${job.id}`);
    expect(view.body).toMatchObject({ id: job.id, status: 'failed', error: { code: 'auth.forbidden' } });
    expect(view.body.error.message_zh).toContain('汇总数据');
    expect(view.body.error.message_en).toContain('consolidate data');
    expect(view.body.url).toBeUndefined();
    expect((await system.api('expert-city').get(`/v1/exports/${job.id}`)).body.status).toBe('failed');
  });

  it('does nothing for a job that is running or done (a retried stream delivery)', async () => {
    const done = await exportAndWait(system.api('reviewer-city'), { year: 2026, form: 'targetSheet' });
    const before = await getExportJob(store, done.id);
    expect(await runExportJob(store, exports(), done.id, () => new Date())).toBeUndefined();
    expect(await getExportJob(store, done.id)).toEqual(before);

    const running = storedJob({ status: 'running', startedAt: new Date().toISOString() });
    await putExportJob(store, running);
    expect(await runExportJob(store, exports(), running.id, () => new Date())).toBeUndefined();
    expect((await getExportJob(store, running.id))?.status).toBe('running');
    expect(await runExportJob(store, exports(), randomUUID(), () => new Date())).toBeUndefined();
  });

  it('reports a job the worker never finished as failed (export.timedOut), and an expired job as gone', async () => {
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
    const stuck = storedJob({ status: 'running', createdAt: hoursAgo(1), startedAt: hoursAgo(0.5) });
    const undelivered = storedJob({ createdAt: hoursAgo(2) });
    const expired = storedJob({ status: 'failed', expiresAt: Math.floor(Date.now() / 1000) - 1 });
    for (const job of [stuck, undelivered, expired]) await putExportJob(store, job);
    const reviewer = system.api('reviewer-city');
    for (const job of [stuck, undelivered]) {
      expect((await reviewer.get(`/v1/exports/${job.id}`)).body).toMatchObject({ status: 'failed', error: { code: 'export.timedOut' } });
    }
    expect((await reviewer.get(`/v1/exports/${expired.id}`)).status).toBe(404);
  });

  it('logged no server errors', () => {
    expect(system.loggedErrors).toEqual([]);
  });
});
