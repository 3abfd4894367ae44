import { User, type UserManager } from 'oidc-client-ts';
import { ApiProblem } from '../api/apiProblem';
import { parseDialogMessage } from './dialogMessage';

/** The subset of `Office.context.ui` the sign-in uses, so tests can stand in for Office. */
export type DisplayDialog = (url: string, options: Office.DialogOptions, callback: (result: Office.AsyncResult<Office.Dialog>) => void) => void;

/**
 * Signs in through the Office dialog API: opens auth-dialog.html (on the add-in's own origin, as
 * Office requires), which runs the redirect flow and sends back the user; the user is then kept
 * by the pane's UserManager, whose refresh token keeps it signed in.
 */
export const dialogSignIn = (users: UserManager, dialogUrl: string, displayDialog: DisplayDialog) => (loginHint?: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const url = loginHint === undefined ? dialogUrl : `${dialogUrl}?login_hint=${encodeURIComponent(loginHint)}`;
    displayDialog(url, { height: 60, width: 30, promptBeforeOpen: false }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new ApiProblem(0, 'auth.dialogFailed', `无法打开登录窗口（${opened.error.code}）`, `Cannot open the sign-in window (${opened.error.code})`));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        const message = 'message' in arg ? parseDialogMessage(arg.message) : undefined;
        if (message === undefined) return;
        dialog.close();
        if ('problem' in message) {
          reject(new ApiProblem(401, message.problem.code, message.problem.zh, message.problem.en));
          return;
        }
        users.storeUser(User.fromStorageString(message.user)).then(resolve, reject);
      });
      // The person closed the dialog (12006) or it failed to load.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
        reject(new ApiProblem(401, 'auth.signInCancelled', '已取消登录', 'Sign-in was cancelled'));
      });
    });
  });
