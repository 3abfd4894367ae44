/**
 * The task pane's entry point (bundled into taskpane.js by addin/build.ts). office.js itself comes
 * from Microsoft's CDN through a script tag in taskpane.html, as Office requires.
 */
import { createApiClient } from '../api/client';
import { paneAuth } from '../auth/paneAuth';
import { loadConfig } from '../config';
import { officeExcelHost } from '../excel/officeExcelHost';
import { createController } from './controller';
import { mountView } from './view';

Office.onReady(async () => {
  const config = await loadConfig(() => fetch('config.json', { cache: 'no-store' }));
  const auth = paneAuth(config, location.origin);
  const api = createApiClient({ baseUrl: config.apiBaseUrl, getToken: () => auth.token() });
  const controller = createController({ api, host: officeExcelHost(), auth, year: new Date().getFullYear(), lang: 'zh' });
  const root = document.getElementById('app');
  if (!root) throw new Error('taskpane.html has no #app');
  mountView(root, controller, config);
  // The ribbon's 提交 button opens the pane with ?action=submit: bring the submit button into view.
  if (new URLSearchParams(location.search).get('action') === 'submit') {
    controller.subscribe(() => document.getElementById('submit')?.scrollIntoView({ block: 'center' }));
  }
});
