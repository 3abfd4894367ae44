import type { Problem } from '../../domain/problem';
import { AppError, appError } from './appError';

/**
 * Errors raised by the HTTP edge itself (routing, authentication, parsing), each with its stable code
 * and status. Services raise their own codes through AppError.
 */

export const routeNotFound = (path: string): AppError =>
  appError('request.notFound', { zh: `没有此接口：${path}`, en: `No such endpoint: ${path}` });

export const methodNotAllowed = (method: string, allowed: string[]): AppError =>
  appError('request.methodNotAllowed', { zh: `此接口不支持 ${method} 方法（支持：${allowed.join(', ')}）`, en: `${method} is not allowed here (allowed: ${allowed.join(', ')})`, headers: { allow: allowed.join(', ') } });

/** 401 with the Bearer challenge of RFC 6750 §3; `error="invalid_token"` only when a token was sent. */
export const invalidToken = (reason_zh: string, reason_en: string, tokenSent = true, cause?: unknown): AppError =>
  appError('auth.invalidToken', { zh: reason_zh, en: reason_en, cause,
    headers: { 'www-authenticate': tokenSent ? 'Bearer realm="jixiao", error="invalid_token"' : 'Bearer realm="jixiao"' } });

export const tooLarge = (limitBytes: number): AppError =>
  appError('request.tooLarge', { zh: `请求内容过大（上限 ${Math.floor(limitBytes / 1024)} KB）`, en: `The request body is too large (limit ${Math.floor(limitBytes / 1024)} KB)` });

export const malformedJson = (cause?: unknown): AppError =>
  appError('request.malformedJson', { zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON', cause });

export const unsupportedMediaType = (contentType: string | undefined): AppError =>
  appError('request.unsupportedMediaType', { zh: `请求内容类型应为 application/json（收到：${contentType ?? '无'}）`, en: `The request body must be application/json (got: ${contentType ?? 'none'})` });

export const invalidRequest = (problems: Problem[]): AppError =>
  appError('request.invalid', { zh: '请求参数有误，请检查标出的字段', en: 'The request is invalid; see the listed fields', problems });

/** The only message a caller sees for an unexpected failure: internals stay in the log. */
export const internalError = (cause: unknown): AppError =>
  appError('internal', { zh: '服务器内部错误，请稍后重试', en: 'Internal server error; please retry later', cause });

/** 400 for text that XML 1.0 cannot carry (see domain/values/xmlText.ts): one problem per field. */
export const invalidCharacters = (problems: Problem[]): AppError =>
  appError('request.invalidCharacter', { problems });
