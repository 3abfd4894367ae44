/**
 * How the pane and the offline page get a bearer token. Every implementation runs the OpenID
 * Connect code flow with PKCE against the configured issuer (the local issuer included); they
 * differ only in the window it runs in (docs/addin.md, "Sign-in").
 */
export interface AuthProvider {
  /**
   * Signs in. `loginHint` becomes the OIDC `login_hint` (the account to suggest). The offline page's
   * provider navigates away to the issuer and never settles.
   */
  signIn(loginHint?: string): Promise<void>;
  /** A current access token (refreshed with the refresh token when expired), or undefined when signed out. */
  token(): Promise<string | undefined>;
  signOut(): void;
}
