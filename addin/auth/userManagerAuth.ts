import type { UserManager } from 'oidc-client-ts';
import type { AuthProvider } from './authProvider';

/**
 * An AuthProvider over an oidc-client-ts UserManager holding the signed-in user: the access token
 * while it is valid, otherwise one refresh (refresh_token grant, no hidden iframe); a failed
 * refresh signs out, and the next API call asks the person to sign in again. `signIn` runs the
 * given interactive sign-in only when there is no usable session.
 */
export const userManagerAuth = (users: UserManager, signIn: (loginHint?: string) => Promise<void>): AuthProvider => {
  const auth: AuthProvider = {
    // Already signed in (back from the issuer, or a refreshable session): nothing to ask the person.
    async signIn(loginHint) {
      if ((await auth.token()) === undefined) await signIn(loginHint);
    },
    async token() {
      const user = await users.getUser();
      if (user === null) return undefined;
      if (!user.expired) return user.access_token;
      if (user.refresh_token === undefined) return undefined;
      try {
        return (await users.signinSilent())?.access_token;
      } catch {
        await users.removeUser();
        return undefined;
      }
    },
    signOut() {
      void users.removeUser();
    },
  };
  return auth;
};
