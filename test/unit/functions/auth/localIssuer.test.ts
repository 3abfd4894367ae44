import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createVerifier } from '../../../../functions/auth/createVerifier';
import type { DemoUser } from '../../../../functions/auth/demoUser';
import { createLocalIssuer } from '../../../../functions/auth/localIssuer';
import { handlerApp } from '../../../../functions/http/handlerApp';
import { silentLogger } from '../../../../functions/http/logger';
import { serveNode, type RunningServer } from '../../../../functions/http/serveNode';
import type { ApiHandler } from '../../../../functions/http/types';
import { authorizeThroughPage, exchangeCode, redeem, signInThroughIssuer, testClient } from '../../../support/signInThroughIssuer';

const users: DemoUser[] = [
  { subject: 'demo-filer', name: '王会计', roles: ['filer'], regionId: 'nantong', departmentId: 'edu' },
  { subject: 'demo-reviewer', name: '李审核', roles: ['financeReviewer'], regionId: 'nantong' },
];
const audience = 'jixiao-local';
const otherClient = { clientId: 'other-app', redirectUris: ['https://other.test/cb'] };
const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

describe('createLocalIssuer (OpenID Connect code flow with PKCE)', () => {
  let keyDir: string;
  let server: RunningServer;
  let issuerUrl: string;
  let clock = Date.now();
  let current: ApiHandler = async () => ({ status: 503, headers: {}, body: '' });
  const start = () => createLocalIssuer({ issuerUrl, audience, keyDir, users, clients: [testClient, otherClient], now: () => new Date(clock) });
  const authorizeUrl = (params: Record<string, string>) =>
    `${issuerUrl}/authorize?${new URLSearchParams({
      client_id: testClient.clientId, redirect_uri: testClient.redirectUris[0], response_type: 'code', scope: 'openid', state: 's1',
      code_challenge: challenge, code_challenge_method: 'S256', ...params,
    })}`;

  beforeAll(async () => {
    keyDir = await mkdtemp(join(tmpdir(), 'jixiao-keys-'));
    // The issuer URL contains the port, so listen first and plug the issuer in after.
    server = await serveNode(handlerApp((request) => current(request), { logger: silentLogger }), { port: 0 });
    issuerUrl = `${server.url}/auth`;
  });
  beforeEach(async () => {
    clock = Date.now();
    current = (await start()).handler;
  });
  afterAll(async () => {
    await server.close();
    await rm(keyDir, { recursive: true, force: true });
  });

  it('lists the authorization endpoint, S256 and both grants in its discovery document, and serves a JWKS with no private parts', async () => {
    const discovery = (await (await fetch(`${issuerUrl}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({
      issuer: issuerUrl,
      authorization_endpoint: `${issuerUrl}/authorize`,
      token_endpoint: `${issuerUrl}/token`,
      jwks_uri: `${issuerUrl}/.well-known/jwks.json`,
      code_challenge_methods_supported: ['S256'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      response_types_supported: ['code'],
    });
    const jwks = (await (await fetch(String(discovery['jwks_uri']))).json()) as { keys: Record<string, string>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('shows a zh-CN sign-in page listing every user as a button, carrying the request, and allowing the form to go only to the client', async () => {
    const page = await fetch(authorizeUrl({ nonce: 'n1' }));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("form-action 'self' https://client.test");
    const html = await page.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('选择登录用户');
    for (const user of users) expect(html).toContain(`<button type="submit" name="subject" value="${user.subject}"`);
    expect(html).toContain('部门会计（填报人）');
    expect(html).toContain(`name="code_challenge" value="${challenge}"`);
    expect(html).toContain('name="nonce" value="n1"');
    expect(html).not.toContain('<script');
  });

  it('signs a user in: code, then tokens the cloud verifier accepts over HTTP, an ID token for the client with the nonce, and a refresh token', async () => {
    const authorized = await authorizeThroughPage(issuerUrl, 'demo-filer');
    const answer = await exchangeCode(issuerUrl, authorized);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'openid profile offline_access' });
    const verify = createVerifier({ issuer: issuerUrl, audience });
    expect(await verify(String(answer.body['access_token']))).toEqual({ subject: 'demo-filer', name: '王会计', roles: ['filer'], regionId: 'nantong', departmentId: 'edu' });
    const idToken = decodeJwt(String(answer.body['id_token']));
    expect(idToken).toMatchObject({ iss: issuerUrl, aud: testClient.clientId, sub: 'demo-filer', name: '王会计' });
    expect(typeof idToken.nonce).toBe('string');
    expect(typeof answer.body['refresh_token']).toBe('string');
  });

  it('redirects with the code and the state to the registered redirect URI, and names itself (iss)', async () => {
    const response = await fetch(`${issuerUrl}/authorize`, {
      method: 'POST',
      body: new URLSearchParams({ client_id: testClient.clientId, redirect_uri: testClient.redirectUris[0], response_type: 'code', state: 'abc', code_challenge: challenge, code_challenge_method: 'S256', subject: 'demo-reviewer' }),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(testClient.redirectUris[0]);
    expect(location.searchParams.get('state')).toBe('abc');
    expect(location.searchParams.get('iss')).toBe(issuerUrl);
    expect(location.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a wrong PKCE verifier, and the code is spent by that attempt', async () => {
    const authorized = await authorizeThroughPage(issuerUrl, 'demo-filer');
    const wrong = await exchangeCode(issuerUrl, { ...authorized, verifier: 'x'.repeat(43) });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ code: 'auth.pkceFailed', error: 'invalid_grant', message_zh: expect.stringContaining('PKCE') });
    expect((await exchangeCode(issuerUrl, authorized)).body).toMatchObject({ code: 'auth.codeInvalid', error: 'invalid_grant' });
  });

  it('refuses a code used a second time', async () => {
    const authorized = await authorizeThroughPage(issuerUrl, 'demo-filer');
    expect((await exchangeCode(issuerUrl, authorized)).status).toBe(200);
    const again = await exchangeCode(issuerUrl, authorized);
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ code: 'auth.codeInvalid', error: 'invalid_grant', status: 400 });
  });

  it('refuses a code after a minute', async () => {
    const authorized = await authorizeThroughPage(issuerUrl, 'demo-filer');
    clock += 61_000;
    expect((await exchangeCode(issuerUrl, authorized)).body).toMatchObject({ code: 'auth.codeInvalid' });
  });

  it('refuses a code redeemed with another redirect URI or by another client', async () => {
    const first = await authorizeThroughPage(issuerUrl, 'demo-filer');
    expect((await exchangeCode(issuerUrl, { ...first, redirectUri: 'https://client.test/elsewhere' })).body).toMatchObject({ code: 'auth.codeMismatch', error: 'invalid_grant' });
    const second = await authorizeThroughPage(issuerUrl, 'demo-filer');
    expect((await exchangeCode(issuerUrl, { ...second, clientId: otherClient.clientId })).body).toMatchObject({ code: 'auth.codeMismatch' });
  });

  it('never redirects to an unregistered redirect URI or for an unknown client: it shows an error page', async () => {
    const faults: Record<string, string>[] = [{ redirect_uri: 'https://evil.test/cb' }, { redirect_uri: `${testClient.redirectUris[0]}/x` }, { client_id: 'nobody' }];
    for (const params of faults) {
      const page = await fetch(authorizeUrl(params), { redirect: 'manual' });
      expect(page.status).toBe(400);
      expect(page.headers.get('location')).toBeNull();
      expect(await page.text()).toContain('无法登录');
    }
    const posted = await fetch(`${issuerUrl}/authorize`, {
      method: 'POST',
      body: new URLSearchParams({ client_id: testClient.clientId, redirect_uri: 'https://evil.test/cb', response_type: 'code', code_challenge: challenge, code_challenge_method: 'S256', subject: 'demo-filer' }),
      redirect: 'manual',
    });
    expect(posted.status).toBe(400);
    expect(posted.headers.get('location')).toBeNull();
  });

  it('sends the client back an error without PKCE S256, for another response type, and when the user cancels', async () => {
    const errorOf = async (response: Response) => new URL(response.headers.get('location') ?? '').searchParams;
    const plain = await errorOf(await fetch(authorizeUrl({ code_challenge_method: 'plain' }), { redirect: 'manual' }));
    expect([plain.get('error'), plain.get('state')]).toEqual(['invalid_request', 's1']);
    expect((await errorOf(await fetch(authorizeUrl({ code_challenge: '' }), { redirect: 'manual' }))).get('error')).toBe('invalid_request');
    expect((await errorOf(await fetch(authorizeUrl({ response_type: 'token' }), { redirect: 'manual' }))).get('error')).toBe('unsupported_response_type');
    const cancelled = await fetch(`${issuerUrl}/authorize`, {
      method: 'POST',
      body: new URLSearchParams({ client_id: testClient.clientId, redirect_uri: testClient.redirectUris[0], response_type: 'code', state: 's2', code_challenge: challenge, code_challenge_method: 'S256', cancel: '1' }),
      redirect: 'manual',
    });
    const params = await errorOf(cancelled);
    expect([params.get('error'), params.get('state'), params.get('code')]).toEqual(['access_denied', 's2', null]);
  });

  it('refreshes: a new access token and a new refresh token; the old one is spent and belongs to its client only', async () => {
    const signedIn = await signInThroughIssuer(issuerUrl, 'demo-reviewer');
    const refresh = { grant_type: 'refresh_token', client_id: testClient.clientId, refresh_token: signedIn.refresh_token ?? '' };
    const refreshed = await redeem(issuerUrl, refresh);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body['refresh_token']).not.toBe(signedIn.refresh_token);
    const verify = createVerifier({ issuer: issuerUrl, audience });
    await expect(verify(String(refreshed.body['access_token']))).resolves.toMatchObject({ subject: 'demo-reviewer', roles: ['financeReviewer'] });
    expect((await redeem(issuerUrl, refresh)).body).toMatchObject({ code: 'auth.refreshInvalid', error: 'invalid_grant' });
    const stolen = { ...refresh, client_id: otherClient.clientId, refresh_token: String(refreshed.body['refresh_token']) };
    expect((await redeem(issuerUrl, stolen)).body).toMatchObject({ code: 'auth.refreshInvalid' });
  });

  it('gives no refresh token without offline_access, and refuses unknown clients and grant types with problem+json', async () => {
    expect(await signInThroughIssuer(issuerUrl, 'demo-filer', { scope: 'openid' })).not.toHaveProperty('refresh_token');
    const unknownClient = await redeem(issuerUrl, { grant_type: 'authorization_code', client_id: 'nobody', code: 'x' });
    expect(unknownClient.status).toBe(401);
    expect(unknownClient.body).toMatchObject({ code: 'auth.unknownClient', error: 'invalid_client', message_en: expect.stringContaining('nobody') });
    const password = await redeem(issuerUrl, { grant_type: 'password', client_id: testClient.clientId, username: 'demo-filer' });
    expect(password.body).toMatchObject({ code: 'auth.unsupportedGrant', error: 'unsupported_grant_type' });
    const missing = await fetch(`${issuerUrl}/users`);
    expect([missing.status, (await missing.json()) as unknown]).toEqual([404, expect.objectContaining({ code: 'request.notFound' })]);
  });

  it('keeps its key pair in the key folder and reuses it after a restart', async () => {
    expect((await readdir(keyDir)).sort()).toEqual(['issuer-private.pem', 'issuer-public.jwk.json']);
    const first = await signInThroughIssuer(issuerUrl, 'demo-filer');
    current = (await start()).handler;
    const second = await signInThroughIssuer(issuerUrl, 'demo-reviewer');
    expect(decodeProtectedHeader(second.access_token).kid).toBe(decodeProtectedHeader(first.access_token).kid);
    await expect(createVerifier({ issuer: issuerUrl, audience })(first.access_token)).resolves.toMatchObject({ subject: 'demo-filer' });
  });

  it('issues tokens that expire', async () => {
    clock = Date.now() - 2 * 3600_000;
    const old = await signInThroughIssuer(issuerUrl, 'demo-filer');
    const verify = createVerifier({ issuer: issuerUrl, audience, clockToleranceSeconds: 0 });
    await expect(verify(old.access_token)).rejects.toMatchObject({ code: 'auth.invalidToken', status: 401 });
  });
});
