import type { ApiHandler, ApiResponse } from './types';

/** Request headers the add-in sends (docs/api.md): auth, JSON, optimistic concurrency, retries. */
const allowedHeaders = 'authorization, content-type, if-match, idempotency-key';
/**
 * Response headers the add-in reads: the version for the next If-Match, where a created item lives,
 * the id to quote to support, and the file name of a downloaded workbook (the offline page).
 */
const exposedHeaders = 'etag, location, x-request-id, content-disposition';

/**
 * CORS for the task pane, whose origin differs from the API's: answers preflight requests and adds
 * `Access-Control-Allow-Origin` for configured origins only ("*" allows any, for development).
 *
 * @example
 * const handler = withCors(app, ['https://localhost:3001']);
 */
export const withCors = (handler: ApiHandler, allowedOrigins: readonly string[]): ApiHandler =>
  async function cors(request): Promise<ApiResponse> {
    const origin = request.headers['origin'];
    const allowed = origin !== undefined && (allowedOrigins.includes('*') || allowedOrigins.includes(origin));
    const corsHeaders: Record<string, string> = allowed
      ? { 'access-control-allow-origin': origin, 'access-control-expose-headers': exposedHeaders, vary: 'Origin' }
      : {};
    const preflightHeaders: Record<string, string> = {
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
      'access-control-allow-headers': allowedHeaders,
      'access-control-max-age': '600',
    };
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined) {
      return {
        status: 204,
        headers: allowed ? { ...corsHeaders, ...preflightHeaders } : { vary: 'Origin' },
        body: '',
      };
    }
    const response = await handler(request);
    return { ...response, headers: { ...response.headers, ...corsHeaders } };
  };
