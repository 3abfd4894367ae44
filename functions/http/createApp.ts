import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import type { Principal } from '../../contract/principal';
import type { Verifier } from '../auth/verifier';
import { AppError, appError } from '../errors/appError';
import { invalidRequest, invalidToken, methodNotAllowed, routeNotFound, tooLarge } from '../errors/requestErrors';
import { silentMetrics, type AppMetrics } from '../observability/appMetrics';
import { submissionOf } from '../observability/submissionOf';
import { corsFor } from './corsFor';
import { issuesToProblems } from './issuesToProblems';
import { createJsonLogger, type Logger } from './logger';
import { defaultMaxBodyBytes, parseBody } from './parseBody';
import { problemResponse } from './problemResponse';
import { refuseXmlUnsafeText } from './refuseXmlUnsafeText';
import { requestIdOf } from './requestId';
import { bySpecificity, toHonoPath } from './routePath';
import { toApiRequest } from './toApiRequest';
import { toFetchResponse } from './toFetchResponse';
import type { ApiRequest, RouteDefinition } from './types';

export interface AppDependencies {
  verifier: Verifier;
  /** The clock handed to routes; `() => new Date()` by default. */
  now?: () => Date;
  /** Origins allowed by CORS (the task pane's), e.g. ["https://localhost:3001"]; "*" for any. */
  allowedOrigins?: readonly string[];
  /** Largest accepted JSON body in bytes (1 MiB by default). */
  maxBodyBytes?: number;
  logger?: Logger;
  /** Counters for accepted form writes and refused requests; none by default. */
  metrics?: AppMetrics;
}

/** What the app's middleware keeps per request. */
export type AppEnv = { Variables: { requestId: string; problemCode: string | undefined } };

/** Headers on every API response: JSON is never cached by intermediaries nor sniffed as HTML. */
const baseHeaders = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

const authenticate = async (request: ApiRequest, verifier: Verifier): Promise<Principal> => {
  const header = request.headers['authorization'];
  if (header === undefined || header.trim() === '') {
    throw invalidToken('未登录：请求缺少访问令牌', 'Not signed in: the request has no access token', false);
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (match?.[1] === undefined) {
    throw invalidToken('访问令牌格式有误，应为 “Bearer <令牌>”', 'The Authorization header must be "Bearer <token>"');
  }
  return verifier(match[1]);
};

/** The principal of a public route: no roles, no region, so it can see nothing through the services. */
const anonymous: Principal = { subject: 'anonymous', name: '', roles: [], regionId: '' };

const validate = <T>(schema: z.ZodType<T> | undefined, input: unknown, prefix?: string): T => {
  if (schema === undefined) return input as T;
  const result = schema.safeParse(input);
  if (!result.success) throw invalidRequest(issuesToProblems(result.error.issues, input, prefix));
  return result.data;
};

/** Hono decodes what it can and keeps the rest; a path that is not valid percent-encoding is refused. */
const assertWellEncoded = (url: string): void => {
  for (const segment of new URL(url).pathname.split('/')) {
    try {
      decodeURIComponent(segment);
    } catch (cause) {
      throw appError('request.malformedPath', { zh: '请求路径编码有误', en: 'The request path is badly encoded', cause });
    }
  }
};

/**
 * The API as a Hono app, the same in Lambda (hono/aws-lambda) and in the local server
 * (@hono/node-server): CORS for the configured origins, the body size limit (413), the routes
 * (404 for an unknown path, 405 with Allow for another method), authentication (Bearer token →
 * Principal, else 401), zod validation of path parameters, query and JSON body (400 with one
 * problem per issue; 415), the route's handler, and every error as application/problem+json.
 * Unexpected errors answer 500 `internal` and are logged with their cause; each request is logged
 * once with its status and time, and counted when it is a form write or refused with a 4xx.
 *
 * Convention for route schemas: objects are `z.strictObject`, so unknown fields are rejected (400
 * `request.unknownField`) instead of silently dropped.
 *
 * @example
 * const app = createApp(routes, { verifier, allowedOrigins: ['https://localhost:3001'] });
 * const response = await app.request('/v1/me', { headers: { authorization: `Bearer ${token}` } });
 */
export const createApp = (routes: RouteDefinition[], deps: AppDependencies): Hono<AppEnv> => {
  const now = deps.now ?? (() => new Date());
  const logger = deps.logger ?? createJsonLogger();
  const metrics = deps.metrics ?? silentMetrics;
  const maxBodyBytes = deps.maxBodyBytes ?? defaultMaxBodyBytes;
  // strict: false — "/v1/me/" and "/v1/me" are the same resource.
  const app = new Hono<AppEnv>({ strict: false });

  const problem = (c: Context<AppEnv>, error: unknown): Response => {
    const requestId = c.get('requestId');
    if (!(error instanceof AppError) || error.status >= 500) {
      logger.error('request failed', { requestId, method: c.req.method, path: c.req.path, error });
    }
    const response = problemResponse(error, requestId);
    c.set('problemCode', error instanceof AppError ? error.code : 'internal');
    return toFetchResponse(response);
  };

  app.use('*', corsFor(deps.allowedOrigins ?? []));
  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('requestId', requestIdOf(c));
    await next();
    const { status } = c.res;
    for (const [name, value] of Object.entries({ ...baseHeaders, 'x-request-id': c.get('requestId') })) {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    }
    const code = c.get('problemCode');
    if (status >= 400 && status < 500 && code !== undefined) metrics.rejected(status, code);
    logger.info('request', { requestId: c.get('requestId'), method: c.req.method, path: c.req.path, status, ms: Math.round(performance.now() - started) });
  });
  app.use('*', bodyLimit({ maxSize: maxBodyBytes, onError: (c) => problem(c as Context<AppEnv>, tooLarge(maxBodyBytes)) }));

  for (const route of bySpecificity(routes)) {
    const submission = submissionOf(route);
    app.on(route.method, toHonoPath(route.path), async (c) => {
      try {
        assertWellEncoded(c.req.url);
        const request = await toApiRequest(c, c.get('requestId'));
        const principal = route.public ? anonymous : await authenticate(request, deps.verifier);
        const body = route.body === undefined ? undefined : refuseXmlUnsafeText(parseBody(request, maxBodyBytes));
        const response = await route.handle({
          request,
          principal,
          params: validate(route.params, c.req.param(), 'params'),
          query: validate(route.query, request.query, 'query'),
          body: validate(route.body, body),
          now,
        });
        if (submission !== undefined && response.status < 300) metrics.submission(submission.form, submission.action);
        return toFetchResponse(response);
      } catch (error) {
        return problem(c, error);
      }
    });
  }

  // A path some route knows but not with this method: each pattern adds its methods and passes on;
  // the last handler answers 405 with them all, or 404 when no pattern matched.
  const methodsByPath = new Map<string, Set<string>>();
  for (const route of routes) methodsByPath.set(route.path, (methodsByPath.get(route.path) ?? new Set()).add(route.method));
  const allowed = new WeakMap<Context, Set<string>>();
  for (const [path, methods] of methodsByPath) {
    app.all(toHonoPath(path), async (c, next) => {
      allowed.set(c, new Set([...(allowed.get(c) ?? []), ...methods]));
      await next();
    });
  }
  app.all('*', (c) => {
    const methods = allowed.get(c);
    return problem(c, methods === undefined ? routeNotFound(c.req.path) : methodNotAllowed(c.req.method, [...methods]));
  });
  app.onError((error, c) => problem(c, error));
  return app;
};
