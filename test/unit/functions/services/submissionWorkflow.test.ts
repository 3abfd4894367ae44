import { TransactWriteItemsCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { statuses, type Status, type SubmissionHead } from '../../../../domain/model/submission';
import type { Principal } from '../../../../contract/principal';
import { AppError } from '../../../../functions/errors/appError';
import { allowedFrom, assertChangeAllowed, changeSubmission, financeActRoles } from '../../../../functions/services/submissionWorkflow';
import type { StoreContext } from '../../../../functions/store/storeContext';
import { submissionActions } from '../../../../functions/store/submissionRecords';

/** A store whose client records every command and answers nothing else: enough for one write. */
const recordingStore = () => {
  const sent: unknown[] = [];
  const dynamo = { send: async (command: unknown) => { sent.push(command); return {}; } } as unknown as DynamoDBClient;
  const store: StoreContext = { dynamo, tableName: 'jixiao-test' };
  return { store, sent };
};

const head = (status: Status, extra: Partial<SubmissionHead> = {}): SubmissionHead => ({
  id: 'monitoring.2026.p1.m07',
  form: 'monitoring',
  regionId: 'nantong',
  departmentId: 'nt-edu',
  subjectType: 'project',
  subjectId: 'p1',
  year: 2026,
  status,
  version: 3,
  updatedAt: '2026-08-01T00:00:00.000Z',
  updatedBy: 'filer-edu',
  ...extra,
});

const reviewer: Principal = { subject: 'reviewer-city', name: '王审核', roles: ['financeReviewer'], regionId: 'nantong' };
const meta = { now: new Date('2026-08-05T02:00:00.000Z'), requestId: 'req-1' };

const thrown = (run: () => unknown): AppError => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
};

describe('the transition table', () => {
  // Every action against every status: where it may start (RULES.md §2, §4, §5 for the finance acts).
  const expected: Record<Exclude<(typeof submissionActions)[number], 'create'>, Status[]> = {
    save: ['draft', 'returned'],
    submit: ['draft', 'returned'],
    return: ['submitted'],
    approve: ['submitted'],
    recompute: ['submitted', 'approved'],
    financeAction: ['submitted', 'approved'],
    recordRevision: ['approved'],
  };

  it.each(Object.entries(expected))('lets %s start only from %j', (action, from) => {
    const allowed = statuses.filter((status) => allowedFrom(action as keyof typeof expected, status));
    expect(allowed).toEqual(from);
  });

  it('names the three finance acts as audit actions, and lets only finance roles perform them', () => {
    expect(submissionActions).toEqual(expect.arrayContaining(['recompute', 'financeAction', 'recordRevision']));
    for (const act of ['recompute', 'financeAction', 'recordRevision'] as const) {
      expect([...financeActRoles(act)].sort()).toEqual(['financeAdmin', 'financeReviewer']);
    }
  });

  it('refuses a stale version before the status, and a wrong status with zh and en messages', () => {
    const stale = thrown(() => assertChangeAllowed(head('draft'), 2, 'financeAction'));
    expect([stale.code, stale.status, stale.headers.etag]).toEqual(['submission.versionConflict', 409, '"3"']);
    const early = thrown(() => assertChangeAllowed(head('draft'), 3, 'financeAction'));
    expect([early.code, early.status]).toEqual(['submission.invalidStatus', 409]);
    expect(early.message_zh).toBe('当前状态为“草稿”，不能作出处理决定');
    expect(early.message_en).toBe('A submission that is draft cannot be decided on');
    expect(thrown(() => assertChangeAllowed(head('submitted'), 3, 'recordRevision')).message_zh).toContain('不能记录完善情况');
  });
});

describe('changeSubmission with a finance act', () => {
  it('writes head, version and audit in one transaction, keeping the status and naming the act', async () => {
    const { store, sent } = recordingStore();
    const current = head('submitted', { submittedAt: '2026-08-01T00:00:00.000Z', comment: undefined });
    const detail = { kind: 'financeAction' as const, financeAction: 'suspendFunding' as const, reason: '执行进度严重滞后' };
    const view = await changeSubmission(
      store,
      reviewer,
      'financeReviewer',
      { current, expectedVersion: 3, action: 'financeAction', data: { note: 'x' }, comment: '暂缓拨款 / Suspend funding: 执行进度严重滞后', detail },
      { ...meta, idempotency: (result) => ({ subject: 'reviewer-city', key: 'k1', requestHash: 'h', response: { status: 200, headers: {}, body: JSON.stringify(result) }, createdAt: meta.now.toISOString(), expiresAt: 1 }) },
    );
    expect(view.head).toMatchObject({ status: 'submitted', version: 4, updatedBy: 'reviewer-city', submittedAt: '2026-08-01T00:00:00.000Z' });
    expect(view.head.approvedAt).toBeUndefined();

    expect(sent).toHaveLength(1);
    const command = sent[0] as TransactWriteItemsCommand;
    expect(command).toBeInstanceOf(TransactWriteItemsCommand);
    const items = command.input.TransactItems!.map((item) => item.Put!);
    expect(items).toHaveLength(4);
    const [headPut, versionPut, auditPut, idempotencyPut] = items.map((put) => unmarshall(put.Item!));
    expect(items[0]!.ConditionExpression).toBe('#version = :expected');
    expect(unmarshall(items[0]!.ExpressionAttributeValues!)).toEqual({ ':expected': 3 });
    expect(headPut).toMatchObject({ kind: 'submissionHead', status: 'submitted', version: 4 });
    expect(versionPut).toMatchObject({ kind: 'submissionVersion', version: 4, action: 'financeAction', status: 'submitted' });
    expect(auditPut).toMatchObject({
      kind: 'audit',
      version: 4,
      action: 'financeAction',
      fromStatus: 'submitted',
      toStatus: 'submitted',
      role: 'financeReviewer',
      subject: 'reviewer-city',
      name: '王审核',
      requestId: 'req-1',
      detail,
    });
    expect(idempotencyPut).toMatchObject({ key: 'k1' });
  });

  it('keeps a pending return comment on the head through an act that keeps the status', async () => {
    const { store } = recordingStore();
    const current = head('approved', { form: 'selfEvaluation', comment: '旧意见' });
    const before = { ruleSetId: 'nantong-2026-default', ruleSetVersion: 1, total: 97.12 };
    const after = { ...before, ruleSetVersion: 2, total: 97.1 };
    const view = await changeSubmission(
      store,
      { ...reviewer, roles: ['financeAdmin'] },
      'financeAdmin',
      { current, expectedVersion: 3, action: 'recompute', data: {}, detail: { kind: 'recompute', before, after } },
      meta,
    );
    expect(view.head).toMatchObject({ status: 'approved', version: 4, comment: '旧意见' });
  });

  it('writes nothing when the status does not allow the act', async () => {
    const { store, sent } = recordingStore();
    await expect(
      changeSubmission(store, reviewer, 'financeReviewer', { current: head('returned'), expectedVersion: 3, action: 'recompute', data: {} }, meta),
    ).rejects.toMatchObject({ code: 'submission.invalidStatus', status: 409 });
    expect(sent).toEqual([]);
  });
});
