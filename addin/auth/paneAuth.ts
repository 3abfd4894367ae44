import type { AddinConfig } from '../config';
import type { AuthProvider } from './authProvider';
import { dialogSignIn } from './dialogSignIn';
import { naaAuth } from './naaAuth';
import { createOidcClient } from './oidcClient';
import { userManagerAuth } from './userManagerAuth';

/**
 * The task pane's sign-in: nested app authentication when the issuer is Entra ID and Office offers
 * it (NestedAppAuth 1.1), otherwise the OIDC code flow in an Office dialog, for every issuer.
 */
export const paneAuth = (config: AddinConfig, addinOrigin: string): AuthProvider => {
  if (config.authMode === 'entra' && Office.context.requirements.isSetSupported('NestedAppAuth', '1.1')) return naaAuth(config);
  const dialogUrl = `${addinOrigin}/auth-dialog.html`;
  // The pane never receives the redirect itself; the dialog page's URL keeps refresh requests consistent with the code's client.
  const users = createOidcClient(config, dialogUrl);
  return userManagerAuth(users, dialogSignIn(users, dialogUrl, (url, options, callback) => Office.context.ui.displayDialogAsync(url, options, callback)));
};
