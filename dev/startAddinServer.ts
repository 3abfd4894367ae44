import { join } from 'node:path';
import { buildAddin } from '../addin/build';
import { defaultConfig, type AddinConfig } from '../addin/config';
import { securityHeaders } from '../contract/addin/securityHeaders';
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
  // The same CSP, Referrer-Policy and nosniff as CloudFront sends; no HSTS, which on localhost would
  // also force https onto the local API on another port.
  const headers = securityHeaders({ connectOrigins: [new URL(options.apiUrl).origin, new URL(options.issuerUrl).origin], officeJs: 'cdn', transportSecurity: false });
  const files = serveStatic(addinDir, 'taskpane.html', headers);
  const server = await serveNode(files, { port: options.port, https: certificates.options });
  return { server, certificates };
};
