import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import { createServer as createHttpsServer, type ServerOptions as HttpsOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { FetchApp } from './types';

export interface ServeOptions {
  /** 0 picks a free port; the chosen one is in the returned url. */
  port: number;
  /** "127.0.0.1" by default: the local runtime is not for the network. */
  host?: string;
  /** Serve HTTPS with this key and certificate (the task pane must be HTTPS for Office). */
  https?: HttpsOptions;
}

export interface RunningServer {
  /** e.g. "http://localhost:3000" (no trailing slash). */
  url: string;
  port: number;
  /** Stops accepting connections, ends idle keep-alive ones and resolves when the server is closed. */
  close: () => Promise<void>;
}

/**
 * Serves a Hono app (or any fetch handler) with @hono/node-server over node:http or node:https: the
 * local runtime's API, issuer and task pane. Body limits and errors are the app's business.
 *
 * @example
 * const server = await serveNode(app, { port: 3000 });
 * console.log(server.url); // http://localhost:3000
 * await server.close();
 */
export const serveNode = async (app: FetchApp, options: ServeOptions): Promise<RunningServer> => {
  const host = options.host ?? '127.0.0.1';
  const server = (
    options.https === undefined
      ? createAdaptorServer({ fetch: (request) => app.fetch(request) })
      : createAdaptorServer({ fetch: (request) => app.fetch(request), createServer: createHttpsServer, serverOptions: options.https })
  ) as Server;
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
