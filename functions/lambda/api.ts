import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createVerifier } from '../auth/createVerifier';
import { readConfig } from '../config';
import { exportStoreFromEnv } from '../exports/exportStoreFromEnv';
import { createApp } from '../http/createApp';
import { createJsonLogger } from '../http/logger';
import { powertoolsMetrics } from '../observability/appMetrics';
import { traced } from '../observability/tracer';
import { buildRoutes } from '../routes/index';
import { httpApiHandler } from './httpApiHandler';

// Cold start, once per execution environment: settings, the AWS clients (connections are reused
// across invocations, calls traced by X-Ray) and the verifier, whose JWKS cache then lives as long
// as the environment.
const config = readConfig(process.env);
const logger = createJsonLogger();
const dynamo = traced(
  new DynamoDBClient({
    ...(config.awsRegion === undefined ? {} : { region: config.awsRegion }),
    ...(config.dynamodbEndpoint === undefined ? {} : { endpoint: config.dynamodbEndpoint }),
  }),
);
const app = createApp(buildRoutes({ dynamo, tableName: config.tableName, exports: exportStoreFromEnv(process.env, traced) }), {
  verifier: createVerifier(config.jwt),
  allowedOrigins: config.allowedOrigins,
  maxBodyBytes: config.maxBodyBytes,
  logger,
  metrics: powertoolsMetrics(),
});

/**
 * The whole HTTP API as one Lambda function behind an API Gateway HTTP API (payload format 2.0),
 * through hono/aws-lambda. The JWT authorizer in front has checked the token already; the app
 * checks it again with the same code as the local runtime and maps its claims to the principal.
 * Every log line of the invocation carries Lambda's request id and whether it was a cold start.
 */
export const handler = httpApiHandler(app, (context) => logger.addContext(context));
