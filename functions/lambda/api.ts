import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createVerifier } from '../auth/createVerifier';
import { readConfig } from '../config';
import { createApp } from '../http/createApp';
import { fromApiGatewayEvent } from '../http/fromApiGatewayEvent';
import { toApiGatewayResult } from '../http/toApiGatewayResult';
import { buildRoutes } from '../routes/index';

// Cold start, once per execution environment: settings, the DynamoDB client (connections are reused
// across invocations) and the verifier, whose JWKS cache then lives as long as the environment.
const config = readConfig(process.env);
const dynamo = new DynamoDBClient({
  ...(config.awsRegion === undefined ? {} : { region: config.awsRegion }),
  ...(config.dynamodbEndpoint === undefined ? {} : { endpoint: config.dynamodbEndpoint }),
});
const app = createApp(buildRoutes({ dynamo, tableName: config.tableName }), {
  verifier: createVerifier(config.jwt),
  allowedOrigins: config.allowedOrigins,
  maxBodyBytes: config.maxBodyBytes,
});

/**
 * The whole HTTP API as one Lambda function behind an API Gateway HTTP API (payload format 2.0).
 * The JWT authorizer in front has checked the token already; the app checks it again with the same
 * code as the local runtime and maps its claims to the principal.
 */
export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> =>
  toApiGatewayResult(await app(fromApiGatewayEvent(event)));
