/**
 * The offline-filling page's entry point (bundled into offline.js by addin/build.ts). It runs in an
 * ordinary browser, outside Excel: no office.js, only the API, for departments without the add-in.
 */
import { loadConfig } from '../config';
import { browserAuth } from './browserAuth';
import { createOfflineApi } from './offlineApi';
import { createOfflineController } from './offlineController';
import { mountOfflineView } from './offlineView';
import { saveBlob } from './saveBlob';

const start = async (): Promise<void> => {
  const config = await loadConfig(() => fetch('config.json', { cache: 'no-store' }));
  const auth = browserAuth(config);
  // Back from the issuer with a code: finish signing in before the page asks who is signed in.
  const returned = await auth.completeSignIn();
  const api = createOfflineApi({ baseUrl: config.apiBaseUrl, getToken: () => auth.token() });
  const year = new Date().getFullYear();
  const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh';
  const controller = createOfflineController({ api, auth, save: saveBlob, year, lang });
  const root = document.getElementById('app');
  if (!root) throw new Error('offline.html has no #app');
  mountOfflineView(root, controller, config, year);
  // Signed in (or refused) at the issuer: the controller picks the session up, or shows why not.
  if (returned) void controller.signIn();
};

void start();
