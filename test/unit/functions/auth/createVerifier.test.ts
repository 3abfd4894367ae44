import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVerifier } from '../../../../functions/auth/createVerifier';
import type { Verifier } from '../../../../functions/auth/verifier';
import { AppError } from '../../../../functions/errors/appError';
import { json } from '../../../../functions/http/json';
import { handlerApp } from '../../../../functions/http/handlerApp';
import { silentLogger } from '../../../../functions/http/logger';
import { serveNode, type RunningServer } from '../../../../functions/http/serveNode';

const audience = 'api://jixiao';
let idp: RunningServer;
let issuer: string;
let ecKey: CryptoKey;
let rsaKey: CryptoKey;
let strangerKey: CryptoKey;
let jwksRequests = 0;

const filerClaims = { roles: ['filer'], jixiao_region: 'nantong', jixiao_department: 'edu', name: '张会计' };

const sign = (claims: JWTPayload, options: { key?: CryptoKey; alg?: string; kid?: string; iss?: string; aud?: string; exp?: string | number } = {}) => {
  const alg = options.alg ?? 'ES256';
  return new SignJWT(claims)
    .setProtectedHeader({ alg, kid: options.kid ?? (alg === 'RS256' ? 'rsa-1' : 'ec-1') })
    .setIssuer(options.iss ?? issuer)
    .setAudience(options.aud ?? audience)
    .setSubject('user-1')
    .setIssuedAt()
    .setExpirationTime(options.exp ?? '10m')
    .sign(options.key ?? (alg === 'RS256' ? rsaKey : ecKey));
};

const rejection = async (verify: Verifier, token: string): Promise<AppError> => {
  const error = await verify(token).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
};

