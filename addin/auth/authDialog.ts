/**
 * The sign-in dialog page's entry point (auth-dialog.html, bundled into auth-dialog.js). The task
 * pane opens it with `displayDialogAsync`; it runs the OIDC redirect flow in the dialog window
 * (to the issuer and back here with a code), then hands the signed-in user to the pane.
 */
import { loadConfig } from '../config';
import { createOidcClient, isSignInCallback } from './oidcClient';
import type { DialogMessage } from './dialogMessage';
import { problemFromSignIn } from './signInProblem';

const dialogUrl = `${location.origin}${location.pathname}`;

const send = (message: DialogMessage): void => Office.context.ui.messageParent(JSON.stringify(message));

Office.onReady(async () => {
  const config = await loadConfig(() => fetch('config.json', { cache: 'no-store' }));
  const users = createOidcClient(config, dialogUrl);
  const here = new URL(location.href);
  try {
    if (!isSignInCallback(here)) {
      const loginHint = here.searchParams.get('login_hint');
      await users.signinRedirect(loginHint === null ? {} : { login_hint: loginHint });
      return;
    }
    const user = await users.signinRedirectCallback(here.href);
    // The pane keeps the user; the dialog's copy goes with the dialog.
    await users.removeUser();
    send({ user: user.toStorageString() });
  } catch (cause) {
    const problem = problemFromSignIn(cause);
    send({ problem: { code: problem.code, zh: problem.message_zh, en: problem.message_en } });
  }
});
