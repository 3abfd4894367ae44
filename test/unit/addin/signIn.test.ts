import { ErrorResponse, type User, type UserManager } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';
import { parseDialogMessage } from '../../../addin/auth/dialogMessage';
import { redirectUrisFor } from '../../../addin/auth/redirectPages';
import { problemFromSignIn } from '../../../addin/auth/signInProblem';
import { userManagerAuth } from '../../../addin/auth/userManagerAuth';
import { defaultConfig, parseConfig } from '../../../addin/config';

/** The part of a UserManager that userManagerAuth uses, holding one user in memory. */
const fakeUsers = (user: Partial<User> | null, refreshed?: Partial<User> | Error) => {
  const calls: string[] = [];
  let current = user;
  const users = {
    getUser: async () => current,
    signinSilent: async () => {
      calls.push('signinSilent');
      if (refreshed instanceof Error) throw refreshed;
      current = refreshed ?? null;
      return current;
    },
    removeUser: async () => {
      calls.push('removeUser');
      current = null;
    },
  };
  return { users: users as unknown as UserManager, calls };
};

describe('add-in config for sign-in', () => {
  it('reads the client id, scopes and the three auth modes, and falls back on malformed values', () => {
    expect(defaultConfig).toMatchObject({ issuerUrl: 'http://localhost:3000/auth', clientId: 'jixiao-addin', authMode: 'local', scopes: ['openid', 'profile', 'offline_access'] });
    const keycloak = parseConfig({ issuerUrl: 'https://sso.example.gov.cn/realms/czj/', clientId: ' jixiao ', authMode: 'oidc', scopes: ['openid', 'offline_access'] });
    expect(keycloak).toMatchObject({ issuerUrl: 'https://sso.example.gov.cn/realms/czj', clientId: 'jixiao', authMode: 'oidc', scopes: ['openid', 'offline_access'] });
    expect(parseConfig({ clientId: '', scopes: ['open id'], authMode: 'saml' })).toMatchObject({ clientId: 'jixiao-addin', scopes: defaultConfig.scopes, authMode: 'local' });
    expect(parseConfig({ scopes: [] }).scopes).toEqual(defaultConfig.scopes);
  });

  it('registers the dialog page and the offline page as the redirect URIs', () => {
    expect(redirectUrisFor('https://addin.example.cn')).toEqual(['https://addin.example.cn/auth-dialog.html', 'https://addin.example.cn/offline.html']);
  });
});

describe('userManagerAuth', () => {
  it('returns a valid access token without asking anyone, and skips the interactive sign-in when there is one', async () => {
    const { users, calls } = fakeUsers({ access_token: 'a1', expired: false });
    let interactive = 0;
    const auth = userManagerAuth(users, async () => void interactive++);
    expect(await auth.token()).toBe('a1');
    await auth.signIn();
    expect([interactive, calls]).toEqual([0, []]);
  });

  it('refreshes an expired token once with the refresh token', async () => {
    const { users, calls } = fakeUsers({ access_token: 'old', expired: true, refresh_token: 'r1' }, { access_token: 'new', expired: false });
    expect(await userManagerAuth(users, async () => {}).token()).toBe('new');
    expect(calls).toEqual(['signinSilent']);
  });

  it('signs out when the refresh is refused, and then runs the interactive sign-in with the login hint', async () => {
    const { users, calls } = fakeUsers({ access_token: 'old', expired: true, refresh_token: 'r1' }, new Error('invalid_grant'));
    const hints: (string | undefined)[] = [];
    const auth = userManagerAuth(users, async (hint) => void hints.push(hint));
    expect(await auth.token()).toBeUndefined();
    expect(calls).toEqual(['signinSilent', 'removeUser']);
    await auth.signIn('filer-edu');
    expect(hints).toEqual(['filer-edu']);
  });

  it('has no token when nobody signed in or an expired session has no refresh token', async () => {
    expect(await userManagerAuth(fakeUsers(null).users, async () => {}).token()).toBeUndefined();
    expect(await userManagerAuth(fakeUsers({ access_token: 'x', expired: true }).users, async () => {}).token()).toBeUndefined();
  });
});

describe('sign-in problems', () => {
  it('names a cancelled sign-in, a refusal and an unreachable issuer in both languages', () => {
    expect(problemFromSignIn(new ErrorResponse({ error: 'access_denied' }))).toMatchObject({ code: 'auth.signInCancelled', message_zh: '已取消登录' });
    expect(problemFromSignIn(new ErrorResponse({ error: 'invalid_grant', error_description: 'PKCE check failed' }))).toMatchObject({
      code: 'auth.signInRefused', message_zh: expect.stringContaining('PKCE check failed'), message_en: expect.stringContaining('PKCE check failed'),
    });
    expect(problemFromSignIn(new TypeError('Failed to fetch'))).toMatchObject({ code: 'auth.issuerUnreachable', status: 0 });
  });

  it('reads only well-formed dialog messages', () => {
    expect(parseDialogMessage('{"user":"{}"}')).toEqual({ user: '{}' });
    expect(parseDialogMessage(JSON.stringify({ problem: { code: 'auth.signInCancelled', zh: '已取消登录', en: 'Sign-in was cancelled' } }))).toEqual({
      problem: { code: 'auth.signInCancelled', zh: '已取消登录', en: 'Sign-in was cancelled' },
    });
    expect(parseDialogMessage('not json')).toBeUndefined();
    expect(parseDialogMessage('{"user":1}')).toBeUndefined();
    expect(parseDialogMessage('{"problem":{"code":"x"}}')).toBeUndefined();
  });
});
