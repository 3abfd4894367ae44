import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { ApiResponse } from './types';

/**
 * An ApiResponse as the Lambda result API Gateway expects (payload format 2.0): text as is, bytes
 * (an .xlsx download) base64-encoded with `isBase64Encoded`.
 */
export const toApiGatewayResult = (response: ApiResponse): APIGatewayProxyStructuredResultV2 =>
  typeof response.body === 'string'
    ? { statusCode: response.status, headers: response.headers, body: response.body, isBase64Encoded: false }
    : {
        statusCode: response.status,
        headers: response.headers,
        body: Buffer.from(response.body.buffer, response.body.byteOffset, response.body.byteLength).toString('base64'),
        isBase64Encoded: true,
      };
