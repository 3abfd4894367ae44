import { problemFromSignIn } from './signInProblem';
import { createOidcClient, isSignInCallback } from './oidcClient';
import type { AuthProvider } from './authProvider';
import { userManagerAuth } from './userManagerAuth';
import type { AddinConfig } from '../config';

/**
 * Sign-in for a page in an ordinary browser (the offline page): the whole window goes to the
 * issuer and comes back to the same page with a code. Call `completeSignIn` when the page loads:
 * it finishes a sign-in in progress, removes the code from the address bar and says whether the
 * page came back from the issuer; the next `signIn` then resolves (signed in) or rejects with
 * what went wrong, without leaving the page.
 */
export const redirectSignIn = (config: AddinConfig, pageUrl: string): AuthProvider & { completeSignIn: () => Promise<boolean> } => {
  const users = createOidcClient(config, pageUrl);
  let failedCallback: unknown;
  const auth = userManagerAuth(users, async (loginHint) => {
    if (failedCallback !== undefined) {
      const failure = failedCallback;
      failedCallback = undefined;
      throw problemFromSignIn(failure);
    }
    try {
      await users.signinRedirect(loginHint === undefined ? {} : { login_hint: loginHint });
    } catch (cause) {
      throw problemFromSignIn(cause);
    }
  });
  return {
    ...auth,
    async completeSignIn() {
      const current = new URL(location.href);
      if (!isSignInCallback(current)) return false;
      try {
        await users.signinRedirectCallback(current.href);
      } catch (cause) {
        failedCallback = cause;
      }
      history.replaceState(null, '', pageUrl);
      return true;
    },
  };
};
