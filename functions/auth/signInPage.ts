import { roleLabels } from '../../domain/model/role';
import type { DemoUser } from './demoUser';
import { escapeHtml } from './escapeHtml';

/** The authorization request, carried through the page as hidden fields and checked again on POST. */
export type AuthorizationFields = Record<string, string>;

const hidden = (fields: AuthorizationFields): string =>
  Object.entries(fields).map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`).join('');

const userButton = (user: DemoUser): string => {
  const zh = user.roles.map((role) => roleLabels[role].zh).join('、');
  const en = user.roles.map((role) => roleLabels[role].en).join(', ');
  const place = [user.regionId, user.departmentId].filter((part) => part !== undefined).join(' / ');
  return `<li><button type="submit" name="subject" value="${escapeHtml(user.subject)}" data-subject="${escapeHtml(user.subject)}">
<span class="name">${escapeHtml(user.name)}</span><span class="role">${escapeHtml(zh)}</span><span class="en">${escapeHtml(en)} · ${escapeHtml(place)}</span></button></li>`;
};

// Fluent-like: Segoe UI / YaHei, 4px radius, the Office blue, a visible focus ring for keyboard use.
const styles = `body{margin:0;font:14px/1.5 "Segoe UI","Microsoft YaHei","PingFang SC",sans-serif;background:#f5f5f5;color:#242424}
main{max-width:34rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.12)}
h1{font-size:20px;font-weight:600;margin:0 0 .25rem}p{margin:0 0 1rem;color:#616161}ul{list-style:none;margin:0;padding:0}
li{margin:0 0 .5rem}button{width:100%;text-align:left;font:inherit;padding:.6rem .8rem;border:1px solid #d1d1d1;border-radius:4px;background:#fff;cursor:pointer;display:grid}
button:hover{background:#ebf3fc;border-color:#0f6cbd}button:focus-visible{outline:2px solid #0f6cbd;outline-offset:2px}
.name{font-weight:600}.role{color:#0f6cbd}.en{color:#707070;font-size:12px}.cancel{margin-top:1rem;text-align:center;display:block;width:auto;color:#0f6cbd;border:none;background:none}`;

/**
 * The local issuer's sign-in page (GET /authorize): the demo users as buttons, each posting the
 * authorization request back with its subject. zh-CN first; plain HTML with no script, so it works
 * in the Office dialog, in any browser and with the keyboard (Tab, Enter).
 */
export const signInPage = (formAction: string, fields: AuthorizationFields, users: readonly DemoUser[]): string => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>登录 · 绩效（本地身份服务） / Sign in</title><style>${styles}</style></head>
<body><main><h1>选择登录用户</h1><p>本地身份服务（演示用户） / Local identity provider: choose a demo user</p>
<form method="post" action="${escapeHtml(formAction)}">${hidden(fields)}<ul>${users.map(userButton).join('\n')}</ul>
<button type="submit" name="cancel" value="1" class="cancel">取消 / Cancel</button></form></main></body></html>
`;

/** The page shown instead of a redirect when the client or its redirect URI is not registered (RFC 6749 §4.1.2.1). */
export const signInErrorPage = (zh: string, en: string): string => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>无法登录 / Cannot sign in</title><style>${styles}</style></head>
<body><main><h1>无法登录</h1><p role="alert">${escapeHtml(zh)}</p><p lang="en">${escapeHtml(en)}</p></main></body></html>
`;
