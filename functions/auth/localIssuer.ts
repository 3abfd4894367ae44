import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, exportPKCS8, generateKeyPair, importJWK, importPKCS8, SignJWT, type CryptoKey, type JWK } from 'jose';
import { z } from 'zod';
import { appError } from '../errors/appError';
import { invalidRequest, malformedJson } from '../errors/requestErrors';
import { issuesToProblems } from '../http/issuesToProblems';
import { json } from '../http/json';
import { problemResponse } from '../http/problemResponse';
import type { ApiHandler } from '../http/types';
import { defaultClaimNames } from './claimsToPrincipal';
import type { DemoUser } from './demoUser';

const algorithm = 'ES256';
const privateKeyFile = 'issuer-private.pem';
const publicKeyFile = 'issuer-public.jwk.json';

export interface LocalIssuerOptions {
  /** The issuer URL, also the prefix of its endpoints, e.g. "http://localhost:3000/auth". */
  issuerUrl: string;
  audience: string;
  /** Where the key pair is kept across restarts (".local/keys"). */
  keyDir: string;
  users: readonly DemoUser[];
  /** Token lifetime for POST /token, in seconds (8 hours: a working day). */
  tokenTtlSeconds?: number;
  now?: () => Date;
}

export interface LocalIssuer {
  issuerUrl: string;
  /** Signs an access token for a user, shaped like an Entra ID token with app roles. */
  issueToken: (user: DemoUser, ttlSeconds?: number) => Promise<string>;
  /**
   * The issuer's HTTP endpoints, for paths under the issuer URL's path:
   * GET /.well-known/openid-configuration, GET /.well-known/jwks.json, GET /users (the demo users),
   * POST /token `{ "subject": "…" }` → `{ access_token, token_type, expires_in }` (local only).
   */
  handler: ApiHandler;
}

interface KeyPair {
  privateKey: CryptoKey;
  publicJwk: JWK;
}

/** Loads the key pair from `keyDir`, or creates and saves one, so tokens survive restarts. */
const loadOrCreateKeys = async (keyDir: string): Promise<KeyPair> => {
  try {
    const [pem, jwkText] = await Promise.all([readFile(join(keyDir, privateKeyFile), 'utf8'), readFile(join(keyDir, publicKeyFile), 'utf8')]);
    const publicJwk = JSON.parse(jwkText) as JWK;
    await importJWK(publicJwk, algorithm);
    return { privateKey: await importPKCS8(pem, algorithm), publicJwk };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey, publicKey } = await generateKeyPair(algorithm, { extractable: true });
  const jwk = await exportJWK(publicKey);
  const publicJwk: JWK = { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: algorithm, use: 'sig' };
  await mkdir(keyDir, { recursive: true });
  await writeFile(join(keyDir, privateKeyFile), await exportPKCS8(privateKey), { mode: 0o600 });
  await writeFile(join(keyDir, publicKeyFile), `${JSON.stringify(publicJwk, null, 2)}\n`);
  return { privateKey, publicJwk };
};

const TokenRequest = z.strictObject({ subject: z.string().min(1).max(200) });

/**
 * The local identity provider standing in for Entra ID / Cognito: an ES256 key pair kept in `keyDir`,
 * OpenID discovery and JWKS over HTTP, and a dev-only token endpoint for the demo users. Its tokens are
 * checked by the same createVerifier as in the cloud, over HTTP.
 *
 * @example
 * const issuer = await createLocalIssuer({ issuerUrl: 'http://localhost:3000/auth', audience: 'jixiao', keyDir: '.local/keys', users: demoUsers });
 * const token = await issuer.issueToken(demoUsers[0]);
 */
export const createLocalIssuer = async (options: LocalIssuerOptions): Promise<LocalIssuer> => {
  const { privateKey, publicJwk } = await loadOrCreateKeys(options.keyDir);
  const now = options.now ?? (() => new Date());
  const defaultTtl = options.tokenTtlSeconds ?? 8 * 3600;
  const basePath = new URL(options.issuerUrl).pathname.replace(/\/$/, '');

  const issueToken = async (user: DemoUser, ttlSeconds = defaultTtl): Promise<string> => {
    const issuedAt = Math.floor(now().getTime() / 1000);
    return new SignJWT({
      name: user.name,
      // `roles` as Entra ID app roles arrive; region and department under the default claim names.
      roles: user.roles,
      [defaultClaimNames.region]: user.regionId,
      ...(user.departmentId === undefined ? {} : { [defaultClaimNames.department]: user.departmentId }),
    })
      .setProtectedHeader({ alg: algorithm, kid: publicJwk.kid ?? '', typ: 'JWT' })
      .setIssuer(options.issuerUrl)
      .setAudience(options.audience)
      .setSubject(user.subject)
      .setIssuedAt(issuedAt)
      .setNotBefore(issuedAt)
      .setExpirationTime(issuedAt + ttlSeconds)
      .setJti(randomUUID())
      .sign(privateKey);
  };

  const discovery = {
    issuer: options.issuerUrl,
    jwks_uri: `${options.issuerUrl}/.well-known/jwks.json`,
    token_endpoint: `${options.issuerUrl}/token`,
    id_token_signing_alg_values_supported: [algorithm],
    subject_types_supported: ['public'],
    response_types_supported: ['token'],
  };

  const token = async (body: string | undefined) => {
    let input: unknown;
    try {
      input = JSON.parse(body ?? '');
    } catch (cause) {
      throw malformedJson(cause);
    }
    const parsed = TokenRequest.safeParse(input);
    if (!parsed.success) throw invalidRequest(issuesToProblems(parsed.error.issues, input));
    const user = options.users.find((candidate) => candidate.subject === parsed.data.subject);
    if (user === undefined) {
      throw appError('auth.unknownUser', { zh: `没有此演示用户：${parsed.data.subject}`, en: `No such demo user: ${parsed.data.subject}` });
    }
    return json(200, { access_token: await issueToken(user), token_type: 'Bearer', expires_in: defaultTtl });
  };

  const handler: ApiHandler = async function localIssuer(request) {
    const path = request.path.startsWith(basePath) ? request.path.slice(basePath.length) : request.path;
    const route = `${request.method} ${path}`;
    try {
      switch (route) {
        case 'GET /.well-known/openid-configuration':
          return json(200, discovery);
        case 'GET /.well-known/jwks.json':
          return json(200, { keys: [publicJwk] });
        case 'GET /users':
          return json(200, { items: options.users });
        case 'POST /token':
          return await token(request.body);
        default:
          throw appError('request.notFound', { zh: `本地身份服务没有此接口：${path}`, en: `The local issuer has no endpoint ${path}` });
      }
    } catch (error) {
      return problemResponse(error, request.requestId);
    }
  };

  return { issuerUrl: options.issuerUrl, issueToken, handler };
};
