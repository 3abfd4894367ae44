import type { AuthProvider } from '../../addin/auth/authProvider';
import type { RegisteredClient } from '../../functions/auth/registeredClient';
import { signInThroughIssuer } from './signInThroughIssuer';

/**
 * An AuthProvider for tests that drive the pane's controller from Node: it signs in through the
 * issuer's sign-in page and code exchange over HTTP (signInThroughIssuer), choosing the user named by
 * the login hint, as a person does in the browser (test/integration/browser signs in with oidc-client-ts).
 */
export const issuerAuth = (issuerUrl: string, client: RegisteredClient): AuthProvider => {
  let accessToken: string | undefined;
  return {
    async signIn(loginHint) {
      if (loginHint === undefined) throw new Error('issuerAuth needs the user as login hint');
      accessToken = (await signInThroughIssuer(issuerUrl, loginHint, { clientId: client.clientId, redirectUri: client.redirectUris[0] })).access_token;
    },
    token: async () => accessToken,
    signOut() {
      accessToken = undefined;
    },
  };
};
