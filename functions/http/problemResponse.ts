import { AppError } from '../errors/appError';
import { internalError } from '../errors/requestErrors';
import type { ApiResponse } from './types';

/** Base of the problem `type` URIs (docs/api.md); each code has its own. */
export const problemTypeBase = 'https://jixiao.example/problems/';

const statusTitles: Record<number, string> = {
  400: '请求有误 / Bad request',
  401: '未登录或登录已失效 / Unauthorized',
  403: '无权操作 / Forbidden',
  404: '未找到 / Not found',
  405: '方法不允许 / Method not allowed',
  409: '冲突 / Conflict',
  412: '前提条件不满足 / Precondition failed',
  413: '请求过大 / Payload too large',
  415: '内容类型不支持 / Unsupported media type',
  422: '内容未通过检查 / Unprocessable content',
  428: '缺少前提条件 / Precondition required',
  429: '请求过多 / Too many requests',
  500: '服务器错误 / Internal server error',
  503: '服务暂不可用 / Service unavailable',
};

/**
 * The application/problem+json response (RFC 9457) for an error. An AppError keeps its code, status
 * and messages; anything else becomes a 500 `internal` that reveals nothing of the cause (log it
 * before calling this).
 *
 * @example
 * return problemResponse(appError('notFound', { zh: '未找到项目', en: 'Project not found' }), request.requestId);
 */
export const problemResponse = (error: unknown, requestId?: string): ApiResponse => {
  const appError = error instanceof AppError ? error : internalError(error);
  const body = {
    type: `${problemTypeBase}${appError.code}`,
    title: statusTitles[appError.status] ?? `HTTP ${appError.status}`,
    status: appError.status,
    code: appError.code,
    message_zh: appError.message_zh,
    message_en: appError.message_en,
    detail: `${appError.message_zh} / ${appError.message_en}`,
    ...(requestId === undefined ? {} : { instance: requestId }),
    problems: appError.problems,
  };
  return {
    status: appError.status,
    headers: { ...appError.headers, 'content-type': 'application/problem+json; charset=utf-8' },
    body: JSON.stringify(body),
  };
};
