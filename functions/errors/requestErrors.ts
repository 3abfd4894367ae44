import type { Problem } from '../../domain/problem';
import { AppError } from './appError';

/**
 * Errors raised by the HTTP edge itself (routing, authentication, parsing), each with its stable code
 * and status. Services raise their own codes through AppError.
 */

export const routeNotFound = (path: string): AppError =>
  new AppError('request.notFound', 404, `没有此接口：${path}`, `No such endpoint: ${path}`);

export const methodNotAllowed = (method: string, allowed: string[]): AppError =>
  new AppError(
    'request.methodNotAllowed',
    405,
    `此接口不支持 ${method} 方法（支持：${allowed.join(', ')}）`,
    `${method} is not allowed here (allowed: ${allowed.join(', ')})`,
    [],
    { headers: { allow: allowed.join(', ') } },
  );

/** 401 with the Bearer challenge of RFC 6750 §3; `error="invalid_token"` only when a token was sent. */
export const invalidToken = (reason_zh: string, reason_en: string, tokenSent = true, cause?: unknown): AppError =>
  new AppError('auth.invalidToken', 401, reason_zh, reason_en, [], {
    cause,
    headers: { 'www-authenticate': tokenSent ? 'Bearer realm="jixiao", error="invalid_token"' : 'Bearer realm="jixiao"' },
  });

export const tooLarge = (limitBytes: number): AppError =>
  new AppError(
    'request.tooLarge',
    413,
    `请求内容过大（上限 ${Math.floor(limitBytes / 1024)} KB）`,
    `The request body is too large (limit ${Math.floor(limitBytes / 1024)} KB)`,
  );

export const malformedJson = (cause?: unknown): AppError =>
  new AppError('request.malformedJson', 400, '请求内容不是有效的 JSON', 'The request body is not valid JSON', [], { cause });

export const unsupportedMediaType = (contentType: string | undefined): AppError =>
  new AppError(
    'request.unsupportedMediaType',
    415,
    `请求内容类型应为 application/json（收到：${contentType ?? '无'}）`,
    `The request body must be application/json (got: ${contentType ?? 'none'})`,
  );

export const invalidRequest = (problems: Problem[]): AppError =>
  new AppError('request.invalid', 400, '请求参数有误，请检查标出的字段', 'The request is invalid; see the listed fields', problems);

/** The only message a caller sees for an unexpected failure: internals stay in the log. */
export const internalError = (cause: unknown): AppError =>
  new AppError('internal', 500, '服务器内部错误，请稍后重试', 'Internal server error; please retry later', [], { cause });

/** 400 for text that XML 1.0 cannot carry (see domain/values/xmlText.ts): one problem per field. */
export const invalidCharacters = (problems: Problem[]): AppError =>
  new AppError(
    'request.invalidCharacter',
    400,
    '请求中有无法保存的字符（如 U+FFFE、控制字符），请删除标出字段中的这些字符',
    'The request contains characters that cannot be saved (such as U+FFFE or control characters); remove them from the listed fields',
    problems,
  );
