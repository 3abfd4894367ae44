import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVerifier } from '../../../../functions/auth/createVerifier';
import type { DemoUser } from '../../../../functions/auth/demoUser';
import { createLocalIssuer, type LocalIssuer } from '../../../../functions/auth/localIssuer';
import { handlerApp } from '../../../../functions/http/handlerApp';
import { silentLogger } from '../../../../functions/http/logger';
import { serveNode, type RunningServer } from '../../../../functions/http/serveNode';
import type { ApiHandler } from '../../../../functions/http/types';

const users: DemoUser[] = [
  { subject: 'demo-filer', name: '王会计', roles: ['filer'], regionId: 'nantong', departmentId: 'edu' },
  { subject: 'demo-reviewer', name: '李审核', roles: ['financeReviewer'], regionId: 'nantong' },
];
const audience = 'jixiao-local';

describe('createLocalIssuer', () => {
  let keyDir: string;
  let server: RunningServer;
  let issuer: LocalIssuer;
  let current: ApiHandler = async () => ({ status: 503, headers: {}, body: '' });

  beforeAll(async () => {
    keyDir = await mkdtemp(join(tmpdir(), 'jixiao-keys-'));
    // The issuer URL contains the port, so listen first and plug the issuer in after.
    server = await serveNode(handlerApp((request) => current(request), { logger: silentLogger }), { port: 0 });
    issuer = await createLocalIssuer({ issuerUrl: `${server.url}/auth`, audience, keyDir, users });
    current = issuer.handler;
  });
  afterAll(async () => {
    await server.close();
    await rm(keyDir, { recursive: true, force: true });
  });

  it('keeps its key pair in the key folder and reuses it after a restart', async () => {
    expect((await readdir(keyDir)).sort()).toEqual(['issuer-private.pem', 'issuer-public.jwk.json']);
    const again = await createLocalIssuer({ issuerUrl: `${server.url}/auth`, audience, keyDir, users });
    const first = decodeProtectedHeader(await issuer.issueToken(users[0]!));
    const second = decodeProtectedHeader(await again.issueToken(users[0]!));
    expect(second.kid).toBe(first.kid);
    // A token from the restarted issuer verifies against the JWKS the first one serves.
    const verify = createVerifier({ issuer: `${server.url}/auth`, audience });
    await expect(verify(await again.issueToken(users[1]!))).resolves.toMatchObject({ subject: 'demo-reviewer' });
  });

  it('serves OpenID discovery and the JWKS, with no private parts', async () => {
    const discovery = (await (await fetch(`${server.url}/auth/.well-known/openid-configuration`)).json()) as Record<string, string>;
    expect(discovery).toMatchObject({ issuer: `${server.url}/auth`, jwks_uri: `${server.url}/auth/.well-known/jwks.json`, token_endpoint: `${server.url}/auth/token` });
    const jwks = (await (await fetch(discovery['jwks_uri']!)).json()) as { keys: Record<string, string>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('issues tokens at POST /token that the same verifier as the cloud accepts over HTTP', async () => {
    const response = await fetch(`${server.url}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ subject: 'demo-filer' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(8 * 3600);
    const verify = createVerifier({ issuer: `${server.url}/auth`, audience });
    expect(await verify(body.access_token)).toEqual({ subject: 'demo-filer', name: '王会计', roles: ['filer'], regionId: 'nantong', departmentId: 'edu' });
  });

  it('lists the demo users', async () => {
    const body = (await (await fetch(`${server.url}/auth/users`)).json()) as { items: DemoUser[] };
    expect(body.items.map((user) => user.subject)).toEqual(['demo-filer', 'demo-reviewer']);
  });

  it('answers problem+json for an unknown user, a bad body and an unknown path', async () => {
    const token = (body: string) => fetch(`${server.url}/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const unknown = await token(JSON.stringify({ subject: 'nobody' }));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'auth.unknownUser' });
    expect((await token('{')).status).toBe(400);
    const extra = await token(JSON.stringify({ subject: 'demo-filer', roles: ['financeAdmin'] }));
    expect(extra.status).toBe(400);
    expect(await extra.json()).toMatchObject({ code: 'request.invalid', problems: [expect.objectContaining({ path: 'roles' })] });
    expect((await fetch(`${server.url}/auth/authorize`)).status).toBe(404);
  });

  it('issues tokens that expire', async () => {
    const verify = createVerifier({ issuer: `${server.url}/auth`, audience, clockToleranceSeconds: 0 });
    const expired = await createLocalIssuer({ issuerUrl: `${server.url}/auth`, audience, keyDir, users, now: () => new Date(Date.now() - 3600_000) });
    await expect(verify(await expired.issueToken(users[0]!, 60))).rejects.toMatchObject({ code: 'auth.invalidToken', status: 401 });
  });
});
