import type { HttpErrorCode } from '../errors/errorCatalogue';
import { json } from '../http/json';
import type { ApiRequest, ApiResponse } from '../http/types';
import type { CodeGrant } from './authorizeEndpoint';
import type { DemoUser } from './demoUser';
import type { IssuerTokens } from './issuerTokens';
import { OAuthError } from './oauthProblem';
import { verifiesS256 } from './pkce';
import { findClient, type RegisteredClient } from './registeredClient';
import type { SingleUseGrants } from './singleUseGrants';

/** What a refresh token stands for; each use replaces it with a new one (rotation). */
export interface RefreshGrant {
  clientId: string;
  subject: string;
  scope: string;
}

export interface TokenEndpointOptions {
  clients: readonly RegisteredClient[];
  users: readonly DemoUser[];
  tokens: IssuerTokens;
  codes: SingleUseGrants<CodeGrant>;
  refreshGrants: SingleUseGrants<RefreshGrant>;
  accessTokenTtlSeconds: number;
}

const invalidGrant = (code: HttpErrorCode, zh: string, en: string) => new OAuthError('invalid_grant', code, zh, en);

/**
 * POST /token (RFC 6749 §3.2, form-encoded): `authorization_code` with the PKCE verifier (RFC 7636
 * §4.5) and `refresh_token`. Public clients only, as in a browser nothing stays secret; a code
 * or refresh token is spent by the first attempt, right or wrong.
 */
export const tokenEndpoint = (options: TokenEndpointOptions) => {
  const respond = async (grant: { clientId: string; subject: string; scope: string; nonce?: string }, withIdToken: boolean): Promise<ApiResponse> => {
    const user = options.users.find((candidate) => candidate.subject === grant.subject);
    if (user === undefined) throw invalidGrant('auth.unknownUser', '此用户已不存在', 'This user no longer exists');
    const ttl = options.accessTokenTtlSeconds;
    const offline = grant.scope.split(' ').includes('offline_access');
    return json(
      200,
      {
        access_token: await options.tokens.accessToken(user, ttl, grant.scope),
        token_type: 'Bearer',
        expires_in: ttl,
        scope: grant.scope,
        ...(withIdToken ? { id_token: await options.tokens.idToken(user, grant.clientId, ttl, grant.nonce) } : {}),
        ...(offline ? { refresh_token: options.refreshGrants.issue({ clientId: grant.clientId, subject: user.subject, scope: grant.scope }) } : {}),
      },
      { 'cache-control': 'no-store' },
    );
  };

  return async function token(request: ApiRequest): Promise<ApiResponse> {
    const form = new URLSearchParams(request.body ?? '');
    const clientId = form.get('client_id') ?? undefined;
    if (findClient(options.clients, clientId) === undefined) {
      throw new OAuthError('invalid_client', 'auth.unknownClient', `未登记的应用（client_id：${clientId ?? '无'}）`, `Unknown application (client_id: ${clientId ?? 'none'})`);
    }
    switch (form.get('grant_type')) {
      case 'authorization_code': {
        const grant = options.codes.take(form.get('code') ?? '');
        if (grant === undefined) throw invalidGrant('auth.codeInvalid', '授权码无效、已使用或已过期，请重新登录', 'The authorization code is unknown, used or expired; sign in again');
        if (grant.clientId !== clientId || grant.redirectUri !== form.get('redirect_uri')) {
          throw invalidGrant('auth.codeMismatch', '授权码不属于此应用或回调地址', 'The authorization code was issued to another client or redirect URI');
        }
        if (!verifiesS256(form.get('code_verifier') ?? '', grant.codeChallenge)) {
          throw invalidGrant('auth.pkceFailed', 'PKCE 校验失败（code_verifier 与 code_challenge 不符）', 'PKCE check failed (the code_verifier does not match the code_challenge)');
        }
        return respond(grant, grant.scope.split(' ').includes('openid'));
      }
      case 'refresh_token': {
        const grant = options.refreshGrants.take(form.get('refresh_token') ?? '');
        if (grant === undefined || grant.clientId !== clientId) {
          throw invalidGrant('auth.refreshInvalid', '登录已失效，请重新登录', 'The refresh token is unknown, used or expired; sign in again');
        }
        return respond(grant, false);
      }
      default:
        throw new OAuthError('unsupported_grant_type', 'auth.unsupportedGrant', '不支持的授权类型（grant_type）', 'Unsupported grant_type');
    }
  };
};
