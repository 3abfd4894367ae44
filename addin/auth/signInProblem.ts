import { ErrorResponse } from 'oidc-client-ts';
import { ApiProblem } from '../api/apiProblem';

/**
 * A failed sign-in as the ApiProblem the views show: the issuer's OAuth error (cancelled, refused)
 * or the issuer being unreachable.
 */
export const problemFromSignIn = (cause: unknown): ApiProblem => {
  if (cause instanceof ApiProblem) return cause;
  if (cause instanceof ErrorResponse) {
    if (cause.error === 'access_denied') return new ApiProblem(401, 'auth.signInCancelled', '已取消登录', 'Sign-in was cancelled', [], { cause });
    const detail = cause.error_description ?? cause.error ?? '';
    return new ApiProblem(401, 'auth.signInRefused', `身份服务拒绝了登录：${detail}`, `The identity provider refused the sign-in: ${detail}`, [], { cause });
  }
  return new ApiProblem(0, 'auth.issuerUnreachable', '无法连接身份服务，请检查网络后重试', 'Cannot reach the identity provider; check the network and retry', [], { cause });
};
