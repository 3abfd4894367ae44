import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import type { LogAttributes } from '@aws-lambda-powertools/logger/types';
import type { Context } from 'aws-lambda';

/**
 * Structured logging: one JSON object per line, which CloudWatch Logs Insights and `jq` read as is.
 * The port the app, the export runner and the local runtime log through, so tests can capture lines;
 * errors go in `fields` (`{ error }`) and are written with their cause chain.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** The logger of a Lambda function: Lambda's context (request id, cold start) goes on every line. */
export interface LambdaLogger extends Logger {
  addContext(context: Context): void;
}

/**
 * The Powertools for AWS Lambda Logger: JSON lines with level, message, timestamp and service
 * (POWERTOOLS_SERVICE_NAME, "jixiao" otherwise); the level from LOG_LEVEL (or POWERTOOLS_LOG_LEVEL,
 * or Lambda's own log level setting), INFO by default; Error values anywhere in the fields
 * serialised with name, message, stack and cause. In Lambda, `addContext(context)` adds the
 * request id, function name and cold start to every line (functions/lambda/*.ts do).
 *
 * @example
 * const log = createJsonLogger();
 * log.error('request failed', { requestId, error });
 */
export const createJsonLogger = (): LambdaLogger => {
  // Powertools reads POWERTOOLS_SERVICE_NAME and the log level from the environment itself.
  const logger = new PowertoolsLogger(process.env.POWERTOOLS_SERVICE_NAME ? {} : { serviceName: 'jixiao' });
  const fieldsOf = (fields: Record<string, unknown> | undefined): LogAttributes[] => (fields === undefined ? [] : [fields as LogAttributes]);
  return {
    info: (message, fields) => logger.info(message, ...fieldsOf(fields)),
    warn: (message, fields) => logger.warn(message, ...fieldsOf(fields)),
    error: (message, fields) => logger.error(message, ...fieldsOf(fields)),
    addContext: (context) => logger.addContext(context),
  };
};

/** A logger that drops everything, for tests that assert on responses only. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