beforeAll(async () => {
  const ec = await generateKeyPair('ES256');
  const rsa = await generateKeyPair('RS256');
  ecKey = ec.privateKey;
  rsaKey = rsa.privateKey;
  strangerKey = (await generateKeyPair('ES256')).privateKey;
  const keys: JWK[] = [
    { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
  ];
  // A real identity provider over HTTP: discovery document and JWKS.
  idp = await serveNode(
    handlerApp(async (request) => {
      if (request.path === '/tenant/.well-known/openid-configuration') return json(200, { issuer, jwks_uri: `${idp.url}/tenant/keys` });
      if (request.path === '/tenant/keys') {
        jwksRequests += 1;
        return json(200, { keys });
      }
      return json(404, {});
    }, { logger: silentLogger }),
    { port: 0 },
  );
  issuer = `${idp.url}/tenant`;
});
afterAll(() => idp.close());

describe('createVerifier', () => {
  it('accepts an ES256 token and maps its claims to a principal', async () => {
    const verify = createVerifier({ issuer, audience, jwksUrl: `${issuer}/keys` });
    expect(await verify(await sign(filerClaims))).toEqual({ subject: 'user-1', name: '张会计', roles: ['filer'], regionId: 'nantong', departmentId: 'edu' });
  });

  it('accepts an RS256 token, found through OpenID discovery, and caches the key set', async () => {
    const verify = createVerifier({ issuer, audience });
    const before = jwksRequests;
    await verify(await sign({ ...filerClaims, roles: ['financeReviewer'] }, { alg: 'RS256' }));
    await verify(await sign({ ...filerClaims, roles: ['financeReviewer'] }, { alg: 'RS256' }));
    expect(jwksRequests - before).toBe(1);
  });

  it('reads Cognito groups and preferred_username, and configurable claim names', async () => {
    const cognito = createVerifier({ issuer, audience, jwksUrl: `${issuer}/keys` });
    const principal = await cognito(await sign({ 'cognito:groups': ['financeAdmin'], jixiao_region: 'nantong', preferred_username: 'li.si' }));
    expect(principal).toEqual({ subject: 'user-1', name: 'li.si', roles: ['financeAdmin'], regionId: 'nantong' });

    const custom = createVerifier({ issuer, audience, jwksUrl: `${issuer}/keys`, claims: { roles: ['groups'], region: 'ext_region', department: 'ext_dept' } });
    const mapped = await custom(await sign({ groups: ['filer'], ext_region: 'chongchuan', ext_dept: 'health' }));
    expect(mapped).toMatchObject({ roles: ['filer'], regionId: 'chongchuan', departmentId: 'health', name: 'user-1' });
  });

  it('keeps our roles and ignores the groups of other applications', async () => {
    const verify = createVerifier({ issuer, audience, jwksUrl: `${issuer}/keys` });
    const principal = await verify(await sign({ ...filerClaims, roles: ['filer', 'wiki-editors'] }));
    expect(principal.roles).toEqual(['filer']);
  });

  it('accepts a Cognito access token, which names the app in client_id instead of aud', async () => {
    const verify = createVerifier({ issuer, audience, jwksUrl: `${issuer}/keys` });
    const cognitoAccess = await new SignJWT({ 'cognito:groups': ['auditor'], jixiao_region: 'nantong', token_use: 'access', client_id: audience })
      .setProtectedHeader({ alg: 'RS256', kid: 'rsa-1' })
      .setIssuer(issuer)
      .setSubject('user-2')
      .setExpirationTime('10m')
      .sign(rsaKey);
    expect(await verify(cognitoAccess)).toMatchObject({ subject: 'user-2', roles: ['auditor'] });
    const otherClient = await new SignJWT({ 'cognito:groups': ['auditor'], jixiao_region: 'nantong', token_use: 'access', client_id: 'other-app' })
      .setProtectedHeader({ alg: 'RS256', kid: 'rsa-1' })
      .setIssuer(issuer)
      .setSubject('user-2')
      .setExpirationTime('10m')
      .sign(rsaKey);
    expect((await rejection(verify, otherClient)).code).toBe('auth.invalidToken');
  });

  describe('refuses with 401 auth.invalidToken', () => {
    const expectInvalid = async (token: string | Promise<string>, zh?: RegExp) => {
      const verify = createVerifier({ issuer, audience, jwksUrl: `${issuer}/keys` });
      const error = await rejection(verify, await token);
      expect(error.status).toBe(401);
      expect(error.code).toBe('auth.invalidToken');
      expect(error.headers['www-authenticate']).toContain('error="invalid_token"');
      if (zh) expect(error.message_zh).toMatch(zh);
      return error;
    };

    it('an expired token (beyond the clock tolerance)', async () => {
      const now = Math.floor(Date.now() / 1000);
      await expectInvalid(sign(filerClaims, { exp: now - 120 }), /过期/);
    });

    it('but accepts one expired within the 30 s tolerance', async () => {
      const verify = createVerifier({ issuer, audience, jwksUrl: `${issuer}/keys` });
      const now = Math.floor(Date.now() / 1000);
      await expect(verify(await sign(filerClaims, { exp: now - 5 }))).resolves.toMatchObject({ subject: 'user-1' });
    });

    it('a token for another audience', async () => {
      await expectInvalid(sign(filerClaims, { aud: 'api://someone-else' }));
    });

    it('a token from another issuer', async () => {
      await expectInvalid(sign(filerClaims, { iss: 'https://login.example/other' }));
    });

    it('a token with a bad signature (signed by a key not in the JWKS under a known kid)', async () => {
      await expectInvalid(sign(filerClaims, { key: strangerKey, kid: 'ec-1' }));
    });

    it('a token with a tampered payload', async () => {
      const [header, , signature] = (await sign(filerClaims)).split('.');
      const forged = Buffer.from(JSON.stringify({ ...filerClaims, roles: ['financeAdmin'], sub: 'user-1', iss: issuer, aud: audience, exp: 9999999999 })).toString('base64url');
      await expectInvalid(`${header}.${forged}.${signature}`);
    });

    it('an unsigned token (alg "none")', async () => {
      const unsigned = new UnsecuredJWT(filerClaims).setIssuer(issuer).setAudience(audience).setSubject('user-1').setExpirationTime('10m').encode();
      await expectInvalid(unsigned);
    });

    it('an HMAC token', async () => {
      const hmac = await new SignJWT(filerClaims)
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject('user-1')
        .setExpirationTime('10m')
        .sign(new TextEncoder().encode('a-shared-secret-of-at-least-32-bytes!'));
      await expectInvalid(hmac);
    });

    it('a token with an unknown kid and garbage', async () => {
      await expectInvalid(sign(filerClaims, { kid: 'nope' }));
      await expectInvalid('not-a-jwt');
    });
  });

  describe('refuses with 403 a valid token whose claims do not fit', () => {
    const expectForbidden = async (claims: JWTPayload, code: string) => {
      const verify = createVerifier({ issuer, audience, jwksUrl: `${issuer}/keys` });
      const error = await rejection(verify, await sign(claims));
      expect(error.status).toBe(403);
      expect(error.code).toBe(code);
      expect(error.message_zh).toMatch(/[\u4e00-\u9fff]/);
      expect(error.message_en.length).toBeGreaterThan(0);
    };

    it('no role at all', () => expectForbidden({ jixiao_region: 'nantong' }, 'auth.noRole'));
    it('only roles of other applications', () => expectForbidden({ ...filerClaims, roles: ['superuser'] }, 'auth.unknownRole'));
    it('no region', () => expectForbidden({ roles: ['auditor'] }, 'auth.regionMissing'));
    it('a department role without a department', () => expectForbidden({ roles: ['departmentHead'], jixiao_region: 'nantong' }, 'auth.departmentMissing'));
  });

  it('answers 503 auth.unavailable when OpenID discovery fails', async () => {
    const verify = createVerifier({ issuer: `${idp.url}/no-such-tenant`, audience });
    const error = await rejection(verify, await sign(filerClaims, { iss: `${idp.url}/no-such-tenant` }));
    expect(error.status).toBe(503);
    expect(error.code).toBe('auth.unavailable');
  });

  it('answers 503 auth.unavailable when the key set cannot be fetched', async () => {
    const verify = createVerifier({ issuer, audience, jwksUrl: `${idp.url}/missing-keys` });
    const error = await rejection(verify, await sign(filerClaims));
    expect(error.status).toBe(503);
    expect(error.code).toBe('auth.unavailable');
  });
});
