import { createNestablePublicClientApplication, InteractionRequiredAuthError, type IPublicClientApplication } from '@azure/msal-browser';
import { ApiProblem } from '../api/apiProblem';
import type { AddinConfig } from '../config';
import type { AuthProvider } from './authProvider';

/** MSAL names the authority without the "/v2.0" that the issuer (`iss`, discovery) carries. */
const authorityOf = (issuerUrl: string): string => issuerUrl.replace(/\/v2\.0$/, '');

/**
 * Microsoft Entra ID through nested app authentication (MSAL.js `createNestablePublicClientApplication`):
 * Office signs the person in with the account already in Excel, without a dialog where it can.
 * Tokens are cached and refreshed by MSAL. Used only where Office supports NestedAppAuth 1.1
 * (paneAuth); elsewhere the dialog flow runs against the same Entra registration.
 */
export const naaAuth = (config: AddinConfig): AuthProvider => {
  let app: Promise<IPublicClientApplication> | undefined;
  let signedIn = false;
  const client = () => (app ??= createNestablePublicClientApplication({ auth: { clientId: config.clientId, authority: authorityOf(config.issuerUrl) } }));
  const request = { scopes: config.scopes };
  const failed = (cause: unknown) =>
    new ApiProblem(401, 'auth.naaFailed', `Microsoft 账号登录失败（${(cause as { errorCode?: string } | null)?.errorCode ?? '未知错误'}）`,
      `Microsoft sign-in failed (${(cause as { errorCode?: string } | null)?.errorCode ?? 'unknown error'})`, [], { cause });
  return {
    async signIn(loginHint) {
      const pca = await client();
      try {
        await pca.acquireTokenSilent({ ...request, ...(loginHint === undefined ? {} : { loginHint }) });
      } catch (cause) {
        if (!(cause instanceof InteractionRequiredAuthError)) throw failed(cause);
        await pca.acquireTokenPopup(request).catch((popupError: unknown) => {
          throw failed(popupError);
        });
      }
      signedIn = true;
    },
    async token() {
      if (!signedIn) return undefined;
      try {
        return (await (await client()).acquireTokenSilent(request)).accessToken;
      } catch {
        signedIn = false;
        return undefined;
      }
    },
    signOut() {
      signedIn = false;
    },
  };
};
