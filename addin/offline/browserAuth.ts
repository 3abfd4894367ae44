import { redirectSignIn } from '../auth/redirectSignIn';
import type { AddinConfig } from '../config';

/**
 * The sign-in of the offline page, which runs in an ordinary browser: the same OIDC code flow as
 * the task pane, with the whole page going to the issuer and back (this page is a registered
 * redirect URI), for every auth mode.
 */
export const browserAuth = (config: AddinConfig, pageUrl = `${location.origin}${location.pathname}`) => redirectSignIn(config, pageUrl);
