import { AppError } from '../errors/appError';
import type { HttpErrorCode } from '../errors/errorCatalogue';
import { problemResponse } from '../http/problemResponse';
import type { ApiResponse } from '../http/types';

/** The OAuth 2.0 error codes the local issuer answers with (RFC 6749 §4.1.2.1 and §5.2). */
export type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unsupported_grant_type' | 'access_denied' | 'unsupported_response_type';

/** An AppError that also knows its OAuth error code, so OIDC clients (oidc-client-ts, MSAL) understand it. */
export class OAuthError extends AppError {
  constructor(
    readonly oauthCode: OAuthErrorCode,
    code: HttpErrorCode,
    zh: string,
    en: string,
  ) {
    super(code, { zh, en });
  }
}

/**
 * The project's problem+json (stable code, zh + en) with the OAuth members `error` and
 * `error_description` added (RFC 9457 §3.2 allows extension members), so both kinds of client
 * read the same body.
 */
export const oauthProblemResponse = (error: unknown, requestId: string): ApiResponse => {
  const response = problemResponse(error, requestId);
  if (!(error instanceof OAuthError)) return response;
  const body = JSON.parse(String(response.body)) as Record<string, unknown>;
  return {
    ...response,
    headers: { ...response.headers, 'cache-control': 'no-store' },
    body: JSON.stringify({ ...body, error: error.oauthCode, error_description: error.message_en }),
  };
};
