import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionHead } from '../../../domain/model/submission';
import { isAppError } from '../../../functions/errors/appError';
import { getIdempotencyRecord } from '../../../functions/store/idempotencyStore';
import {
  createSubmission,
  getHead,
  getVersion,
  listAudit,
  listHeads,
  listVersions,
  saveVersion,
  type AuditEntry,
} from '../../../functions/store/submissionStore';
import { startLocalTable, type LocalTable } from '../../support/localTable';

let table: LocalTable;
beforeAll(async () => {
  table = await startLocalTable();
});
afterAll(async () => table?.stop());

const baseHead = (subjectId: string, departmentId = 'edu'): SubmissionHead => ({
  id: `targetSheet.2026.${subjectId}`,
  form: 'targetSheet',
  regionId: 'nantong',
  departmentId,
  subjectType: 'project',
  subjectId,
  year: 2026,
  status: 'draft',
  version: 1,
  updatedAt: '2026-01-05T08:00:00.000Z',
  updatedBy: 'filer-edu',
});
const audit = (action: AuditEntry['action'], requestId: string): AuditEntry => ({
  action,
  subject: 'filer-edu',
  name: '张会计',
  role: 'filer',
  requestId,
});

describe('submission store on DynamoDB Local', () => {
  it('creates, saves with optimistic concurrency and keeps every version and audit record', async () => {
    const head = baseHead('p-store-1');
    await createSubmission(table, { head, data: { n: 1 }, audit: audit('create', 'r1') });
    const second = { ...head, version: 2, updatedAt: '2026-01-05T09:00:00.000Z' };
    await saveVersion(table, { head: second, expectedVersion: 1, data: { n: 2 }, audit: audit('save', 'r2') });

    // A stale writer (still at version 1) is refused and writes nothing.
    const stale = saveVersion(table, { head: { ...second, updatedAt: '2026-01-05T10:00:00.000Z' }, expectedVersion: 1, data: { n: 99 }, audit: audit('save', 'r3') });
    await expect(stale).rejects.toSatisfy((error) => isAppError(error, 'submission.versionConflict'));

    expect((await getHead(table, head.id))?.version).toBe(2);
    expect((await getVersion(table, head.id, 2))?.data).toEqual({ n: 2 });
    expect((await getVersion(table, head.id, 1))?.data).toEqual({ n: 1 });
    expect(await getVersion(table, head.id, 3)).toBeUndefined();
    const versions = await listVersions(table, head.id);
    expect(versions.items.map((v) => v.version)).toEqual([2, 1]);
    expect(versions.items[0]).not.toHaveProperty('data');
    const trail = await listAudit(table, head.id);
    expect(trail.items.map((a) => [a.version, a.action, a.requestId])).toEqual([[1, 'create', 'r1'], [2, 'save', 'r2']]);
  });

  it('refuses a second create of the same submission', async () => {
    const head = baseHead('p-store-2');
    await createSubmission(table, { head, data: {}, audit: audit('create', 'r1') });
    await expect(createSubmission(table, { head, data: { other: true }, audit: audit('create', 'r2') })).rejects.toSatisfy((error) =>
      isAppError(error, 'submission.exists'),
    );
    expect((await getVersion(table, head.id, 1))?.data).toEqual({});
  });

  it('stores the idempotent response in the same transaction and refuses a second record for the key', async () => {
    const head = baseHead('p-store-3');
    const now = new Date(head.updatedAt);
    const record = {
      subject: 'filer-edu',
      key: 'key-1',
      requestHash: 'h1',
      response: { status: 201, headers: { etag: '"1"' }, body: '{"ok":true}' },
      createdAt: head.updatedAt,
      expiresAt: Math.floor(now.getTime() / 1000) + 86_400,
    };
    await createSubmission(table, { head, data: {}, audit: audit('create', 'r1'), idempotency: record });
    expect(await getIdempotencyRecord(table, 'filer-edu', 'key-1', now)).toEqual(record);
    expect(await getIdempotencyRecord(table, 'filer-edu', 'key-1', new Date(now.getTime() + 86_401_000))).toBeUndefined();
    expect(await getIdempotencyRecord(table, 'other-user', 'key-1', now)).toBeUndefined();

    const next = { ...head, version: 2, updatedAt: '2026-01-05T09:00:00.000Z' };
    const raced = saveVersion(table, { head: next, expectedVersion: 1, data: {}, audit: audit('save', 'r2'), idempotency: record });
    await expect(raced).rejects.toSatisfy((error) => isAppError(error, 'idempotency.inProgress'));
    expect((await getHead(table, head.id))?.version).toBe(1);
  });

  it('lists heads by department, region and status, a page at a time with opaque cursors', async () => {
    for (const [i, departmentId] of ['health', 'health', 'health', 'agri'].entries()) {
      const head = { ...baseHead(`p-list-${i}`, departmentId), status: i === 3 ? ('submitted' as const) : ('draft' as const) };
      await createSubmission(table, { head, data: {}, audit: audit('create', `r${i}`) });
    }
    const first = await listHeads(table, { by: 'department', form: 'targetSheet', regionId: 'nantong', departmentId: 'health', year: 2026 }, { limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.cursor).toBeTypeOf('string');
    const second = await listHeads(
      table,
      { by: 'department', form: 'targetSheet', regionId: 'nantong', departmentId: 'health', year: 2026 },
      { limit: 2, cursor: first.cursor },
    );
    expect([...first.items, ...second.items].map((h) => h.subjectId).sort()).toEqual(['p-list-0', 'p-list-1', 'p-list-2']);

    const queue = await listHeads(table, { by: 'status', form: 'targetSheet', regionId: 'nantong', year: 2026, status: 'submitted' });
    expect(queue.items.map((h) => h.subjectId)).toEqual(['p-list-3']);
    const region = await listHeads(table, { by: 'region', form: 'targetSheet', regionId: 'nantong', year: 2026 }, { limit: 100 });
    expect(region.items.length).toBeGreaterThanOrEqual(4);

    // A cursor from one partition is refused for another.
    const foreign = listHeads(table, { by: 'department', form: 'targetSheet', regionId: 'nantong', departmentId: 'agri', year: 2026 }, { cursor: first.cursor });
    await expect(foreign).rejects.toSatisfy((error) => isAppError(error, 'request.invalidCursor'));
    await expect(listHeads(table, { by: 'region', form: 'targetSheet', regionId: 'nantong', year: 2026 }, { cursor: 'not-json' })).rejects.toSatisfy(
      (error) => isAppError(error, 'request.invalidCursor'),
    );
  });
});
