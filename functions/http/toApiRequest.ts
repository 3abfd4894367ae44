import type { Context } from 'hono';
import type { ApiRequest } from './types';

/**
 * The ApiRequest handlers see, read from Hono's request: lower-case headers, the query with repeated
 * names joined by commas (what API Gateway's queryStringParameters did), and the body text.
 */
export const toApiRequest = async (c: Context, requestId: string): Promise<ApiRequest> => {
  const url = new URL(c.req.url);
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = query[name] === undefined ? value : `${query[name]},${value}`;
  const headers: Record<string, string> = {};
  c.req.raw.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const text = await c.req.text();
  return { method: c.req.method.toUpperCase(), path: url.pathname, headers, query, body: text === '' ? undefined : text, requestId };
};
