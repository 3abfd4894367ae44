import type { Problem } from '../../domain/problem';

/**
 * The one error class of the backend: a stable dotted code, an HTTP status, Chinese and English
 * messages, and for form data the cell-addressed problems. The HTTP edge turns it into
 * application/problem+json; anything else thrown becomes a 500 with code `internal`.
 *
 * @example
 * throw new AppError('submission.versionConflict', 409, '版本已变化，请刷新后重试', 'The version changed; reload and retry');
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  /** Extra response headers for this error (lower-case names), e.g. `www-authenticate` on a 401. */
  readonly headers: Record<string, string>;

  constructor(
    readonly code: string,
    readonly status: number,
    readonly message_zh: string,
    readonly message_en: string,
    readonly problems: Problem[] = [],
    options?: { cause?: unknown; headers?: Record<string, string> },
  ) {
    super(`${code}: ${message_en}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.headers = options?.headers ?? {};
  }
}

/** Narrows an unknown error to an AppError with the given code. */
export const isAppError = (error: unknown, code?: string): error is AppError =>
  error instanceof AppError && (code === undefined || error.code === code);

export const notFound = (what_zh: string, what_en: string): AppError =>
  new AppError('notFound', 404, `未找到${what_zh}`, `${what_en} not found`);

export const forbidden = (action_zh: string, action_en: string): AppError =>
  new AppError('auth.forbidden', 403, `您的角色无权${action_zh}`, `Your role may not ${action_en}`);
