import { join } from 'node:path';
import { buildAddin } from '../../addin/build';
import { roleLabels } from '../../domain/model/role';
import type { DemoUser } from '../auth/demoUser';
import { json } from '../http/json';
import type { Logger } from '../http/logger';
import { serveNode, type RunningServer } from '../http/serveNode';
import { serveStatic } from '../http/serveStatic';
import { httpsOptions, type HttpsCertificates } from './httpsOptions';

export interface AddinServerOptions {
  dataDir: string;
  /** 3001 for npm start (manifest.xml points there); 0 picks a free port. */
  port: number;
  trustCertificates: boolean;
  /** Written into config.json for the task pane (addin/config.ts). */
  apiUrl: string;
  issuerUrl: string;
  demoUsers: readonly DemoUser[];
  logger: Logger;
}

/** The task pane's config.json (addin/config.ts): where the API and the sign-in are, who may sign in. */
const addinConfig = (options: AddinServerOptions) => ({
  apiBaseUrl: options.apiUrl,
  issuerUrl: options.issuerUrl,
  authMode: 'local',
  demoUsers: options.demoUsers.map((user) => ({
    subject: user.subject,
    label: `${user.name}（${user.roles.map((role) => roleLabels[role].zh).join('、')}）/ ${user.roles.map((role) => roleLabels[role].en).join(', ')}`,
  })),
});

/**
 * Builds the task pane into `<dataDir>/addin` and serves it over HTTPS (Office loads add-ins over
 * HTTPS only), with a generated `config.json` that points the pane at the local API and issuer.
 */
export const startAddinServer = async (options: AddinServerOptions): Promise<{ server: RunningServer; certificates: HttpsCertificates }> => {
  const addinDir = join(options.dataDir, 'addin');
  await buildAddin(addinDir);
  const certificates = await httpsOptions({ certDir: join(options.dataDir, 'certs'), trust: options.trustCertificates });
  const files = serveStatic(addinDir, 'taskpane.html');
  const configJson = json(200, addinConfig(options), { 'cache-control': 'no-cache' });
  const server = await serveNode(async (request) => (request.path === '/config.json' ? configJson : files(request)), {
    port: options.port,
    https: certificates.options,
    logger: options.logger,
  });
  return { server, certificates };
};
