import fc from 'fast-check';
import type { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Principal } from '../../../../contract/principal';
import type { Verifier } from '../../../../functions/auth/verifier';
import { appError } from '../../../../functions/errors/appError';
import { invalidToken } from '../../../../functions/errors/requestErrors';
import { createApp, type AppEnv } from '../../../../functions/http/createApp';
import { json } from '../../../../functions/http/json';
import { silentLogger, type Logger } from '../../../../functions/http/logger';
import type { ApiRequest, ApiResponse, RouteDefinition } from '../../../../functions/http/types';
import type { AppMetrics } from '../../../../functions/observability/appMetrics';

const filer: Principal = { subject: 'u1', name: '张会计', roles: ['filer'], regionId: 'nantong', departmentId: 'edu' };

/** Accepts the token "good" only, as a real verifier would accept a valid JWT. */
const verifier: Verifier = async (token) => {
  if (token !== 'good') throw invalidToken('令牌无效', 'Invalid token');
  return filer;
};

const routes: RouteDefinition[] = [
  { method: 'GET', path: '/v1/me', handle: async ({ principal }) => json(200, principal) },
  {
    method: 'GET',
    path: '/v1/projects/{projectId}',
    params: z.strictObject({ projectId: z.string().regex(/^[\w-]+$/) }),
    query: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
    handle: async ({ params, query }) => json(200, { params, query }),
  },
  {
    method: 'POST',
    path: '/v1/target-sheets',
    body: z.strictObject({ projectId: z.string().min(1), year: z.number().int().min(2000).max(2100), amountFen: z.number().int().nonnegative().optional() }),
    handle: async ({ body, now }) => json(201, { ...(body as Record<string, unknown>), createdAt: now().toISOString() }),
  },
  { method: 'POST', path: '/v1/target-sheets/check', handle: async () => json(200, { route: 'check' }) },
  { method: 'GET', path: '/v1/target-sheets/{id}', handle: async ({ params }) => json(200, { route: 'byId', params }) },
  {
    method: 'POST',
    path: '/v1/target-sheets/{id}/submit',
    handle: async () => {
      throw appError('submission.versionConflict', { zh: '版本已变化，请刷新后重试', en: 'The version changed; reload and retry' });
    },
  },
  { method: 'GET', path: '/v1/downloads/{key}', public: true, handle: async ({ principal }) => json(200, principal) },
  {
    method: 'GET',
    path: '/v1/boom',
    handle: async () => {
      throw new Error('secret table name jixiao-prod', { cause: new Error('ConditionalCheckFailed') });
    },
  },
];

const captureLogger = () => {
  const lines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const logger: Logger = {
    info: (message, fields) => lines.push({ level: 'info', message, fields }),
    warn: (message, fields) => lines.push({ level: 'warn', message, fields }),
    error: (message, fields) => lines.push({ level: 'error', message, fields }),
  };
  return { logger, lines };
};

/**
 * Sends an ApiRequest through the Hono app with `app.request()`; the request id arrives as API
 * Gateway's does in Lambda (hono/aws-lambda hands the app the event's requestContext as env).
 */
const call = async (app: Hono<AppEnv>, request: ApiRequest): Promise<ApiResponse> => {
  const query = new URLSearchParams(Object.entries(request.query).flatMap(([name, value]) => (value === undefined ? [] : [[name, value]]))).toString();
  const headers = Object.fromEntries(Object.entries(request.headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, value]])));
  const response = await app.request(
    `${request.path}${query === '' ? '' : `?${query}`}`,
    { method: request.method, headers, body: request.body },
    { requestContext: { requestId: request.requestId } },
  );
  const responseHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    responseHeaders[name] = value;
  });
  return { status: response.status, headers: responseHeaders, body: await response.text() };
};

const setup = (maxBodyBytes?: number) => {
  const { logger, lines } = captureLogger();
  const hono = createApp(routes, {
    verifier,
    now: () => new Date('2026-03-01T08:00:00Z'),
    allowedOrigins: ['https://localhost:3001'],
    logger,
    ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }),
  });
  return { app: (request: ApiRequest) => call(hono, request), lines };
};

