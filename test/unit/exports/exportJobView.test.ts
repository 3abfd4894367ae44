import { describe, expect, it } from 'vitest';
import type { ExportJob } from '../../../functions/exports/exportJob';
import { exportJobStatus, exportJobView } from '../../../functions/exports/exportJobView';

const created = new Date('2026-09-21T08:00:00.000Z');
const at = (minutes: number) => new Date(created.getTime() + minutes * 60_000);
const job = (overrides: Partial<ExportJob> = {}): ExportJob => ({
  id: '3b0e8f7c-5d1a-4c2e-9f6b-2a7d4e1c9b80',
  status: 'queued',
  input: { kind: 'consolidation', format: 'csv', year: 2026, form: 'targetSheet' },
  owner: { subject: 'reviewer-city', name: '陈审核', roles: ['financeReviewer'], regionId: 'nantong' },
  createdAt: created.toISOString(),
  expiresAt: created.getTime() / 1000 + 7 * 86_400,
  ...overrides,
});

describe('exportJobStatus', () => {
  it('reports a queued job as queued for an hour, then as failed (never delivered)', () => {
    expect(exportJobStatus(job(), at(60))).toEqual({ status: 'queued' });
    expect(exportJobStatus(job(), at(61))).toMatchObject({ status: 'failed', error: { code: 'export.timedOut' } });
  });

  it('reports a running job as running up to the worker timeout plus a minute (16 min), then as failed', () => {
    const running = job({ status: 'running', startedAt: at(1).toISOString() });
    expect(exportJobStatus(running, at(17))).toEqual({ status: 'running' });
    expect(exportJobStatus(running, at(17.1))).toMatchObject({ status: 'failed', error: { code: 'export.timedOut' } });
  });

  it('keeps a finished job as recorded, however old', () => {
    const error = { code: 'auth.forbidden' as const, message_zh: '…', message_en: '…' };
    expect(exportJobStatus(job({ status: 'failed', error }), at(600))).toEqual({ status: 'failed', error });
    expect(exportJobStatus(job({ status: 'done' }), at(600))).toEqual({ status: 'done' });
  });
});

describe('exportJobView', () => {
  it('adds the file and the link only to a done job', () => {
    const link = { url: 'https://bucket.s3.cn-northwest-1.amazonaws.com.cn/exports/x?X-Amz-Signature=…', expiresAt: at(20).toISOString() };
    const file = { fileName: '绩效目标汇总-2026.csv', bytes: 1234, rows: { indicators: 20 } };
    const done = job({ status: 'done', startedAt: at(1).toISOString(), finishedAt: at(2).toISOString(), file });
    expect(exportJobView(done, at(5), link)).toEqual({
      id: done.id, status: 'done', kind: 'consolidation', format: 'csv', year: 2026, form: 'targetSheet',
      createdAt: done.createdAt, startedAt: done.startedAt, finishedAt: done.finishedAt, ...file, ...link,
    });
    expect(exportJobView(job(), at(5), link)).not.toHaveProperty('url');
  });
});
