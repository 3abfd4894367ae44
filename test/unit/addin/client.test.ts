import { describe, expect, it } from 'vitest';
import { ApiProblem, isApiProblem } from '../../../addin/api/apiProblem';
import { createApiClient } from '../../../addin/api/client';

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** A fake fetch answering from a script, recording every request. */
const fakeFetch = (answers: (Response | Error)[]) => {
  const seen: Seen[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    seen.push({ method: init.method ?? 'GET', url, headers: init.headers as Record<string, string>, body: init.body as string | undefined });
    const next = answers.shift();
    if (!next) throw new Error('test: no more answers');
    if (next instanceof Error) throw next;
    return next;
  }) as typeof globalThis.fetch;
  return { fetch, seen };
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers } });

// Answers are checked against the contract, so the fixtures are whole documents.
const doc = (version: number, status = 'draft') => ({
  head: { id: 'targetSheet.2026.p1', form: 'targetSheet', regionId: 'nantong', departmentId: 'edu', subjectType: 'project', subjectId: 'p1', year: 2026, version, status, updatedAt: '2026-03-01T08:00:00Z', updatedBy: 'filer-edu' },
  data: {
    projectId: 'p1', year: 2026, projectName: '学生资助', departmentName: '南通市教育局', unitName: '', isNew: false,
    period: { from: 2026, to: 2026 }, funding: { fiscalFen: 100_000_00, otherFen: 0 }, overallGoal: '', annualGoal: '', indicators: [],
  },
});
const project = (id: string) => ({
  id, regionId: 'nantong', departmentId: 'edu', year: 2026, name_zh: '学生资助', name_en: 'Student aid', budgetType: 'general', sector: 'education',
  isMajor: false, isNew: false, period: { from: 2026, to: 2026 }, amountFen: 100_000_00,
});
const department = (id: string, name_zh: string) => ({ id, regionId: 'nantong', name_zh, name_en: '', sector: 'education' });

let keys = 0;
const client = (answers: (Response | Error)[], token: string | null = 'tok') => {
  const f = fakeFetch(answers);
  const api = createApiClient({ baseUrl: 'http://api.test/', getToken: async () => token ?? undefined, fetch: f.fetch, newKey: () => `key-${++keys}`, sleep: async () => undefined });
  return { api, seen: f.seen };
};

