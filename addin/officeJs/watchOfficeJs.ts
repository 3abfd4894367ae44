/**
 * Watches office.js load: when `Office.onReady` has not fired within a few seconds (Microsoft's CDN
 * slow or blocked, the pane opened in a plain browser) the pane shows a message saying so instead of
 * "正在加载…" for ever, and takes it away if Office becomes ready after all.
 */

/** Five seconds: office.js and its host files usually load in one or two. */
export const officeJsTimeoutMs = 5_000;

/** What the pane says; the administrator's fix (serve office.js with the pane) is in docs/deploy.md. */
export const officeJsMessage = {
  zh: 'Office 组件（office.js）未能加载，面板无法启动。请检查网络后关闭并重新打开面板；如果仍然不行，请联系管理员（可改用随加载项部署的 office.js）。此页面只能在 Excel 中打开。',
  en: 'Office (office.js) did not load, so the panel cannot start. Check the network, then close and reopen the panel; if that does not help, ask your administrator (who can serve office.js with the add-in). This page only works inside Excel.',
} as const;

export interface OfficeJsWatchHost {
  /** The `Office` global once office.js has run, else undefined. */
  office: () => { onReady: () => Promise<unknown> } | undefined;
  show: () => void;
  hide: () => void;
}

export interface OfficeJsWatch {
  /** office.js failed to load (a script error): say so now rather than after the timeout. */
  failed: () => void;
}

/**
 * Starts watching. office.js defines `Office` synchronously when it runs; the watch looks for it
 * every 100 ms until then, and asks it for `onReady`.
 *
 * @example
 * const watch = watchOfficeJs({ office: () => window.Office, show, hide });
 */
export function watchOfficeJs(host: OfficeJsWatchHost, timeoutMs = officeJsTimeoutMs): OfficeJsWatch {
  let ready = false;
  let shown = false;
  const show = (): void => {
    if (ready || shown) return;
    shown = true;
    host.show();
  };
  const poll = setInterval(() => {
    const office = host.office();
    if (office === undefined) return;
    clearInterval(poll);
    void office.onReady().then(() => {
      ready = true;
      if (shown) host.hide();
    });
  }, 100);
  setTimeout(show, timeoutMs);
  return { failed: show };
}
