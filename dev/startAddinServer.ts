import { join } from 'node:path';
import { buildAddin } from '../addin/build';
import { defaultConfig, type AddinConfig } from '../addin/config';
import { serveNode, type RunningServer } from '../functions/http/serveNode';
import { serveStatic } from '../functions/http/serveStatic';
import { httpsOptions, type HttpsCertificates } from './httpsOptions';

export interface AddinServerOptions {
  dataDir: string;
  /** 3001 for npm start (manifest.xml points there); 0 picks a free port. */
  port: number;
  trustCertificates: boolean;
  /** Written into config.json for the task pane (addin/config.ts). */
  apiUrl: string;
  issuerUrl: string;
}

/** The task pane's config.json (addin/config.ts): where the API and the local issuer are. */
const addinConfig = (options: AddinServerOptions): AddinConfig => ({
  ...defaultConfig,
  apiBaseUrl: options.apiUrl,
  issuerUrl: options.issuerUrl,
  authMode: 'local',
});

/**
 * Builds the task pane into `<dataDir>/addin` and serves it over HTTPS (Office loads add-ins over
 * HTTPS only), with a `config.json` that points the pane at the local API and issuer.
 */
export const startAddinServer = async (options: AddinServerOptions): Promise<{ server: RunningServer; certificates: HttpsCertificates }> => {
  const addinDir = join(options.dataDir, 'addin');
  await buildAddin(addinDir, { config: addinConfig(options) });
  const certificates = await httpsOptions({ certDir: join(options.dataDir, 'certs'), trust: options.trustCertificates });
  const files = serveStatic(addinDir, 'taskpane.html');
  const server = await serveNode(files, { port: options.port, https: certificates.options });
  return { server, certificates };
};
