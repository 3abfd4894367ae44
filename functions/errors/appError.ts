import type { Problem } from '../../domain/problem';
import { errorCatalogue, type HttpErrorCode } from './errorCatalogue';

/** What a call site adds to a catalogued code: its own wording, the cell-addressed problems, headers, the cause. */
export interface AppErrorDetail {
  /** The message, more precise than the catalogue's default (Chinese first). */
  zh?: string;
  en?: string;
  problems?: Problem[];
  /** Extra response headers (lower-case names), e.g. `www-authenticate` on a 401. */
  headers?: Record<string, string>;
  cause?: unknown;
}

/**
 * The one error class of the backend: a stable dotted code from the error catalogue with its HTTP
 * status, Chinese and English messages, and for form data the cell-addressed problems. The HTTP
 * edge turns it into application/problem+json; anything else thrown becomes a 500 with code `internal`.
 * Made with {@link appError}.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly status: number;
  readonly message_zh: string;
  readonly message_en: string;
  readonly problems: Problem[];
  readonly headers: Record<string, string>;

  constructor(
    readonly code: HttpErrorCode,
    detail: AppErrorDetail = {},
  ) {
    const entry = errorCatalogue[code];
    const message_en = detail.en ?? entry.en;
    super(`${code}: ${message_en}`, detail.cause === undefined ? undefined : { cause: detail.cause });
    this.status = entry.status;
    this.message_zh = detail.zh ?? entry.zh;
    this.message_en = message_en;
    this.problems = detail.problems ?? [];
    this.headers = detail.headers ?? {};
  }
}

/**
 * An AppError for a catalogued code (functions/errors/errorCatalogue.ts): the status comes from the
 * catalogue, the messages from the call site or else the catalogue.
 *
 * @example
 * throw appError('submission.invalidStatus', { zh: '已批复的表不能修改', en: 'An approved form cannot change' });
 */
export const appError = (code: HttpErrorCode, detail?: AppErrorDetail): AppError => new AppError(code, detail);

/** Narrows an unknown error to an AppError with the given code. */
export const isAppError = (error: unknown, code?: HttpErrorCode): error is AppError =>
  error instanceof AppError && (code === undefined || error.code === code);

export const notFound = (what_zh: string, what_en: string): AppError => appError('notFound', { zh: `未找到${what_zh}`, en: `${what_en} not found` });

export const forbidden = (action_zh: string, action_en: string): AppError =>
  appError('auth.forbidden', { zh: `您的角色无权${action_zh}`, en: `Your role may not ${action_en}` });
