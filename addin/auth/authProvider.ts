/**
 * How the pane gets a bearer token. Two implementations: the local dev issuer (pick a demo user)
 * and Microsoft Entra ID through Office (SSO / nested app authentication), see docs/addin.md.
 */
export interface AuthProvider {
  readonly mode: 'local' | 'entra';
  /** Signs in; local mode needs the demo user's subject. */
  signIn(subject?: string): Promise<void>;
  /** The current access token, or undefined when signed out. */
  token(): Promise<string | undefined>;
  signOut(): void;
}
