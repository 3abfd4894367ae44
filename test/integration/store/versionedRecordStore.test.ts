import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../../functions/errors/appError';
import {
  getRecordHead,
  getRecordVersion,
  listRecordAudit,
  versionConflict,
  writeRecord,
  type RecordHead,
  type RecordWrite,
} from '../../../functions/store/versionedRecordStore';
import { startLocalTable, type LocalTable } from '../../support/localTable';

let table: LocalTable;
beforeAll(async () => {
  table = await startLocalTable();
});
afterAll(async () => table?.stop());

const head = (id: string, version: number): RecordHead => ({
  id,
  regionId: 'nantong',
  version,
  updatedAt: `2026-02-0${version}T08:00:00.000Z`,
  updatedBy: 'admin-city',
});
const write = (id: string, version: number, data: unknown, expectedVersion?: number): RecordWrite => ({
  partition: `RULESET#${id}`,
  kind: 'ruleSet',
  head: head(id, version),
  data,
  audit: { action: version === 1 ? 'create' : 'save', subject: 'admin-city', name: '财政管理员', role: 'financeAdmin', requestId: `r${version}` },
  expectedVersion,
});

describe('versioned-record store on DynamoDB Local', () => {
  it('keeps each version and audit record of a record, and answers conflicts with the record family', async () => {
    await writeRecord(table, write('store-test', 1, { n: 1 }));
    await expect(writeRecord(table, write('store-test', 1, { n: 0 }))).rejects.toSatisfy((error) => isAppError(error, 'record.exists') && error.status === 409);
    await writeRecord(table, write('store-test', 2, { n: 2 }, 1));
    await expect(writeRecord(table, write('store-test', 2, { n: 99 }, 1))).rejects.toSatisfy((error) => isAppError(error, 'record.versionConflict'));

    expect(await getRecordHead(table, 'RULESET#store-test')).toMatchObject({ id: 'store-test', version: 2 });
    expect((await getRecordVersion(table, 'RULESET#store-test', 1))?.data).toEqual({ n: 1 });
    expect((await getRecordVersion(table, 'RULESET#store-test', 2))?.data).toEqual({ n: 2 });
    const trail = await listRecordAudit(table, 'RULESET#store-test');
    expect(trail.items.map((record) => [record.version, record.action, record.recordId])).toEqual([
      [1, 'create', 'store-test'],
      [2, 'save', 'store-test'],
    ]);
  });

  it('names both versions and the current ETag in an If-Match conflict', () => {
    const conflict = versionConflict('submission', { current: 3, expected: 2 });
    expect(conflict.code).toBe('submission.versionConflict');
    expect(conflict.status).toBe(409);
    expect(conflict.headers).toEqual({ etag: '"3"' });
    expect(conflict.message_zh).toContain('当前第 3 版');
    expect(versionConflict('record').headers).toEqual({});
  });
});