const request = (overrides: Partial<ApiRequest>): ApiRequest => ({
  method: 'GET',
  path: '/v1/me',
  headers: { authorization: 'Bearer good' },
  query: {},
  body: undefined,
  requestId: 'req-1',
  ...overrides,
});

const post = (body: string, contentType = 'application/json'): ApiRequest =>
  request({ method: 'POST', path: '/v1/target-sheets', headers: { authorization: 'Bearer good', 'content-type': contentType }, body });

const parse = (response: ApiResponse) => JSON.parse(response.body as string) as Record<string, unknown>;
const problems = (response: ApiResponse) => parse(response)['problems'] as { code: string; path: string; message_zh: string; message_en: string }[];

describe('createApp routing', () => {
  it('routes to the handler and passes the principal', async () => {
    const response = await setup().app(request({}));
    expect(response.status).toBe(200);
    expect(parse(response)).toEqual(filer);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-request-id']).toBe('req-1');
  });

  it('decodes and validates path parameters and query', async () => {
    const response = await setup().app(request({ path: '/v1/projects/p-7', query: { year: '2026' } }));
    expect(parse(response)).toEqual({ params: { projectId: 'p-7' }, query: { year: 2026 } });
  });

  it('prefers a literal segment over a parameter and keeps the parameter route for other methods', async () => {
    const { app } = setup();
    expect(parse(await app(request({ method: 'POST', path: '/v1/target-sheets/check' })))).toEqual({ route: 'check' });
    expect(parse(await app(request({ path: '/v1/target-sheets/check' })))).toEqual({ route: 'byId', params: { id: 'check' } });
  });

  it('answers 404 problem+json for an unknown path', async () => {
    const response = await setup().app(request({ path: '/v1/nothing-here' }));
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(parse(response)).toMatchObject({ code: 'request.notFound', status: 404, instance: 'req-1' });
  });

  it('answers 405 with Allow for a known path and another method', async () => {
    const response = await setup().app(request({ method: 'DELETE', path: '/v1/target-sheets/abc' }));
    expect(response.status).toBe(405);
    expect(response.headers['allow']).toBe('GET');
    expect(parse(response)['code']).toBe('request.methodNotAllowed');
  });

  it('treats a trailing slash as the same resource', async () => {
    expect((await setup().app(request({ path: '/v1/me/' }))).status).toBe(200);
  });

  it('rejects a badly percent-encoded path parameter with 400', async () => {
    const response = await setup().app(request({ path: '/v1/target-sheets/%E0%A4%A' }));
    expect(response.status).toBe(400);
    expect(parse(response)['code']).toBe('request.malformedPath');
  });
});

