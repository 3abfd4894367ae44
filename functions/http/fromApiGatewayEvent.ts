import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { ApiRequest } from './types';

/**
 * An API Gateway HTTP API event (payload format 2.0) as an ApiRequest. On a named stage the stage is
 * the first segment of `rawPath` ("/prod/v1/me"); the `$default` stage has no prefix. Bodies that
 * API Gateway base64-encoded are decoded to text.
 *
 * @example
 * export const handler = async (event: APIGatewayProxyEventV2) => toApiGatewayResult(await app(fromApiGatewayEvent(event)));
 */
export const fromApiGatewayEvent = (event: APIGatewayProxyEventV2): ApiRequest => {
  const stage = event.requestContext.stage;
  const prefix = `/${stage}`;
  const path =
    stage !== '$default' && (event.rawPath === prefix || event.rawPath.startsWith(`${prefix}/`))
      ? event.rawPath.slice(prefix.length) || '/'
      : event.rawPath;
  const headers = Object.fromEntries(Object.entries(event.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  const body =
    event.body === undefined ? undefined : event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  return {
    method: event.requestContext.http.method.toUpperCase(),
    path,
    headers,
    // API Gateway has already decoded the query and joined repeated names with commas.
    query: { ...event.queryStringParameters },
    body,
    requestId: event.requestContext.requestId,
  };
};
