import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';

/**
 * The id of a request: API Gateway's own in Lambda (hono/aws-lambda passes the event's
 * requestContext as the app's env), so logs, problem+json `instance` and API Gateway's access log
 * agree; a fresh UUID in the local server. Never taken from a client header.
 */
export const requestIdOf = (c: Context): string => {
  const env = c.env as { requestContext?: { requestId?: unknown } } | undefined;
  const fromGateway = env?.requestContext?.requestId;
  return typeof fromGateway === 'string' && fromGateway !== '' ? fromGateway : randomUUID();
};
