import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { tooLarge } from '../errors/requestErrors';
import { corsFor } from './corsFor';
import { createJsonLogger, type Logger } from './logger';
import { defaultMaxBodyBytes } from './parseBody';
import { problemResponse } from './problemResponse';
import { requestIdOf } from './requestId';
import { toApiRequest } from './toApiRequest';
import { toFetchResponse } from './toFetchResponse';
import type { ApiHandler } from './types';

export interface HandlerAppOptions {
  /** Bodies over this size (1 MiB by default) answer 413 before the handler is called. */
  maxBodyBytes?: number;
  /** CORS grant for these origins (none by default). */
  allowedOrigins?: readonly string[];
  logger?: Logger;
}

/**
 * A Hono app around a plain ApiHandler that answers every path itself (the local token issuer):
 * body limit, optional CORS, and a thrown error as a 500 problem+json that reveals nothing.
 *
 * @example
 * const server = await serveNode(handlerApp(issuer.handler, { allowedOrigins }), { port: 0 });
 */
export const handlerApp = (handler: ApiHandler, options: HandlerAppOptions = {}): Hono => {
  const logger = options.logger ?? createJsonLogger();
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const app = new Hono();
  if (options.allowedOrigins !== undefined) app.use('*', corsFor(options.allowedOrigins));
  app.use('*', bodyLimit({ maxSize: maxBodyBytes, onError: () => toFetchResponse(problemResponse(tooLarge(maxBodyBytes))) }));
  app.all('*', async (c) => {
    const requestId = requestIdOf(c);
    try {
      return toFetchResponse(await handler(await toApiRequest(c, requestId)));
    } catch (error) {
      logger.error('request failed', { requestId, method: c.req.method, path: c.req.path, error });
      return toFetchResponse(problemResponse(error, requestId));
    }
  });
  return app;
};