describe('API client', () => {
  it('sends the bearer token, query parameters and reads lists from { items }', async () => {
    const { api, seen } = client([json(200, { items: [project('p1')], cursor: 'c2' })]);
    const projects = await api.projects({ year: 2026, departmentId: undefined });
    expect(projects).toEqual([project('p1')]);
    expect(seen[0]).toMatchObject({ method: 'GET', url: 'http://api.test/v1/projects?year=2026' });
    expect(seen[0]!.headers.authorization).toBe('Bearer tok');
    expect(seen[0]!.headers['idempotency-key']).toBeUndefined();
  });

  it('sends If-Match with the version, an Idempotency-Key, and takes the new version from the ETag', async () => {
    const { api, seen } = client([json(200, doc(3), { etag: '"4"' })]);
    const saved = await api.saveTargetSheet('targetSheet.2026.p1', 3, doc(3).data as never);
    expect(saved.version).toBe(4);
    expect(seen[0]!.method).toBe('PUT');
    expect(seen[0]!.url).toBe('http://api.test/v1/target-sheets/targetSheet.2026.p1');
    expect(seen[0]!.headers['if-match']).toBe('"3"');
    expect(seen[0]!.headers['idempotency-key']).toMatch(/^key-\d+$/);
    expect(JSON.parse(seen[0]!.body!)).toEqual({ data: doc(3).data });
  });

  it('retries a lost write with the SAME Idempotency-Key, and a new action gets a new key', async () => {
    const { api, seen } = client([new TypeError('network down'), json(503, {}), json(200, doc(2, 'submitted'), { etag: '"2"' }), json(200, doc(3), { etag: '"3"' })]);
    await api.submitTargetSheet('targetSheet.2026.p1', 1);
    expect(seen).toHaveLength(3);
    const key = seen[0]!.headers['idempotency-key'];
    expect(seen.map((s) => s.headers['idempotency-key'])).toEqual([key, key, key]);
    await api.returnTargetSheet('targetSheet.2026.p1', 2, '请补充');
    expect(seen[3]!.headers['idempotency-key']).not.toBe(key);
    expect(JSON.parse(seen[3]!.body!)).toEqual({ comment: '请补充' });
  });

  it('turns problem+json into a typed ApiProblem with code, both messages and cell problems', async () => {
    const body = {
      type: 'https://jixiao.example/problems/targetSheet.invalid', title: '申报表有错误', status: 422, code: 'targetSheet.invalid',
      message_zh: '申报表有 1 处错误', message_en: 'The sheet has 1 error', instance: 'req-1',
      problems: [{ cell: 'D12', code: 'targetSheet.quantityWithoutUnit', message_zh: '请填写度量单位', message_en: 'Enter the unit' }, 'junk'],
    };
    const { api } = client([json(422, body)]);
    const error = await api.submitTargetSheet('x', 1).catch((e: unknown) => e);
    expect(isApiProblem(error, 'targetSheet.invalid')).toBe(true);
    const problem = error as ApiProblem;
    expect(problem).toMatchObject({ status: 422, message_zh: '申报表有 1 处错误', message_en: 'The sheet has 1 error', instance: 'req-1' });
    expect(problem.problems).toEqual([{ cell: 'D12', code: 'targetSheet.quantityWithoutUnit', message_zh: '请填写度量单位', message_en: 'Enter the unit', severity: 'error' }]);
  });

  it('does not retry 4xx answers, and reports non-problem errors and an unreachable server', async () => {
    const conflict = client([json(409, { code: 'submission.versionConflict', message_zh: '版本已变化', message_en: 'The version changed' })]);
    await expect(conflict.api.approveTargetSheet('x', 1)).rejects.toMatchObject({ code: 'submission.versionConflict', status: 409 });
    expect(conflict.seen).toHaveLength(1);
    const html = client([new Response('<html>oops</html>', { status: 500 })]);
    await expect(html.api.me()).rejects.toMatchObject({ code: 'http.500', status: 500 });
    const down = client([new TypeError('x'), new TypeError('x'), new TypeError('x')]);
    await expect(down.api.me()).rejects.toMatchObject({ code: 'network.unreachable', status: 0 });
    expect(down.seen).toHaveLength(3);
  });

  it('sends no Authorization header when signed out, and rejects an incomplete document', async () => {
    const { api, seen } = client([json(200, { head: null })], null);
    await expect(api.getTargetSheet('a/b')).rejects.toMatchObject({ code: 'api.unexpectedBody' });
    expect(seen[0]!.headers.authorization).toBeUndefined();
    expect(seen[0]!.url).toBe('http://api.test/v1/target-sheets/a%2Fb');
  });

  it('checks every answer against the contract: a body that does not match is a clear zh/en problem naming the field', async () => {
    const { api } = client([
      json(200, { principal: { subject: 'filer-edu', roles: ['filer'], regionId: 'nantong' } }),
      json(200, { head: doc(1).head, data: { ...doc(1).data, funding: { fiscalFen: '100' } } }),
      json(200, '<html>proxy error</html>'),
    ]);
    const problem = await api.me().catch((e: unknown) => e);
    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem).toMatchObject({ status: 200, code: 'api.unexpectedBody' });
    expect((problem as ApiProblem).message_zh).toContain('服务器返回的数据与约定不符（字段：principal.name）');
    expect((problem as ApiProblem).message_en).toContain('does not match the API contract (field: principal.name)');
    await expect(api.getTargetSheet('targetSheet.2026.p1')).rejects.toMatchObject({ code: 'api.unexpectedBody', message_en: expect.stringContaining('field: data.funding.fiscalFen') });
    await expect(api.departments()).rejects.toMatchObject({ code: 'api.unexpectedBody', message_en: expect.stringContaining('field: —') });
  });

  it('lists every department across pages, and GETs a path with its own query (consolidation pages)', async () => {
    const edu = department('edu', '南通市教育局');
    const health = department('health', '南通市卫生健康委员会');
    const { api, seen } = client([json(200, { items: [edu], cursor: 'c-2' }), json(200, { items: [health] }), json(200, { projects: [], indicators: [] })]);
    expect((await api.departments()).map((d) => d.id)).toEqual(['edu', 'health']);
    expect(seen.map((s) => s.url)).toEqual(['http://api.test/v1/departments?limit=100', 'http://api.test/v1/departments?limit=100&cursor=c-2']);
    expect(await api.getJson('/v1/consolidation?year=2026&form=targetSheet&budgetTypes=general%2Cfund')).toEqual({ projects: [], indicators: [] });
    expect(seen[2]).toMatchObject({ method: 'GET', url: 'http://api.test/v1/consolidation?year=2026&form=targetSheet&budgetTypes=general%2Cfund' });
    expect(seen[2]!.headers.authorization).toBe('Bearer tok');
  });
});