describe('createApp authentication', () => {
  it('answers 401 auth.invalidToken with a Bearer challenge when the token is missing', async () => {
    const response = await setup().app(request({ headers: {} }));
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="jixiao"');
    expect(parse(response)).toMatchObject({ code: 'auth.invalidToken', message_zh: expect.stringContaining('令牌') });
  });

  it('answers 401 with error="invalid_token" for a rejected token or another scheme', async () => {
    const { app } = setup();
    for (const authorization of ['Bearer bad', 'Basic dXNlcjpwYXNz', 'Bearer']) {
      const response = await app(request({ headers: { authorization } }));
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toContain('error="invalid_token"');
    }
  });

  it('runs a public route without a token, with a principal that has no role or region', async () => {
    const response = await setup().app(request({ path: '/v1/downloads/abc', headers: {} }));
    expect(response.status).toBe(200);
    expect(parse(response)).toMatchObject({ roles: [], regionId: '' });
  });

  it('authenticates before parsing the body', async () => {
    const response = await setup().app({ ...post('{not json'), headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(401);
  });
});

describe('createApp body parsing', () => {
  it('passes a valid body and the injected clock to the handler', async () => {
    const response = await setup().app(post(JSON.stringify({ projectId: 'p1', year: 2026 })));
    expect(response.status).toBe(201);
    expect(parse(response)).toEqual({ projectId: 'p1', year: 2026, createdAt: '2026-03-01T08:00:00.000Z' });
  });

  it('answers 400 request.malformedJson for malformed JSON', async () => {
    const response = await setup().app(post('{"projectId": "p1",'));
    expect(response.status).toBe(400);
    expect(parse(response)['code']).toBe('request.malformedJson');
  });

  it('answers 415 for a body that is not JSON', async () => {
    const response = await setup().app(post('projectId=p1', 'application/x-www-form-urlencoded'));
    expect(response.status).toBe(415);
    expect(parse(response)['code']).toBe('request.unsupportedMediaType');
  });

  it('accepts a JSON content type with a charset', async () => {
    const response = await setup().app(post(JSON.stringify({ projectId: 'p1', year: 2026 }), 'application/json; charset=utf-8'));
    expect(response.status).toBe(201);
  });

  it('answers 413 request.tooLarge above the body limit, counting UTF-8 bytes', async () => {
    const { app } = setup(100);
    // 40 Chinese characters are 40 UTF-16 units but 120 UTF-8 bytes.
    const response = await app(post(JSON.stringify({ projectId: '项'.repeat(40), year: 2026 })));
    expect(response.status).toBe(413);
    expect(parse(response)['code']).toBe('request.tooLarge');
  });

  it('lists every unknown field as its own problem with its path', async () => {
    const response = await setup().app(post(JSON.stringify({ projectId: 'p1', year: 2026, admin: true, extra: 1 })));
    expect(response.status).toBe(400);
    expect(parse(response)['code']).toBe('request.invalid');
    expect(problems(response).map((p) => [p.code, p.path])).toEqual([
      ['request.unknownField', 'admin'],
      ['request.unknownField', 'extra'],
    ]);
  });

  it('gives each type error a path and messages in Chinese and English', async () => {
    const response = await setup().app(post(JSON.stringify({ projectId: 7, year: '2026' })));
    expect(response.status).toBe(400);
    const list = problems(response);
    expect(list.map((p) => p.path)).toEqual(['projectId', 'year']);
    expect(list[0]).toMatchObject({ code: 'request.invalidType', message_zh: '应为文本', message_en: expect.stringContaining('expected string') });
    expect(list[1]?.message_zh).toBe('应为数字');
  });

  it('says a missing field is required', async () => {
    const response = await setup().app(post(JSON.stringify({ projectId: 'p1' })));
    expect(problems(response)).toEqual([expect.objectContaining({ path: 'year', message_zh: '必填，应为数字' })]);
  });

  it('answers 400, never 500, for a missing body on a route that needs one', async () => {
    const response = await setup().app(request({ method: 'POST', path: '/v1/target-sheets' }));
    expect(response.status).toBe(400);
    expect(parse(response)['code']).toBe('request.invalid');
  });

  it('rejects impossible numbers with 400: overflowing, fractional, negative money', async () => {
    const { app } = setup();
    for (const body of ['{"projectId":"p1","year":1e400}', '{"projectId":"p1","year":2026.5}', '{"projectId":"p1","year":2026,"amountFen":-1}', '{"projectId":"p1","year":2026,"amountFen":1e300}']) {
      const response = await app(post(body));
      expect(response.status, body).toBe(400);
      expect(problems(response).length, body).toBeGreaterThan(0);
    }
  });

  it('rejects impossible query values with 400 and a query path', async () => {
    const { app } = setup();
    for (const year of ['abc', '1e999', '20.5', '99999']) {
      const response = await app(request({ path: '/v1/projects/p1', query: { year } }));
      expect(response.status, year).toBe(400);
      expect(problems(response)[0]?.path).toBe('query.year');
    }
    const unknown = await app(request({ path: '/v1/projects/p1', query: { yaer: '2026' } }));
    expect(problems(unknown)[0]).toMatchObject({ code: 'request.unknownField', path: 'query.yaer' });
  });

  it('never answers 500 for any body text', async () => {
    const { app } = setup();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v))), async (body) => {
        const response = await app(post(body));
        expect(response.status).toBeLessThan(500);
        expect(response.status === 201 || response.headers['content-type']?.startsWith('application/problem+json')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('createApp errors', () => {
  it('turns an AppError into problem+json with code, zh and en messages and the request id', async () => {
    const response = await setup().app(request({ method: 'POST', path: '/v1/target-sheets/s1/submit' }));
    expect(response.status).toBe(409);
    expect(parse(response)).toEqual({
      type: 'https://jixiao.example/problems/submission.versionConflict',
      title: '冲突 / Conflict',
      status: 409,
      code: 'submission.versionConflict',
      message_zh: '版本已变化，请刷新后重试',
      message_en: 'The version changed; reload and retry',
      detail: '版本已变化，请刷新后重试 / The version changed; reload and retry',
      instance: 'req-1',
      problems: [],
    });
  });

  it('answers 500 internal without leaking the cause, and logs one error line with the cause', async () => {
    const { app, lines } = setup();
    const response = await app(request({ path: '/v1/boom', requestId: 'req-boom' }));
    expect(response.status).toBe(500);
    expect(response.body).not.toContain('secret');
    expect(response.body).not.toContain('ConditionalCheckFailed');
    expect(parse(response)).toMatchObject({ code: 'internal', instance: 'req-boom' });
    const errors = lines.filter((line) => line.level === 'error');
    expect(errors).toHaveLength(1);
    const logged = JSON.stringify(errors[0]?.fields, (_, value: unknown) => (value instanceof Error ? { message: value.message, cause: value.cause } : value));
    expect(logged).toContain('secret table name');
    expect(logged).toContain('ConditionalCheckFailed');
    expect(errors[0]?.fields?.['requestId']).toBe('req-boom');
  });

  it('logs one access line per request with the status', async () => {
    const { app, lines } = setup();
    await app(request({ path: '/v1/nothing' }));
    expect(lines).toEqual([expect.objectContaining({ level: 'info', message: 'request', fields: expect.objectContaining({ status: 404, path: '/v1/nothing' }) })]);
  });
});

describe('createApp CORS', () => {
  const origin = 'https://localhost:3001';

  it('answers a preflight from the task pane origin', async () => {
    const response = await setup().app(
      request({ method: 'OPTIONS', path: '/v1/target-sheets', headers: { origin, 'access-control-request-method': 'POST' } }),
    );
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(origin);
    expect(response.headers['access-control-allow-headers']).toContain('authorization');
    expect(response.headers['access-control-allow-headers']).toContain('if-match');
  });

  it('gives no CORS grant to another origin', async () => {
    const { app } = setup();
    const preflight = await app(request({ method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' } }));
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const get = await app(request({ headers: { authorization: 'Bearer good', origin: 'https://evil.example' } }));
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('adds the origin and exposes ETag on responses, errors included', async () => {
    const { app } = setup();
    const ok = await app(request({ headers: { authorization: 'Bearer good', origin } }));
    expect(ok.headers['access-control-allow-origin']).toBe(origin);
    expect(ok.headers['access-control-expose-headers']).toContain('etag');
    const unauthorized = await app(request({ headers: { origin } }));
    expect(unauthorized.headers['access-control-allow-origin']).toBe(origin);
  });
});

describe('createApp metrics', () => {
  const counted = () => {
    const counts: string[] = [];
    const metrics: AppMetrics = {
      submission: (form, action) => counts.push(`submission ${form} ${action}`),
      rejected: (status, code) => counts.push(`rejected ${status} ${code}`),
      export: (outcome) => counts.push(`export ${outcome}`),
    };
    const hono = createApp(routes, { verifier, logger: silentLogger, metrics });
    return { app: (r: ApiRequest) => call(hono, r), counts };
  };

  it('counts an accepted form write by form and action, and nothing for a read', async () => {
    const { app, counts } = counted();
    expect((await app(post(JSON.stringify({ projectId: 'p1', year: 2026 })))).status).toBe(201);
    expect((await app(request({}))).status).toBe(200);
    expect(counts).toEqual(['submission target-sheets create']);
  });

  it('counts refused requests by status and problem code, not server errors', async () => {
    const { app, counts } = counted();
    await app(request({ headers: {} }));
    await app(post(JSON.stringify({ projectId: 'p1', year: 2026, admin: true })));
    await app(request({ method: 'POST', path: '/v1/target-sheets/s1/submit' }));
    await app(request({ path: '/v1/nothing-here' }));
    await app(request({ path: '/v1/boom' }));
    expect(counts).toEqual([
      'rejected 401 auth.invalidToken',
      'rejected 400 request.invalid',
      'rejected 409 submission.versionConflict',
      'rejected 404 request.notFound',
    ]);
  });
});
