import { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * The X-Ray tracer of a Lambda function (active tracing is on in infra/jixiaoFunction.ts). Outside
 * Lambda (the local runtime, tests) Powertools disables it, and capturing a client returns the
 * client unchanged, so nothing needs X-Ray there.
 */
export const tracer = new Tracer({ serviceName: process.env.POWERTOOLS_SERVICE_NAME || 'jixiao' });

/**
 * An AWS SDK v3 client whose calls become X-Ray subsegments (DynamoDB, S3).
 *
 * @example
 * const dynamo = traced(new DynamoDBClient({}));
 */
export const traced = <T>(client: T): T => tracer.captureAWSv3Client(client);
