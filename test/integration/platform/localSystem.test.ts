import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../functions/http/logger';
import { startLocalSystem, type LocalSystem } from '../../../dev/startLocalSystem';
import { signInThroughIssuer } from '../../support/signInThroughIssuer';

/** GET over HTTPS trusting only the CA the local system generated (no global TLS switch). */
const httpsGet = (url: string, ca: Buffer): Promise<{ status: number; contentType: string | undefined; headers: Record<string, unknown>; body: string }> =>
  new Promise((resolve, reject) => {
    httpsRequest(url, { ca }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, contentType: response.headers['content-type'], headers: response.headers, body }));
    })
      .on('error', reject)
      .end();
  });

/** Through the issuer's sign-in page and code exchange, as the add-in registered by the system. */
const signIn = async (system: LocalSystem, subject: string): Promise<string> =>
  (await signInThroughIssuer(system.issuerUrl, subject, { clientId: system.signInClient.clientId, redirectUri: system.signInClient.redirectUris[0] })).access_token;

describe('startLocalSystem', () => {
  let dataDir: string;
  let system: LocalSystem;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'jixiao-local-'));
    system = await startLocalSystem({ dataDir, apiPort: 0, addinPort: 0, dynamoPort: 0, trustCertificates: false, logger: silentLogger });
  });
  afterAll(async () => {
    await system.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('seeds the demo data on the first start', () => {
    expect(system.seeded).toBeGreaterThan(0);
    expect(system.demoUsers.length).toBeGreaterThan(0);
  });

  it('signs in a demo user and answers /v1/me with the principal from the verified token', async () => {
    const token = await signIn(system, 'filer-edu');
    const response = await fetch(`${system.apiUrl}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const body = JSON.stringify(await response.json());
    expect(body).toContain('"subject":"filer-edu"');
    expect(body).toContain('nt-edu');
  });

  it('answers 401 problem+json without a token or with a forged one', async () => {
    const missing = await fetch(`${system.apiUrl}/v1/me`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(missing.headers.get('www-authenticate')).toContain('Bearer');
    const token = await signIn(system, 'filer-edu');
    const [header, payload] = token.split('.');
    const forged = await fetch(`${system.apiUrl}/v1/me`, { headers: { authorization: `Bearer ${header}.${payload}.AAAA` } });
    expect(forged.status).toBe(401);
  });

  it('lets the task pane origin call the issuer and the API (CORS), and nobody else', async () => {
    const origin = system.addinUrl ?? '';
    for (const path of ['/auth/token', '/auth/.well-known/openid-configuration', '/v1/me']) {
      const preflight = await fetch(`${system.apiUrl}${path}`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    }
    const other = await fetch(`${system.apiUrl}/v1/me`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the built task pane and its config.json over HTTPS with a certificate for localhost', async () => {
    const ca = await readFile(join(dataDir, 'certs', 'ca.crt'));
    const pane = await httpsGet(`${system.addinUrl}/taskpane.html`, ca);
    expect(pane.status).toBe(200);
    expect(pane.contentType).toMatch(/^text\/html/);
    // The same security headers as CloudFront sends (contract/addin/securityHeaders.ts), without HSTS on localhost.
    expect(pane.headers['content-security-policy']).toContain(`connect-src 'self' ${system.apiUrl}`);
    expect(pane.headers['content-security-policy']).toContain('frame-ancestors');
    expect(pane.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(pane.headers['strict-transport-security']).toBeUndefined();
    const config = await httpsGet(`${system.addinUrl}/config.json`, ca);
    expect(JSON.parse(config.body)).toMatchObject({ apiBaseUrl: system.apiUrl, issuerUrl: system.issuerUrl, authMode: 'local', clientId: system.signInClient.clientId });
    expect(system.signInClient.redirectUris).toEqual([`${system.addinUrl}/auth-dialog.html`, `${system.addinUrl}/offline.html`]);
    expect(system.certificateWarning?.zh).toContain('ca.crt');
  });

  it('keeps data and the signing key across a restart: no second seed, same key in the JWKS', async () => {
    const token = await signIn(system, 'reviewer-city');
    await system.stop();
    system = await startLocalSystem({ dataDir, apiPort: 0, addinPort: 0, dynamoPort: 0, trustCertificates: false, serveAddin: false, logger: silentLogger });
    expect(system.seeded).toBe(0);
    // The API port changed, so the issuer URL did too; a token names its issuer, so sign in again
    // for the API check and verify the key survived through the JWKS.
    const jwks = (await (await fetch(`${system.issuerUrl}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] };
    const kidOfOldToken = (JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()) as { kid: string }).kid;
    expect(jwks.keys.map((key) => key.kid)).toEqual([kidOfOldToken]);
    const fresh = await signIn(system, 'reviewer-city');
    expect((await fetch(`${system.apiUrl}/v1/me`, { headers: { authorization: `Bearer ${fresh}` } })).status).toBe(200);
  });
});
