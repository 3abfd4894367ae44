import { createHash, randomBytes } from 'node:crypto';

/** The client tests sign in as; the issuer under test must register it (testClient). */
export const testClient = { clientId: 'jixiao-test', redirectUris: ['https://client.test/callback'] } as const;

export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
  id_token?: string;
  refresh_token?: string;
}

export interface SignInOptions {
  clientId?: string;
  redirectUri?: string;
  scope?: string;
}

export interface Authorized {
  code: string;
  verifier: string;
  clientId: string;
  redirectUri: string;
}

/**
 * The first half of a browser's sign-in, over HTTP: GET /authorize (the sign-in page must offer
 * the user), the page's POST with the subject, and the code from the redirect.
 */
export const authorizeThroughPage = async (issuerUrl: string, subject: string, options: SignInOptions = {}): Promise<Authorized> => {
  const clientId = options.clientId ?? testClient.clientId;
  const redirectUri = options.redirectUri ?? testClient.redirectUris[0];
  const verifier = randomBytes(32).toString('base64url');
  const request = {
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: options.scope ?? 'openid profile offline_access',
    state: randomBytes(8).toString('hex'),
    nonce: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  };
  const page = await fetch(`${issuerUrl}/authorize?${new URLSearchParams(request)}`);
  const html = await page.text();
  if (page.status !== 200 || !html.includes(`data-subject="${subject}"`)) throw new Error(`sign-in page (${page.status}) does not offer ${subject}`);
  const chosen = await fetch(`${issuerUrl}/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...request, subject }),
    redirect: 'manual',
  });
  const location = new URL(chosen.headers.get('location') ?? 'about:blank');
  const code = location.searchParams.get('code');
  if (chosen.status !== 303 || code === null || location.searchParams.get('state') !== request.state) {
    throw new Error(`authorize answered ${chosen.status} → ${location.href}`);
  }
  return { code, verifier, clientId, redirectUri };
};

/** The code exchange with the S256 PKCE verifier (RFC 7636 §4.5), as oidc-client-ts sends it. */
export const exchangeCode = (issuerUrl: string, authorized: Authorized) =>
  redeem(issuerUrl, {
    grant_type: 'authorization_code',
    code: authorized.code,
    redirect_uri: authorized.redirectUri,
    client_id: authorized.clientId,
    code_verifier: authorized.verifier,
  });

/**
 * Signs a demo user in the way a browser does: authorizeThroughPage, then the code exchange.
 *
 * @example
 * const tokens = await signInThroughIssuer(issuerUrl, 'filer-edu');
 */
export const signInThroughIssuer = async (issuerUrl: string, subject: string, options: SignInOptions = {}): Promise<TokenResponse> => {
  const answer = await exchangeCode(issuerUrl, await authorizeThroughPage(issuerUrl, subject, options));
  if (answer.status !== 200) throw new Error(`token endpoint answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body as unknown as TokenResponse;
};

/** POST {issuer}/token with a form body; the parsed answer. */
export const redeem = async (issuerUrl: string, form: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> => {
  const response = await fetch(`${issuerUrl}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

/** An access token for a demo user, through the whole flow. */
export const accessTokenFor = async (issuerUrl: string, subject: string): Promise<string> =>
  (await signInThroughIssuer(issuerUrl, subject)).access_token;
