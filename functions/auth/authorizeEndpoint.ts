import type { ApiRequest, ApiResponse } from '../http/types';
import type { DemoUser } from './demoUser';
import { challengePattern } from './pkce';
import { findClient, isRegisteredRedirect, type RegisteredClient } from './registeredClient';
import { signInErrorPage, signInPage, type AuthorizationFields } from './signInPage';
import type { SingleUseGrants } from './singleUseGrants';

/** What an authorization code stands for until the client redeems it at the token endpoint. */
export interface CodeGrant {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  subject: string;
  scope: string;
  nonce?: string;
}

export interface AuthorizeEndpointOptions {
  issuerUrl: string;
  clients: readonly RegisteredClient[];
  users: readonly DemoUser[];
  codes: SingleUseGrants<CodeGrant>;
}

/** The authorization request parameters carried through the sign-in page (RFC 6749 §4.1.1, RFC 7636 §4.3, OIDC nonce). */
const carried = ['client_id', 'redirect_uri', 'response_type', 'scope', 'state', 'nonce', 'code_challenge', 'code_challenge_method'] as const;

const html = (status: number, body: string, headers: Record<string, string> = {}): ApiResponse => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-frame-options': 'DENY', ...headers },
  body,
});

const redirect = (location: URL): ApiResponse => ({ status: 303, headers: { location: location.href, 'cache-control': 'no-store' }, body: '' });

/**
 * GET /authorize shows the sign-in page; POST /authorize (the page's form) issues a code and
 * redirects to the client. Both check the request from scratch. An unknown client or an
 * unregistered redirect URI gets an error page, never a redirect (RFC 6749 §4.1.2.1); other faults
 * go back to the client as `error=…` with its state.
 */
export const authorizeEndpoint = (options: AuthorizeEndpointOptions) => {
  const backTo = (redirectUri: string, params: Record<string, string | undefined>): ApiResponse => {
    const target = new URL(redirectUri);
    for (const [name, value] of Object.entries(params)) if (value !== undefined) target.searchParams.set(name, value);
    target.searchParams.set('iss', options.issuerUrl);
    return redirect(target);
  };

  return async function authorize(request: ApiRequest): Promise<ApiResponse> {
    const params: Record<string, string | undefined> =
      request.method === 'POST' ? Object.fromEntries(new URLSearchParams(request.body ?? '')) : request.query;
    const client = findClient(options.clients, params.client_id);
    if (client === undefined) {
      return html(400, signInErrorPage(`未登记的应用（client_id：${params.client_id ?? '无'}）`, `Unknown application (client_id: ${params.client_id ?? 'none'})`));
    }
    const redirectUri = params.redirect_uri;
    if (!isRegisteredRedirect(client, redirectUri)) {
      return html(400, signInErrorPage(`回调地址未登记：${redirectUri ?? '无'}`, `The redirect URI is not registered: ${redirectUri ?? 'none'}`));
    }
    const state = params.state;
    if (params.response_type !== 'code') {
      return backTo(redirectUri, { error: 'unsupported_response_type', error_description: 'Only response_type=code is supported', state });
    }
    if (params.code_challenge_method !== 'S256' || !challengePattern.test(params.code_challenge ?? '')) {
      return backTo(redirectUri, { error: 'invalid_request', error_description: 'PKCE with code_challenge_method=S256 is required', state });
    }
    if (request.method === 'GET') {
      const fields: AuthorizationFields = {};
      for (const name of carried) if (params[name] !== undefined) fields[name] = params[name];
      // form-action also governs the redirect that follows the POST (CSP Level 3), so it names the client's origin.
      const csp = `default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${new URL(redirectUri).origin}; frame-ancestors 'none'`;
      return html(200, signInPage(`${options.issuerUrl}/authorize`, fields, options.users), { 'content-security-policy': csp });
    }
    if (params.cancel !== undefined) return backTo(redirectUri, { error: 'access_denied', error_description: 'The user cancelled sign-in', state });
    const user = options.users.find((candidate) => candidate.subject === params.subject);
    if (user === undefined) return backTo(redirectUri, { error: 'access_denied', error_description: 'No such user', state });
    const code = options.codes.issue({
      clientId: client.clientId,
      redirectUri,
      codeChallenge: params.code_challenge ?? '',
      subject: user.subject,
      scope: params.scope ?? 'openid',
      ...(params.nonce === undefined ? {} : { nonce: params.nonce }),
    });
    return backTo(redirectUri, { code, state });
  };
};
