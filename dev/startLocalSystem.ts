import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { redirectUrisFor } from '../addin/auth/redirectPages';
import { defaultConfig } from '../addin/config';
import { createVerifier } from '../functions/auth/createVerifier';
import type { DemoUser } from '../functions/auth/demoUser';
import { createLocalIssuer } from '../functions/auth/localIssuer';
import type { RegisteredClient } from '../functions/auth/registeredClient';
import { inProcessExportJobRunner } from '../functions/exports/exportJobRunner';
import { exportStoreFromEnv } from '../functions/exports/exportStoreFromEnv';
import { createApp } from '../functions/http/createApp';
import { handlerApp } from '../functions/http/handlerApp';
import { createJsonLogger, type Logger } from '../functions/http/logger';
import { serveNode, type RunningServer } from '../functions/http/serveNode';
import type { FetchApp } from '../functions/http/types';
import { buildRoutes } from '../functions/routes/index';
import { defaultTableName } from '../functions/store/tableDefinition';
import { checkJava } from './checkJava';
import { createLocalClient, ensureTable, startDynamoLocal, type DynamoLocal } from './dynamoLocal';
import { freePort } from './freePort';
import { demoUsers, seedDemoData } from './seed';

export interface LocalSystemOptions {
  /** Everything kept across restarts: dynamodb/, keys/, certs/, addin/ (".local" for npm start). */
  dataDir: string;
  /** 3000 for npm start; 0 picks a free port. */
  apiPort?: number;
  /** 3001 for npm start (the manifest points there); 0 picks a free port. */
  addinPort?: number;
  /** 8000 for npm start; 0 picks a free port. */
  dynamoPort?: number;
  /** Try office-addin-dev-certs (installs a CA on Windows/macOS); false uses local certificates only. */
  trustCertificates?: boolean;
  /** Build and serve the task pane (true by default). */
  serveAddin?: boolean;
  /** The `aud` of local tokens. */
  audience?: string;
  logger?: Logger;
}

export interface LocalSystem {
  apiUrl: string;
  /** The task pane's origin, e.g. "https://localhost:3001"; undefined when not served. */
  addinUrl: string | undefined;
  issuerUrl: string;
  /** The add-in as a client of the local issuer (config.json's clientId, its redirect pages). */
  signInClient: RegisteredClient;
  dynamoEndpoint: string;
  tableName: string;
  demoUsers: readonly DemoUser[];
  /** Items the seed wrote on this start (0 when the data was already there). */
  seeded: number;
  /** Set when the task pane's certificate is not trusted by the system (zh + en advice). */
  certificateWarning: { zh: string; en: string } | undefined;
  /** Closes the servers and stops DynamoDB Local; safe to call twice. */
  stop: () => Promise<void>;
}

/** Raised for a machine that cannot run the local system (no Java 17+), with its zh + en advice. */
export class LocalSetupError extends Error {
  override readonly name = 'LocalSetupError';
  constructor(
    readonly message_zh: string,
    readonly message_en: string,
  ) {
    super(message_en);
  }
}

/**
 * The whole system on one machine, as `npm start` runs it: DynamoDB Local with its data in
 * `<dataDir>/dynamodb`, the table, the demo data (seeded once), the local token issuer, the API over
 * HTTP with the same handlers as Lambda, and the task pane over HTTPS. Tests call it with port 0 and a
 * temporary folder.
 *
 * @example
 * const system = await startLocalSystem({ dataDir: tmp, apiPort: 0, addinPort: 0, dynamoPort: 0, trustCertificates: false });
 * // Sign in at `${system.addinUrl}/offline.html` (the issuer's /authorize page lists the demo users).
 * await system.stop();
 */
export const startLocalSystem = async (options: LocalSystemOptions): Promise<LocalSystem> => {
  const java = checkJava();
  if (!java.ok) throw new LocalSetupError(java.message_zh, java.message_en);

  const dataDir = resolve(options.dataDir);
  const logger = options.logger ?? createJsonLogger();
  const audience = options.audience ?? 'jixiao';
  const tableName = defaultTableName;
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async () => {
    // Last started, first stopped; each step runs even if an earlier one failed.
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error: unknown) => logger.error('stop step failed', { error }));
  };

  try {
    const dynamoDir = join(dataDir, 'dynamodb');
    await mkdir(dynamoDir, { recursive: true });
    const dynamoPort = options.dynamoPort === 0 ? await freePort() : (options.dynamoPort ?? 8000);
    const dynamoLocal: DynamoLocal = await startDynamoLocal({ port: dynamoPort, dataDir: dynamoDir });
    cleanups.push(() => dynamoLocal.stop());
    const dynamo = createLocalClient(dynamoLocal.endpoint);
    cleanups.push(async () => dynamo.destroy());
    await ensureTable(dynamo, tableName);
    const { written } = await seedDemoData(dynamo, tableName);

    // The issuer URL and CORS origin contain ports known only once the servers listen; the servers
    // start with a placeholder handler that is swapped before the URLs are handed out.
    let apiApp: FetchApp = { fetch: () => Response.json({ message: 'starting' }, { status: 503 }) };
    const api: RunningServer = await serveNode({ fetch: (request) => apiApp.fetch(request) }, { port: options.apiPort ?? 3000 });
    cleanups.push(() => api.close());

    const issuerUrl = `${api.url}/auth`;
    let addin: RunningServer | undefined;
    let certificateWarning: LocalSystem['certificateWarning'];
    if (options.serveAddin ?? true) {
      // Loaded only when needed: it pulls in the add-in build (esbuild).
      const { startAddinServer } = await import('./startAddinServer');
      const started = await startAddinServer({
        dataDir,
        port: options.addinPort ?? 3001,
        trustCertificates: options.trustCertificates ?? true,
        apiUrl: api.url,
        issuerUrl,
      });
      addin = started.server;
      cleanups.push(() => started.server.close());
      certificateWarning = started.certificates.warning;
    }

    const allowedOrigins = addin === undefined ? [] : [addin.url];
    // The add-in's dialog page and the offline page are the client's only redirect URIs; an add-in
    // served by another process (npm run dev-server) is at the add-in port.
    const signInClient: RegisteredClient = {
      clientId: defaultConfig.clientId,
      redirectUris: redirectUrisFor(addin?.url ?? `https://localhost:${options.addinPort || 3001}`),
    };
    const issuer = handlerApp(
      (await createLocalIssuer({ issuerUrl, audience, keyDir: join(dataDir, 'keys'), users: demoUsers, clients: [signInClient] })).handler,
      { allowedOrigins, logger },
    );
    // Export jobs run in this process (the stream and the worker Lambda in the cloud); stopping waits for them.
    const exports = exportStoreFromEnv(process.env);
    const exportRunner = inProcessExportJobRunner({ store: { dynamo, tableName }, exports, logger });
    cleanups.push(() => exportRunner.idle());
    const app = createApp(buildRoutes({ dynamo, tableName, exports, exportRunner }), {
      // The same verifier as in Lambda, fetching the issuer's JWKS over HTTP.
      verifier: createVerifier({ issuer: issuerUrl, audience }),
      allowedOrigins,
      logger,
    });
    apiApp = {
      fetch: (request) => {
        const { pathname } = new URL(request.url);
        return pathname === '/auth' || pathname.startsWith('/auth/') ? issuer.fetch(request) : app.fetch(request);
      },
    };

    return {
      apiUrl: api.url,
      addinUrl: addin?.url,
      issuerUrl,
      signInClient,
      dynamoEndpoint: dynamoLocal.endpoint,
      tableName,
      demoUsers,
      seeded: written,
      certificateWarning,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
};
