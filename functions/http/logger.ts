/**
 * Structured logging: one JSON object per line, which CloudWatch Logs Insights and `jq` read as is.
 * Errors are logged with their cause chain, never with console.error at the end of a catch.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** A plain object for an error and its causes (name, message, code, stack), safe to JSON.stringify. */
export const serializeError = (error: unknown, depth = 0): unknown => {
  if (!(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: error.message,
    ...(code === undefined ? {} : { code }),
    stack: error.stack,
    // A bounded depth: cause chains can be cyclic.
    ...(error.cause === undefined || depth >= 5 ? {} : { cause: serializeError(error.cause, depth + 1) }),
  };
};

/**
 * A logger writing JSON lines through `write` (stdout by default).
 *
 * @example
 * const log = createJsonLogger();
 * log.error('request failed', { requestId, error });
 */
export const createJsonLogger = (write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger => {
  const emit = (level: string, message: string, fields: Record<string, unknown> = {}): void => {
    const entries = Object.entries(fields).map(([key, value]) => [key, value instanceof Error ? serializeError(value) : value]);
    write(JSON.stringify({ time: new Date().toISOString(), level, message, ...Object.fromEntries(entries) }));
  };
  return {
    info: (message, fields) => emit('info', message, fields),
    warn: (message, fields) => emit('warn', message, fields),
    error: (message, fields) => emit('error', message, fields),
  };
};

/** A logger that drops everything, for tests that assert on responses only. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
