import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type ServerOptions as HttpsOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tooLarge } from '../errors/requestErrors';
import { createJsonLogger, type Logger } from './logger';
import { defaultMaxBodyBytes } from './parseBody';
import { problemResponse } from './problemResponse';
import type { ApiHandler, ApiRequest, ApiResponse } from './types';

export interface ServeOptions {
  /** 0 picks a free port; the chosen one is in the returned url. */
  port: number;
  /** "127.0.0.1" by default: the local runtime is not for the network. */
  host?: string;
  /** Serve HTTPS with this key and certificate (the task pane must be HTTPS for Office). */
  https?: HttpsOptions;
  maxBodyBytes?: number;
  logger?: Logger;
}

export interface RunningServer {
  /** e.g. "http://localhost:3000" (no trailing slash). */
  url: string;
  port: number;
  /** Stops accepting connections, ends idle keep-alive ones and resolves when the server is closed. */
  close: () => Promise<void>;
}

type BodyResult = { kind: 'ok'; body: string | undefined } | { kind: 'tooLarge' };

/** Reads the body, keeping at most `maxBytes`; a larger body is drained and reported, never buffered. */
const readBody = (message: IncomingMessage, maxBytes: number): Promise<BodyResult> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    message.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    message.on('end', () =>
      resolve(size > maxBytes ? { kind: 'tooLarge' } : { kind: 'ok', body: size === 0 ? undefined : Buffer.concat(chunks).toString('utf8') }),
    );
    message.on('error', reject);
  });

const toApiRequest = (message: IncomingMessage, body: string | undefined): ApiRequest => {
  const url = new URL(message.url ?? '/', 'http://localhost');
  const query: Record<string, string> = {};
  // Repeated names are joined with commas, as API Gateway does, so handlers see the same thing.
  for (const [name, value] of url.searchParams) query[name] = query[name] === undefined ? value : `${query[name]},${value}`;
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(message.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return { method: (message.method ?? 'GET').toUpperCase(), path: url.pathname, headers, query, body, requestId: randomUUID() };
};

const writeResponse = (res: ServerResponse, response: ApiResponse): void => {
  res.writeHead(response.status, response.headers);
  res.end(response.body);
};

/**
 * Serves an ApiHandler with node:http (or node:https): the local runtime's API, issuer and task pane.
 * Bodies over `maxBodyBytes` (1 MiB) answer 413 without being buffered.
 *
 * @example
 * const server = await serveNode(app, { port: 3000 });
 * console.log(server.url); // http://localhost:3000
 * await server.close();
 */
export const serveNode = async (handler: ApiHandler, options: ServeOptions): Promise<RunningServer> => {
  const logger = options.logger ?? createJsonLogger();
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const host = options.host ?? '127.0.0.1';

  const listener = async (message: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const read = await readBody(message, maxBodyBytes);
      if (read.kind === 'tooLarge') {
        writeResponse(res, problemResponse(tooLarge(maxBodyBytes)));
        return;
      }
      writeResponse(res, await handler(toApiRequest(message, read.body)));
    } catch (error) {
      logger.error('node server request failed', { method: message.method, url: message.url, error });
      if (!res.headersSent) writeResponse(res, problemResponse(error));
      else res.destroy();
    }
  };

  const server: Server = options.https === undefined ? createHttpServer(listener) : createHttpsServer(options.https, listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const scheme = options.https === undefined ? 'http' : 'https';
  // "localhost" rather than 127.0.0.1: it is what the manifest and the browser's CORS origin use.
  const urlHost = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;

  return {
    url: `${scheme}://${urlHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeIdleConnections();
        // A request still in flight gets a moment to finish; then its connection is cut.
        setTimeout(() => server.closeAllConnections(), 2_000).unref();
      }),
  };
};
