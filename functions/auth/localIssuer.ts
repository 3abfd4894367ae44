import { appError } from '../errors/appError';
import { json } from '../http/json';
import type { ApiHandler } from '../http/types';
import { authorizeEndpoint, type CodeGrant } from './authorizeEndpoint';
import type { DemoUser } from './demoUser';
import { loadOrCreateKeys } from './issuerKeys';
import { issuerTokens } from './issuerTokens';
import { oauthProblemResponse } from './oauthProblem';
import { oidcDiscovery } from './oidcDiscovery';
import type { RegisteredClient } from './registeredClient';
import { singleUseGrants } from './singleUseGrants';
import { tokenEndpoint, type RefreshGrant } from './tokenEndpoint';

export interface LocalIssuerOptions {
  /** The issuer URL, also the prefix of its endpoints, e.g. "http://localhost:3000/auth". */
  issuerUrl: string;
  /** The API's audience (`aud` of access tokens). */
  audience: string;
  /** Where the key pair is kept across restarts (".local/keys"). */
  keyDir: string;
  users: readonly DemoUser[];
  /** The applications that may sign users in, with their redirect URIs. */
  clients: readonly RegisteredClient[];
  /** Access and ID token lifetime, in seconds (1 hour; refresh tokens keep a working day going). */
  tokenTtlSeconds?: number;
  /** Refresh token lifetime, in seconds (12 hours). */
  refreshTtlSeconds?: number;
  now?: () => Date;
}

export interface LocalIssuer {
  issuerUrl: string;
  /**
   * The issuer's HTTP endpoints, for paths under the issuer URL's path: discovery, JWKS,
   * GET/POST /authorize (the sign-in page listing the users) and POST /token.
   */
  handler: ApiHandler;
}

/** Codes are redeemed by the client right after the redirect; a minute covers a slow dialog. */
const codeTtlSeconds = 60;

/**
 * The local identity provider: an OpenID Connect issuer with the authorization code flow, S256
 * PKCE and rotating refresh tokens, signing ES256 JWTs with a key pair kept in `keyDir`. The add-in
 * and the offline page sign in through it exactly as through Entra ID or Keycloak (oidc-client-ts),
 * and the API checks its tokens with the same createVerifier as in the cloud, over HTTP. What makes
 * it local is only who may sign in: the demo users, chosen on its sign-in page without a password.
 *
 * @example
 * const issuer = await createLocalIssuer({ issuerUrl: 'http://localhost:3000/auth', audience: 'jixiao', keyDir: '.local/keys', users: demoUsers,
 *   clients: [{ clientId: 'jixiao-addin', redirectUris: ['https://localhost:3001/offline.html'] }] });
 */
export const createLocalIssuer = async (options: LocalIssuerOptions): Promise<LocalIssuer> => {
  const keys = await loadOrCreateKeys(options.keyDir);
  const now = options.now ?? (() => new Date());
  const basePath = new URL(options.issuerUrl).pathname.replace(/\/$/, '');
  const codes = singleUseGrants<CodeGrant>(codeTtlSeconds, now);
  const refreshGrants = singleUseGrants<RefreshGrant>(options.refreshTtlSeconds ?? 12 * 3600, now);
  const tokens = issuerTokens({ issuerUrl: options.issuerUrl, audience: options.audience, keys, now });
  const discovery = oidcDiscovery(options.issuerUrl);
  const authorize = authorizeEndpoint({ issuerUrl: options.issuerUrl, clients: options.clients, users: options.users, codes });
  const token = tokenEndpoint({
    clients: options.clients,
    users: options.users,
    tokens,
    codes,
    refreshGrants,
    accessTokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
  });

  const handler: ApiHandler = async function localIssuer(request) {
    const path = request.path.startsWith(basePath) ? request.path.slice(basePath.length) : request.path;
    try {
      switch (`${request.method} ${path}`) {
        case 'GET /.well-known/openid-configuration':
          return json(200, discovery);
        case 'GET /.well-known/jwks.json':
          return json(200, { keys: [keys.publicJwk] });
        case 'GET /authorize':
        case 'POST /authorize':
          return await authorize(request);
        case 'POST /token':
          return await token(request);
        default:
          throw appError('request.notFound', { zh: `本地身份服务没有此接口：${path}`, en: `The local issuer has no endpoint ${path}` });
      }
    } catch (error) {
      return oauthProblemResponse(error, request.requestId);
    }
  };

  return { issuerUrl: options.issuerUrl, handler };
};
