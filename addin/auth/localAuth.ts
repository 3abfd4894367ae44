import { ApiProblem, problemFromResponse, unreachable } from '../api/apiProblem';
import type { AuthProvider } from './authProvider';

/**
 * Sign-in against the local dev issuer of `npm start`: `POST {issuerUrl}/token { subject }` →
 * `{ access_token }`. The token is verified by the API exactly like a cloud token; this provider
 * only exists where the local issuer runs.
 */
export function localAuth(issuerUrl: string, doFetch: typeof fetch = (input, init) => fetch(input, init)): AuthProvider {
  let accessToken: string | undefined;
  return {
    mode: 'local',
    async signIn(subject) {
      if (!subject) throw new ApiProblem(400, 'auth.subjectRequired', '请选择演示用户', 'Pick a demo user');
      let response: Response;
      try {
        response = await doFetch(`${issuerUrl.replace(/\/+$/, '')}/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ subject }),
        });
      } catch (cause) {
        throw unreachable(cause);
      }
      const body: unknown = await response.json().catch(() => undefined);
      if (!response.ok) throw problemFromResponse(response.status, body);
      const token = (body as { access_token?: unknown } | undefined)?.access_token;
      if (typeof token !== 'string') throw new ApiProblem(response.status, 'auth.noToken', '登录服务没有返回令牌', 'The sign-in service returned no token');
      accessToken = token;
    },
    token: async () => accessToken,
    signOut() {
      accessToken = undefined;
    },
  };
}
