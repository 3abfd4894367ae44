import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { defaultClaimNames } from './claimsToPrincipal';
import type { DemoUser } from './demoUser';
import { signingAlgorithm, type IssuerKeys } from './issuerKeys';

export interface IssuerTokensOptions {
  issuerUrl: string;
  /** The API's audience: the `aud` of access tokens. */
  audience: string;
  keys: IssuerKeys;
  now: () => Date;
}

/** The JWTs of the local issuer: access tokens for the API and ID tokens for the signing-in client. */
export const issuerTokens = (options: IssuerTokensOptions) => {
  const sign = (claims: Record<string, unknown>, subject: string, audience: string, ttlSeconds: number): Promise<string> => {
    const issuedAt = Math.floor(options.now().getTime() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: signingAlgorithm, kid: options.keys.publicJwk.kid ?? '', typ: 'JWT' })
      .setIssuer(options.issuerUrl)
      .setAudience(audience)
      .setSubject(subject)
      .setIssuedAt(issuedAt)
      .setNotBefore(issuedAt)
      .setExpirationTime(issuedAt + ttlSeconds)
      .setJti(randomUUID())
      .sign(options.keys.privateKey);
  };
  return {
    /** Shaped like an Entra ID access token with app roles: `roles`, region and department under the default claim names. */
    accessToken: (user: DemoUser, ttlSeconds: number, scope = 'openid'): Promise<string> =>
      sign(
        {
          name: user.name,
          scope,
          roles: user.roles,
          [defaultClaimNames.region]: user.regionId,
          ...(user.departmentId === undefined ? {} : { [defaultClaimNames.department]: user.departmentId }),
        },
        user.subject,
        options.audience,
        ttlSeconds,
      ),
    /** OIDC Core §2: for the client, carrying the nonce of its authorization request. */
    idToken: (user: DemoUser, clientId: string, ttlSeconds: number, nonce?: string): Promise<string> =>
      sign({ name: user.name, ...(nonce === undefined ? {} : { nonce }) }, user.subject, clientId, ttlSeconds),
  };
};

export type IssuerTokens = ReturnType<typeof issuerTokens>;
