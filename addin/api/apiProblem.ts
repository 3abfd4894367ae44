import type { Problem } from '../../domain/problem';

/**
 * An error answer of the API (application/problem+json, docs/api.md) or a failure to reach it,
 * with the stable code, both messages and, for form data, the cell-addressed problems.
 */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';

  constructor(
    /** HTTP status; 0 when the API could not be reached. */
    readonly status: number,
    readonly code: string,
    readonly message_zh: string,
    readonly message_en: string,
    readonly problems: Problem[] = [],
    options?: { cause?: unknown; instance?: string },
  ) {
    super(`${code}: ${message_en}`, options);
    this.instance = options?.instance;
  }

  /** The request id the server logged (problem+json `instance`), for support calls. */
  readonly instance: string | undefined;
}

/** Narrows an unknown error to an ApiProblem, optionally with the given code. */
export const isApiProblem = (error: unknown, code?: string): error is ApiProblem =>
  error instanceof ApiProblem && (code === undefined || error.code === code);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Keeps only well-formed problems from an untrusted body. */
const problemsOf = (v: unknown): Problem[] =>
  Array.isArray(v)
    ? v.filter(isRecord).map((p) => ({
        code: text(p.code) ?? 'unknown',
        message_zh: text(p.message_zh) ?? '',
        message_en: text(p.message_en) ?? '',
        ...(text(p.cell) ? { cell: text(p.cell) } : {}),
        ...(text(p.path) ? { path: text(p.path) } : {}),
        severity: p.severity === 'warning' ? 'warning' : 'error',
      }))
    : [];

/** Turns an error response (problem+json or anything else) into an ApiProblem. */
export function problemFromResponse(status: number, body: unknown): ApiProblem {
  if (isRecord(body) && typeof body.code === 'string') {
    return new ApiProblem(
      status,
      body.code,
      text(body.message_zh) ?? text(body.title) ?? body.code,
      text(body.message_en) ?? text(body.title) ?? body.code,
      problemsOf(body.problems),
      { instance: text(body.instance) },
    );
  }
  return new ApiProblem(status, `http.${status}`, `服务器返回错误（HTTP ${status}）`, `The server answered with HTTP ${status}`);
}

/** The API could not be reached (offline, DNS, TLS, CORS): fetch itself threw. */
export const unreachable = (cause: unknown): ApiProblem =>
  new ApiProblem(0, 'network.unreachable', '无法连接服务器，请检查网络或服务地址后重试', 'Cannot reach the server; check the network or the API address and retry', [], { cause });
