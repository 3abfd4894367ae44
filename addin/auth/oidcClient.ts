import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AddinConfig } from '../config';

/**
 * The one OIDC client of the add-in (oidc-client-ts): the authorization code flow with S256 PKCE,
 * discovery from `issuerUrl`, tokens kept in the page's session storage and refreshed with the
 * refresh token. The dialog page, the offline page and the task pane each make one with their own
 * redirect page.
 */
export const createOidcClient = (config: AddinConfig, redirectUri: string, storage: Storage = sessionStorage): UserManager =>
  new UserManager({
    authority: config.issuerUrl,
    client_id: config.clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: config.scopes.join(' '),
    userStore: new WebStorageStateStore({ store: storage }),
    stateStore: new WebStorageStateStore({ store: storage }),
    // Tokens are refreshed when asked for (userManagerAuth), not by timers in a hidden pane.
    automaticSilentRenew: false,
    loadUserInfo: false,
  });

/** Whether the page was opened by the issuer's redirect (a code or an error, with the state). */
export const isSignInCallback = (url: URL): boolean => url.searchParams.has('state') && (url.searchParams.has('code') || url.searchParams.has('error'));
