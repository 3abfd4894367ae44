import { defaultClaimNames } from './claimsToPrincipal';
import { signingAlgorithm } from './issuerKeys';

/**
 * The local issuer's OpenID Provider metadata (OpenID Connect Discovery 1.0 §3): the authorization
 * code flow with S256 PKCE and refresh tokens, the only flow the add-in and the offline page use
 * with any issuer (docs/addin.md, "Sign-in").
 */
export const oidcDiscovery = (issuerUrl: string) => ({
  issuer: issuerUrl,
  authorization_endpoint: `${issuerUrl}/authorize`,
  token_endpoint: `${issuerUrl}/token`,
  jwks_uri: `${issuerUrl}/.well-known/jwks.json`,
  response_types_supported: ['code'],
  response_modes_supported: ['query'],
  grant_types_supported: ['authorization_code', 'refresh_token'],
  code_challenge_methods_supported: ['S256'],
  token_endpoint_auth_methods_supported: ['none'],
  scopes_supported: ['openid', 'profile', 'offline_access'],
  claims_supported: ['sub', 'name', 'roles', defaultClaimNames.region, defaultClaimNames.department],
  id_token_signing_alg_values_supported: [signingAlgorithm],
  subject_types_supported: ['public'],
});
