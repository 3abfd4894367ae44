import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { AppError, appError } from '../errors/appError';
import { invalidToken } from '../errors/requestErrors';
import { claimsToPrincipal, defaultClaimNames, type ClaimNames } from './claimsToPrincipal';
import type { Verifier } from './verifier';

export interface VerifierOptions {
  /** Expected `iss`, e.g. "https://login.microsoftonline.com/<tenant>/v2.0". */
  issuer: string;
  /** Expected `aud` (the API's application id / client id). */
  audience: string;
  /** Where the signing keys are; found through `<issuer>/.well-known/openid-configuration` when absent. */
  jwksUrl?: string;
  claims?: Partial<ClaimNames>;
  /** Allowed clock skew for exp/nbf/iat, in seconds (30 by default). */
  clockToleranceSeconds?: number;
}

/** Asymmetric algorithms only: "none" and HMAC tokens are refused before any key is looked up. */
const algorithms = ['RS256', 'ES256'];

const discoverJwksUrl = async (issuer: string): Promise<URL> => {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`OpenID discovery for ${issuer} answered ${response.status}`);
  const document = (await response.json()) as { jwks_uri?: unknown };
  if (typeof document.jwks_uri !== 'string') throw new Error(`OpenID discovery for ${issuer} has no jwks_uri`);
  return new URL(document.jwks_uri);
};

/** The key set, fetched on first use and cached by jose (refetched when a token names an unknown kid). */
const lazyKeySet = (options: VerifierOptions): JWTVerifyGetKey => {
  let keySet: Promise<JWTVerifyGetKey> | undefined;
  return async (header, token) => {
    if (keySet === undefined) {
      keySet = (options.jwksUrl === undefined ? discoverJwksUrl(options.issuer) : Promise.resolve(new URL(options.jwksUrl))).then(
        (url) => createRemoteJWKSet(url, { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 }),
      );
      // A failed discovery is retried on the next request rather than cached forever.
      keySet.catch(() => (keySet = undefined));
    }
    return (await keySet)(header, token);
  };
};

const unavailable = (cause: unknown): AppError =>
  appError('auth.unavailable', { zh: '暂时无法验证登录（身份服务不可达），请稍后重试', en: 'Cannot verify sign-in right now (identity provider unreachable); retry later', cause });

const toAuthError = (error: unknown): AppError => {
  if (error instanceof errors.JWTExpired) return invalidToken('登录已过期，请重新登录', 'Your sign-in has expired; sign in again', true, error);
  // The key set could not be fetched or read (timeout, non-200, not a JWKS, network): not the caller's fault.
  const keySetFailed =
    error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || error instanceof TypeError ||
    (error instanceof errors.JOSEError && error.constructor === errors.JOSEError);
  if (keySetFailed) return unavailable(error);
  if (error instanceof errors.JOSEError) {
    return invalidToken(`访问令牌无效（${error.code}），请重新登录`, `The access token is not valid (${error.code}); sign in again`, true, error);
  }
  return unavailable(error);
};

/**
 * Whether the token is meant for this API: `aud` names it (Entra ID, Cognito ID tokens, the local
 * issuer), or, for a Cognito access token, which carries no `aud`, `client_id` does.
 */
const isForAudience = (payload: JWTPayload, audience: string): boolean => {
  if (payload.aud !== undefined) return (Array.isArray(payload.aud) ? payload.aud : [payload.aud]).includes(audience);
  return payload['token_use'] === 'access' && payload['client_id'] === audience;
};

/**
 * A Verifier for JWTs from an OIDC issuer (Microsoft Entra ID, Amazon Cognito, or the local issuer):
 * RS256/ES256 signature against the issuer's JWKS (fetched over HTTP, cached), `iss`, `aud` (or a
 * Cognito access token's `client_id`), `exp`/`nbf` with a small clock tolerance, then the claims
 * mapped to a Principal.
 *
 * @example
 * const verify = createVerifier({ issuer: 'http://localhost:3000/auth', audience: 'jixiao' });
 * const principal = await verify(token); // throws AppError 401/403
 */
export const createVerifier = (options: VerifierOptions): Verifier => {
  const getKey = lazyKeySet(options);
  const names: ClaimNames = { ...defaultClaimNames, ...options.claims };
  return async function verify(token) {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, getKey, {
        issuer: options.issuer,
        algorithms,
        clockTolerance: options.clockToleranceSeconds ?? 30,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      throw toAuthError(error);
    }
    if (!isForAudience(payload, options.audience)) {
      throw invalidToken('访问令牌不是签发给本系统的（aud）', 'The access token was issued for another application (aud)');
    }
    return claimsToPrincipal(payload, names);
  };
};
