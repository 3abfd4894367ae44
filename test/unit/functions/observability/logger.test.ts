import type { Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJsonLogger } from '../../../../functions/http/logger';
import { captureOutputJson } from '../../../support/captureOutput';

const context = { awsRequestId: 'c0ffee00-0000-4000-8000-00000000beef', functionName: 'jixiao-api', functionVersion: '$LATEST', memoryLimitInMB: '1024', invokedFunctionArn: 'arn:aws-cn:lambda:cn-north-1:123456789012:function:jixiao-api' } as Context;

afterEach(() => vi.unstubAllEnvs());

describe('createJsonLogger (Powertools Logger)', () => {
  it('writes one JSON line with level, message, service and the fields', async () => {
    vi.stubEnv('POWERTOOLS_SERVICE_NAME', 'jixiao-api');
    const lines = await captureOutputJson(() => createJsonLogger().info('request', { requestId: 'r1', status: 200 }));
    expect(lines).toEqual([expect.objectContaining({ level: 'INFO', message: 'request', service: 'jixiao-api', requestId: 'r1', status: 200, timestamp: expect.any(String) })]);
  });

  it('adds Lambda\'s request id, the function and the cold start once the context is added', async () => {
    // What Lambda sets for an on-demand execution environment; the cold start is told only there.
    vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'on-demand');
    const logger = createJsonLogger();
    const lines = await captureOutputJson(() => {
      logger.addContext(context);
      logger.info('first');
      logger.addContext(context);
      logger.info('second');
    });
    expect(lines[0]).toMatchObject({ function_request_id: context.awsRequestId, function_name: 'jixiao-api', cold_start: true });
    expect(lines[1]).toMatchObject({ function_request_id: context.awsRequestId, cold_start: false });
  });

  it('takes the level from LOG_LEVEL', async () => {
    vi.stubEnv('LOG_LEVEL', 'WARN');
    const logger = createJsonLogger();
    const lines = await captureOutputJson(() => {
      logger.info('dropped');
      logger.warn('kept');
    });
    expect(lines.map((line) => line['message'])).toEqual(['kept']);
  });

  it('writes an error in the fields with its message, stack and cause', async () => {
    const error = new Error('secret table name jixiao-prod', { cause: new Error('ConditionalCheckFailed') });
    const [line] = await captureOutputJson(() => createJsonLogger().error('request failed', { requestId: 'r2', error }));
    expect(line).toMatchObject({ level: 'ERROR', requestId: 'r2', error: { name: 'Error', message: 'secret table name jixiao-prod', stack: expect.any(String) } });
    expect(JSON.stringify(line)).toContain('ConditionalCheckFailed');
  });
});
