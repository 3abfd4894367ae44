import { ApiProblem } from '../api/apiProblem';
import type { AuthProvider } from './authProvider';

/** The shape of `Office.auth.getAccessToken` (Office SSO, IdentityAPI 1.3). */
export type GetOfficeAccessToken = (options: { allowSignInPrompt: boolean; allowConsentPrompt: boolean; forMSGraphAccess: boolean }) => Promise<string>;

/**
 * Microsoft Entra ID sign-in through Office: the token Office returns for the add-in's own app
 * registration (its Application ID URI is the API's JWT audience). This is the adapter only; the
 * app registration, the manifest's <WebApplicationInfo> and the alternative with nested app
 * authentication (MSAL.js `createNestablePublicClientApplication`) are described in docs/addin.md.
 * Tokens are not cached here: Office caches and refreshes them.
 */
export function officeSsoAuth(getAccessToken: GetOfficeAccessToken): AuthProvider {
  let signedIn = false;
  const fetchToken = async (prompt: boolean): Promise<string> => {
    try {
      return await getAccessToken({ allowSignInPrompt: prompt, allowConsentPrompt: prompt, forMSGraphAccess: false });
    } catch (cause) {
      const code = (cause as { code?: number } | null)?.code;
      throw new ApiProblem(401, 'auth.ssoFailed', `Office 单点登录失败（${code ?? '未知错误'}）`, `Office single sign-on failed (${code ?? 'unknown error'})`, [], { cause });
    }
  };
  return {
    mode: 'entra',
    async signIn() {
      await fetchToken(true);
      signedIn = true;
    },
    token: async () => (signedIn ? fetchToken(false) : undefined),
    signOut() {
      signedIn = false;
    },
  };
}
