import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVerifier } from '../../functions/auth/createVerifier';
import { createLocalIssuer } from '../../functions/auth/localIssuer';
import { inProcessExportJobRunner } from '../../functions/exports/exportJobRunner';
import { exportStoreFromEnv } from '../../functions/exports/exportStoreFromEnv';
import { createApp } from '../../functions/http/createApp';
import { handlerApp } from '../../functions/http/handlerApp';
import type { Logger } from '../../functions/http/logger';
import { serveNode } from '../../functions/http/serveNode';
import { demoUsers, seedDemoData } from '../../dev/seed';
import { buildRoutes } from '../../functions/routes/index';
import { startLocalTable, type LocalTable } from './localTable';
import { accessTokenFor, testClient } from './signInThroughIssuer';

export interface ApiResult {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty or non-JSON body. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  bytes: Uint8Array;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** Sent as is (for malformed JSON); otherwise the `body` argument is JSON-encoded. */
  rawBody?: string;
}

export interface ApiClient {
  get: (path: string, options?: RequestOptions) => Promise<ApiResult>;
  post: (path: string, body?: unknown, options?: RequestOptions) => Promise<ApiResult>;
  put: (path: string, body?: unknown, options?: RequestOptions) => Promise<ApiResult>;
  request: (method: string, path: string, body?: unknown, options?: RequestOptions) => Promise<ApiResult>;
}

export interface TestSystem {
  table: LocalTable;
  apiUrl: string;
  /** A client that signs in as a demo user (by subject) with a real token from the local issuer. */
  api: (subject: string) => ApiClient;
  /** Errors the app logged (every 500 is logged): tests assert this stays empty. */
  loggedErrors: unknown[];
  stop: () => Promise<void>;
}

const audience = 'jixiao-test';

/**
 * The whole backend over real HTTP, for one test file: DynamoDB Local in memory on a free port with
 * the table and the demo data, the local JWT issuer served over HTTP, the real verifier fetching its
 * JWKS, and the app from buildRoutes served by serveNode (@hono/node-server).
 *
 * @example
 * const system = await startTestSystem();
 * const me = await system.api('filer-edu').get('/v1/me');
 */
export const startTestSystem = async (): Promise<TestSystem> => {
  const table = await startLocalTable();
  await seedDemoData(table.dynamo, table.tableName);
  const loggedErrors: unknown[] = [];
  const logger: Logger = { info: () => {}, warn: () => {}, error: (message, fields) => loggedErrors.push({ message, ...fields }) };

  const keyDir = await mkdtemp(join(tmpdir(), 'jixiao-keys-'));
  // The issuer's URL must be known before it serves, so it gets its own server on a free port.
  const issuerServer = await serveNode(handlerApp(async (request) => issuerHandler(request), { logger }), { port: 0 });
  const issuerUrl = `${issuerServer.url}/auth`;
  const issuer = await createLocalIssuer({ issuerUrl, audience, keyDir, users: demoUsers, clients: [testClient] });
  const issuerHandler = issuer.handler;

  const verifier = createVerifier({ issuer: issuerUrl, audience, jwksUrl: `${issuerUrl}/.well-known/jwks.json` });
  // Export jobs run in this process, as in the local runtime (the stream and worker Lambda in the cloud).
  const store = { dynamo: table.dynamo, tableName: table.tableName };
  const exports = exportStoreFromEnv(process.env);
  const exportRunner = inProcessExportJobRunner({ store, exports, logger });
  const app = createApp(buildRoutes({ ...store, exports, exportRunner }), { verifier, logger });
  const apiServer = await serveNode(app, { port: 0 });

  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (subject: string): Promise<string> => {
    if (!demoUsers.some((candidate) => candidate.subject === subject)) throw new Error(`no demo user ${subject}`);
    // Signed in through the issuer's sign-in page and code exchange, as the add-in does.
    if (!tokens.has(subject)) tokens.set(subject, accessTokenFor(issuerUrl, subject));
    return tokens.get(subject)!;
  };

  const api = (subject: string): ApiClient => {
    const request = async (method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<ApiResult> => {
      const text = options.rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
      const response = await fetch(`${apiServer.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${await tokenFor(subject)}`,
          ...(text === undefined ? {} : { 'content-type': 'application/json' }),
          ...options.headers,
        },
        body: text,
      });
      const bytes = new Uint8Array(await response.arrayBuffer());
      const type = response.headers.get('content-type') ?? '';
      const parsed = type.includes('json') && bytes.length > 0 ? JSON.parse(new TextDecoder().decode(bytes)) : undefined;
      return { status: response.status, headers: response.headers, body: parsed, bytes };
    };
    return {
      request,
      get: (path, options) => request('GET', path, undefined, options),
      post: (path, body, options) => request('POST', path, body, options),
      put: (path, body, options) => request('PUT', path, body, options),
    };
  };

  return {
    table,
    apiUrl: apiServer.url,
    api,
    loggedErrors,
    stop: async () => {
      await apiServer.close();
      await issuerServer.close();
      await exportRunner.idle();
      await table.stop();
      await rm(keyDir, { recursive: true, force: true });
    },
  };
};
