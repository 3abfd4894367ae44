import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodStudentAidIndicators } from '../../support/targetSheetFixtures';
import { startTestSystem, type TestSystem } from '../../support/testSystem';

let system: TestSystem;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(async () => system?.stop());

const create = async (projectId: string) => {
  const created = await system.api('filer-edu').post('/v1/target-sheets', { projectId, year: 2026 });
  expect(created.status).toBe(201);
  return created.body as { head: { id: string; version: number }; data: Record<string, unknown> };
};

describe('optimistic concurrency (If-Match)', () => {
  it('refuses a stale If-Match with 409 and overwrites nothing', async () => {
    const filer = system.api('filer-edu');
    const head = system.api('head-edu');
    const { head: first, data } = await create('nt-edu-2026-student-aid');
    const path = `/v1/target-sheets/${first.id}`;

    // Two people read version 1; the department head saves first.
    const winner = await head.put(path, { data: { ...data, annualGoal: '部门负责人的版本' } }, { headers: { 'if-match': '"1"' } });
    expect(winner.status).toBe(200);
    const loser = await filer.put(path, { data: { ...data, annualGoal: '会计的旧版本' } }, { headers: { 'if-match': '"1"' } });
    expect(loser.status).toBe(409);
    expect(loser.body.code).toBe('submission.versionConflict');
    expect(loser.headers.get('etag')).toBe('"2"');

    const readBack = await filer.get(path);
    expect(readBack.body.head.version).toBe(2);
    expect(readBack.body.data.annualGoal).toBe('部门负责人的版本');
    expect((await filer.get(`${path}/versions`)).body.items).toHaveLength(2);
    expect((await filer.get(`${path}/audit`)).body.items).toHaveLength(2);
  });

  it('requires If-Match on writes to an existing submission (428) and refuses a malformed one (400)', async () => {
    const filer = system.api('filer-edu');
    const { head, data } = await create('nt-edu-2026-teacher-training');
    const path = `/v1/target-sheets/${head.id}`;
    const missing = await filer.put(path, { data });
    expect(missing.status).toBe(428);
    expect(missing.body.code).toBe('request.preconditionRequired');
    expect((await filer.post(`${path}/submit`)).status).toBe(428);
    expect((await system.api('reviewer-city').post(`${path}/approve`)).status).toBe(428);
    const malformed = await filer.put(path, { data }, { headers: { 'if-match': 'version-one' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('request.invalidIfMatch');
    expect((await filer.get(path)).body.head.version).toBe(1);
  });
});

describe('simultaneous writes', () => {
  it('let exactly one of two parallel saves of the same version win', async () => {
    const agri = system.api('filer-agri');
    const created = await agri.post('/v1/target-sheets', { projectId: 'nt-agri-2026-farmland', year: 2026 });
    const path = `/v1/target-sheets/${created.body.head.id}`;
    const goals = ['建成高标准农田 8 万亩', '建成高标准农田 9 万亩'];
    const results = await Promise.all(
      goals.map((annualGoal) => agri.put(path, { data: { ...created.body.data, annualGoal } }, { headers: { 'if-match': '"1"' } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!;
    const readBack = await agri.get(path);
    expect(readBack.body).toEqual(winner.body);
    expect((await agri.get(`${path}/versions`)).body.items).toHaveLength(2);
  });

  it('answer parallel retries with one key with one write', async () => {
    const agri = system.api('filer-agri');
    const body = { projectId: 'nt-agri-2026-land-transfer', year: 2026 };
    const headers = { 'idempotency-key': 'parallel-create-0001' };
    const results = await Promise.all([agri.post('/v1/target-sheets', body, { headers }), agri.post('/v1/target-sheets', body, { headers })]);
    // Both see the one created sheet, or the loser is told the twin is still in progress (409) and may retry.
    for (const result of results) expect([201, 409]).toContain(result.status);
    const created = results.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const result of results.filter((r) => r.status === 409)) expect(result.body.code).toBe('idempotency.inProgress');
    const retry = await agri.post('/v1/target-sheets', body, { headers });
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(created[0]!.body);
    expect((await agri.get(`/v1/target-sheets/${retry.body.head.id}/versions`)).body.items).toHaveLength(1);
  });
});

describe('idempotency keys', () => {
  it('replays the first response to a retried create and writes nothing more', async () => {
    const filer = system.api('filer-edu');
    const key = { 'idempotency-key': 'b7c1d2e0-0000-4000-8000-000000000001' };
    const first = await filer.post('/v1/target-sheets', { projectId: 'nt-edu-2026-school-renovation', year: 2026 }, { headers: key });
    expect(first.status).toBe(201);
    const retry = await filer.post('/v1/target-sheets', { projectId: 'nt-edu-2026-school-renovation', year: 2026 }, { headers: key });
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('etag')).toBe('"1"');
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    // Without the key the same create is a conflict: the sheet exists once.
    const again = await filer.post('/v1/target-sheets', { projectId: 'nt-edu-2026-school-renovation', year: 2026 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('submission.exists');
    expect((await filer.get(`/v1/target-sheets/${first.body.head.id}/versions`)).body.items).toHaveLength(1);
  });

  it('replays a retried submit without a new version, and refuses the key for another body (422)', async () => {
    const health = system.api('filer-health');
    const created = await health.post('/v1/target-sheets', { projectId: 'nt-health-2026-public-health', year: 2026 });
    expect(created.status).toBe(201);
    const sheet = created.body.data;
    const path = `/v1/target-sheets/${created.body.head.id}`;
    const complete = {
      ...sheet,
      overallGoal: '提升基本公共卫生服务均等化水平',
      annualGoal: '2026 年居民电子健康档案建档率达到 90%',
      indicators: goodStudentAidIndicators,
    };
    const key = { 'idempotency-key': 'submit-health-0001', 'if-match': '"1"' };
    const first = await health.post(`${path}/submit`, { data: complete }, { headers: key });
    expect(first.status).toBe(200);
    expect(first.body.head.version).toBe(2);
    const retry = await health.post(`${path}/submit`, { data: complete }, { headers: key });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect((await health.get(`${path}/versions`)).body.items).toHaveLength(2);
    expect((await health.get(`${path}/audit`)).body.items).toHaveLength(2);

    const reused = await health.post(`${path}/submit`, { data: { ...complete, annualGoal: '另一个目标' } }, { headers: key });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('idempotency.keyReused');
    expect((await health.get(path)).body).toEqual(first.body);

    // Keys are per caller: another user's identical key is a different key.
    const reviewer = system.api('reviewer-city');
    const returned = await reviewer.post(`${path}/return`, { comment: '请补充档案数量指标' }, { headers: { 'idempotency-key': 'submit-health-0001', 'if-match': '"2"' } });
    expect(returned.status).toBe(200);
    expect(returned.body.head.version).toBe(3);
  });

  it('refuses a malformed key before doing anything', async () => {
    const filer = system.api('filer-edu');
    const bad = await filer.post('/v1/target-sheets', { projectId: 'nt-edu-2026-student-aid', year: 2026 }, { headers: { 'idempotency-key': 'has spaces and #' } });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('request.invalidIdempotencyKey');
    expect(system.loggedErrors).toEqual([]);
  });
});
