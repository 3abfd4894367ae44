import type { z } from 'zod';
import type { Principal } from '../../contract/principal';
import type { Verifier } from '../auth/verifier';
import { AppError } from '../errors/appError';
import { invalidRequest, invalidToken } from '../errors/requestErrors';
import { createRouter } from './createRouter';
import { issuesToProblems } from './issuesToProblems';
import { createJsonLogger, type Logger } from './logger';
import { defaultMaxBodyBytes, parseBody } from './parseBody';
import { problemResponse } from './problemResponse';
import type { ApiHandler, ApiRequest, ApiResponse, RouteDefinition } from './types';
import { withCors } from './withCors';

export interface AppDependencies {
  verifier: Verifier;
  /** The clock handed to routes; `() => new Date()` by default. */
  now?: () => Date;
  /** Origins allowed by CORS (the task pane's), e.g. ["https://localhost:3001"]; "*" for any. */
  allowedOrigins?: readonly string[];
  /** Largest accepted JSON body in bytes (1 MiB by default). */
  maxBodyBytes?: number;
  logger?: Logger;
}

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

/**
 * The API as one function from request to response, the same in Lambda and in the local server:
 * routing (404/405), authentication (Bearer token → Principal, else 401), zod validation of path
 * parameters, query and JSON body (400 with one problem per issue; 413, 415), the route's handler,
 * and errors as application/problem+json. Unexpected errors answer 500 `internal` and are logged
 * with their cause as one JSON line. CORS for the configured origins.
 *
 * Convention for route schemas: objects are `z.strictObject`, so unknown fields are rejected (400
 * `request.unknownField`) instead of silently dropped.
 *
 * @example
 * const app = createApp(routes, { verifier, allowedOrigins: ['https://localhost:3001'] });
 * const response = await app({ method: 'GET', path: '/v1/me', headers: { authorization: `Bearer ${token}` }, query: {}, body: undefined, requestId: 'r1' });
 */
export const createApp = (routes: RouteDefinition[], deps: AppDependencies): ApiHandler => {
  const match = createRouter(routes);
  const now = deps.now ?? (() => new Date());
  const logger = deps.logger ?? createJsonLogger();
  const maxBodyBytes = deps.maxBodyBytes ?? defaultMaxBodyBytes;

  const handle = async (request: ApiRequest): Promise<ApiResponse> => {
    const { route, params } = match(request.method, request.path);
    const principal = route.public ? anonymous : await authenticate(request, deps.verifier);
    const body = route.body === undefined ? undefined : parseBody(request, maxBodyBytes);
    return route.handle({
      request,
      principal,
      params: validate(route.params, params, 'params'),
      query: validate(route.query, request.query, 'query'),
      body: validate(route.body, body),
      now,
    });
  };

  return withCors(async function app(request) {
    const started = performance.now();
    let response: ApiResponse;
    try {
      response = await handle(request);
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) {
        logger.error('request failed', { requestId: request.requestId, method: request.method, path: request.path, error });
      }
      response = problemResponse(error, request.requestId);
    }
    logger.info('request', {
      requestId: request.requestId,
      method: request.method,
      path: request.path,
      status: response.status,
      ms: Math.round(performance.now() - started),
    });
    return { ...response, headers: { ...baseHeaders, 'x-request-id': request.requestId, ...response.headers } };
  }, deps.allowedOrigins ?? []);
};
