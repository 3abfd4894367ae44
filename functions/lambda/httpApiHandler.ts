import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type { Env, Hono } from 'hono';
import { handle, type APIGatewayProxyResult, type LambdaEvent } from 'hono/aws-lambda';
import { withoutStage } from './withoutStage';

/**
 * A Hono app as the Lambda handler behind an API Gateway HTTP API (payload format 2.0), through
 * hono/aws-lambda: base64 bodies decoded, binary responses (an .xlsx) base64-encoded, API Gateway's
 * request id handed to the app as `env.requestContext`. `onInvoke` sees Lambda's context first (the
 * logger takes its request id and cold start from it).
 *
 * @example
 * export const handler = httpApiHandler(app, (context) => logger.addContext(context));
 */
export const httpApiHandler = <E extends Env>(app: Hono<E>, onInvoke: (context: Context) => void = () => {}) => {
  const lambdaHandler = handle(app);
  return async (event: APIGatewayProxyEventV2, context: Context): Promise<APIGatewayProxyResult> => {
    onInvoke(context);
    // @types/aws-lambda (what Lambda sends) has `body?: string`; Hono's copy says `string | null`.
    // Hono reads it with a truthiness check, so an absent body is the same to it.
    return lambdaHandler(withoutStage(event) as unknown as LambdaEvent, context);
  };
};
