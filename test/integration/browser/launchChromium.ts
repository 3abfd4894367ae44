import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Route } from 'playwright-core';

/** Debian's package; .ci/run installs it on a fresh machine. playwright-core downloads no browser. */
export const chromiumPath = '/usr/bin/chromium';

/**
 * What office.js must provide for taskpane.ts and auth-dialog.html to start outside Office:
 * `Office.onReady` calls back at once, no requirement set is supported (no Excel here), and
 * `messageParent` keeps what the dialog sends in `window.parentMessages`. Served instead of Microsoft's CDN.
 */
export const officeStub = `window.parentMessages = [];
window.Office = {
  onReady: function (callback) { var info = { host: null, platform: null }; return Promise.resolve(info).then(function () { if (callback) callback(info); return info; }); },
  context: { requirements: { isSetSupported: function () { return false; } }, ui: { messageParent: function (message) { window.parentMessages.push(message); } } },
  auth: {}
};`;

export interface Chromium {
  context: BrowserContext;
  /** Requests to other hosts that were stopped (nothing leaves the machine). */
  blocked: string[];
  close: () => Promise<void>;
}

/**
 * Headless Chromium with a fresh profile, trusting the local self-signed certificate, where only
 * localhost is reachable: the Office.js CDN answers with {@link officeStub} and any other host is
 * aborted (the machine has no network but localhost; a hanging request would stall the page).
 */
export async function launchChromium(): Promise<Chromium> {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: sudo apt-get install chromium (README "Prerequisites")`);
  const profile = await mkdtemp(join(tmpdir(), 'jixiao-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    ignoreHTTPSErrors: true,
    acceptDownloads: true,
    locale: 'zh-CN',
    viewport: { width: 900, height: 1000 },
  });
  const blocked: string[] = [];
  await context.route('**/*', (route: Route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
    if (url.hostname === 'appsforoffice.microsoft.com') return route.fulfill({ status: 200, contentType: 'text/javascript', body: officeStub });
    blocked.push(url.href);
    return route.abort('internetdisconnected');
  });
  return {
    context,
    blocked,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
