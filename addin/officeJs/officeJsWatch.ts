/**
 * The task pane's first script (officeJsWatch.js, before office.js in taskpane.html): shows
 * `officeJsMessage` when office.js does not load (watchOfficeJs.ts). office.js stays in <head> as
 * Microsoft requires, so while it is still loading there is no <body> yet: the message is then put
 * on the root element, where it shows all the same.
 */
import { officeJsMessage, watchOfficeJs } from './watchOfficeJs';

const messageId = 'office-js-timeout';

const show = (): void => {
  const box = document.createElement('div');
  box.id = messageId;
  box.setAttribute('role', 'alert');
  box.style.cssText = 'margin:12px;padding:12px;border:1px solid #a4262c;background:#fde7e9;color:#201f1e;font:14px/1.5 sans-serif';
  for (const [lang, text] of Object.entries(officeJsMessage)) {
    const line = document.createElement('p');
    line.lang = lang === 'zh' ? 'zh-CN' : 'en';
    line.textContent = text;
    box.append(line);
  }
  (document.body ?? document.documentElement).prepend(box);
};

const hide = (): void => document.getElementById(messageId)?.remove();

const watch = watchOfficeJs({ office: () => (window as { Office?: { onReady: () => Promise<unknown> } }).Office, show, hide });

// A script that fails to load fires `error` on its element, which does not bubble: listen in capture.
window.addEventListener(
  'error',
  (event) => {
    if (event.target instanceof HTMLScriptElement && /office\.js$/.test(event.target.src)) watch.failed();
  },
  true,
);
