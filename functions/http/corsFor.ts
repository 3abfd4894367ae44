import { cors } from 'hono/cors';
import type { MiddlewareHandler } from 'hono';

/** Request headers the add-in sends (docs/api.md): auth, JSON, optimistic concurrency, retries. */
const allowHeaders = ['authorization', 'content-type', 'if-match', 'idempotency-key'];
/**
 * Response headers the add-in reads: the version for the next If-Match, where a created item lives,
 * the id to quote to support, and the file name of a downloaded workbook (the offline page).
 */
const exposeHeaders = ['etag', 'location', 'x-request-id', 'content-disposition'];

/**
 * Hono's CORS middleware for the task pane, whose origin differs from the API's: a grant for the
 * configured origins only ("*" grants any origin, echoed back, for development), preflights
 * answered 204 and cached ten minutes.
 *
 * @example
 * app.use('*', corsFor(['https://localhost:3001']));
 */
export const corsFor = (allowedOrigins: readonly string[]): MiddlewareHandler =>
  cors({
    origin: (origin) => (origin !== '' && (allowedOrigins.includes('*') || allowedOrigins.includes(origin)) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders,
    exposeHeaders,
    maxAge: 600,
  });
