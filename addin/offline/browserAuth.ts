import { ApiProblem } from '../api/apiProblem';
import type { AuthProvider } from '../auth/authProvider';
import { localAuth } from '../auth/localAuth';
import type { AddinConfig } from '../config';
import { messages } from './messages';

/**
 * The sign-in of the offline page, which runs in an ordinary browser where Office SSO does not
 * exist. Local mode uses the dev issuer like the task pane; an Entra sign-in for browsers (MSAL
 * redirect) would be another AuthProvider returned here, with no change to the page.
 */
export function browserAuth(config: AddinConfig): AuthProvider {
  if (config.authMode === 'local') return localAuth(config.issuerUrl);
  const unavailable = messages['signIn.entraUnavailable'];
  return {
    mode: 'entra',
    signIn: () => Promise.reject(new ApiProblem(0, 'auth.browserSignInUnavailable', unavailable.zh, unavailable.en)),
    token: () => Promise.resolve(undefined),
    signOut: () => undefined,
  };
}
