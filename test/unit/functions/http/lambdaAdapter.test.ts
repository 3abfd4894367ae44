import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { handlerApp } from '../../../../functions/http/handlerApp';
import { json } from '../../../../functions/http/json';
import { silentLogger } from '../../../../functions/http/logger';
import type { ApiRequest, ApiResponse } from '../../../../functions/http/types';
import { httpApiHandler } from '../../../../functions/lambda/httpApiHandler';

/** An HTTP API payload 2.0 event as API Gateway sends it (shape from a real invocation log). */
const event = (overrides: Partial<APIGatewayProxyEventV2> & { stage?: string; method?: string } = {}): APIGatewayProxyEventV2 => {
  const { stage = '$default', method = 'GET', ...rest } = overrides;
  const rawPath = rest.rawPath ?? '/v1/projects';
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString: 'year=2026&departmentId=edu',
    headers: {
      accept: 'application/json',
      authorization: 'Bearer abc.def.ghi',
      'content-length': '0',
      host: 'abc123.execute-api.cn-north-1.amazonaws.com.cn',
      'user-agent': 'Mozilla/5.0',
      'x-amzn-trace-id': 'Root=1-65f0a1b2-0123456789abcdef01234567',
      'x-forwarded-for': '203.0.113.7',
      'x-forwarded-port': '443',
      'x-forwarded-proto': 'https',
    },
    queryStringParameters: { year: '2026', departmentId: 'edu' },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.cn-north-1.amazonaws.com.cn',
      domainPrefix: 'abc123',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'Mozilla/5.0' },
      requestId: 'JzVsriQMoAMEV5g=',
      routeKey: '$default',
      stage,
      time: '01/Mar/2026:08:00:00 +0000',
      timeEpoch: 1772352000000,
    },
    isBase64Encoded: false,
    ...rest,
  };
};

/** What Lambda passes as the second argument (the fields hono/aws-lambda and Powertools read). */
const lambdaContext = { awsRequestId: 'c0ffee00-0000-4000-8000-000000000001', functionName: 'jixiao-api' } as Context;

/**
 * The Lambda path of the API without the routes: httpApiHandler (hono/aws-lambda) in front of a Hono app whose
 * handler records the ApiRequest it is given and answers what the test asks for.
 */
const lambda = (answer: (request: ApiRequest) => ApiResponse = (request) => json(200, { seen: request.path })) => {
  const seen: ApiRequest[] = [];
  const record = async (request: ApiRequest): Promise<ApiResponse> => {
    seen.push(request);
    return answer(request);
  };
  const handler = httpApiHandler(handlerApp(record, { logger: silentLogger }));
  const invoke = async (e: APIGatewayProxyEventV2) => (await handler(e, lambdaContext)) as APIGatewayProxyStructuredResultV2;
  return { seen, invoke };
};

describe('an API Gateway HTTP API event through hono/aws-lambda', () => {
  it('maps method, path, headers, query and request id', async () => {
    const { seen, invoke } = lambda();
    await invoke(event());
    expect(seen[0]).toEqual({
      method: 'GET',
      path: '/v1/projects',
      headers: expect.objectContaining({ authorization: 'Bearer abc.def.ghi', host: 'abc123.execute-api.cn-north-1.amazonaws.com.cn' }),
      query: { year: '2026', departmentId: 'edu' },
      body: undefined,
      requestId: 'JzVsriQMoAMEV5g=',
    });
  });

  it('strips a named stage from the path but not a look-alike segment', async () => {
    const { seen, invoke } = lambda();
    await invoke(event({ stage: 'prod', rawPath: '/prod/v1/me' }));
    await invoke(event({ stage: 'prod', rawPath: '/prod' }));
    await invoke(event({ stage: 'prod', rawPath: '/production/v1/me' }));
    await invoke(event({ stage: '$default', rawPath: '/v1/me' }));
    expect(seen.map((request) => request.path)).toEqual(['/v1/me', '/', '/production/v1/me', '/v1/me']);
  });

  it('decodes a base64 body to UTF-8 text', async () => {
    const { seen, invoke } = lambda();
    const text = JSON.stringify({ projectName: '学校改造' });
    await invoke(event({ method: 'POST', body: Buffer.from(text, 'utf8').toString('base64'), isBase64Encoded: true, headers: { 'content-type': 'application/json' } }));
    expect(seen[0]?.body).toBe(text);
    expect(seen[0]?.method).toBe('POST');
  });

  it('keeps a plain body and lower-cases header names', async () => {
    const { seen, invoke } = lambda();
    await invoke(event({ method: 'PUT', body: '{"a":1}', headers: { 'Content-Type': 'application/json', 'If-Match': '"3"' } }));
    expect(seen[0]?.body).toBe('{"a":1}');
    expect(seen[0]?.headers).toMatchObject({ 'content-type': 'application/json', 'if-match': '"3"' });
    expect(Object.keys(seen[0]?.headers ?? {}).every((name) => name === name.toLowerCase())).toBe(true);
  });

  it('gives an empty query when the event has none', async () => {
    const { seen, invoke } = lambda();
    const { queryStringParameters: _omit, ...withoutQuery } = event({ rawQueryString: '' });
    await invoke(withoutQuery as APIGatewayProxyEventV2);
    expect(seen[0]?.query).toEqual({});
  });

  it('joins a repeated query name with commas, as API Gateway does', async () => {
    const { seen, invoke } = lambda();
    await invoke(event({ rawQueryString: 'tag=a&tag=b&q=%E5%AD%A6%E6%A0%A1' }));
    expect(seen[0]?.query).toEqual({ tag: 'a,b', q: '学校' });
  });
});

describe('the Lambda result', () => {
  it('passes text through', async () => {
    const { invoke } = lambda(() => ({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' }));
    expect(await invoke(event())).toMatchObject({
      statusCode: 200,
      headers: expect.objectContaining({ 'content-type': 'application/json' }),
      body: '{"ok":true}',
      isBase64Encoded: false,
    });
  });

  it('base64-encodes bytes, respecting the view offset', async () => {
    const backing = new Uint8Array([0xff, 0x50, 0x4b, 0x03, 0x04, 0xff]);
    const zipMagic = backing.subarray(1, 5);
    const { invoke } = lambda(() => ({ status: 200, headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, body: zipMagic }));
    const result = await invoke(event());
    expect(result.isBase64Encoded).toBe(true);
    expect([...Buffer.from(result.body ?? '', 'base64')]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('keeps problem+json as text', async () => {
    const { invoke } = lambda(() => ({ status: 404, headers: { 'content-type': 'application/problem+json; charset=utf-8' }, body: '{"code":"request.notFound"}' }));
    expect(await invoke(event())).toMatchObject({ statusCode: 404, isBase64Encoded: false, body: '{"code":"request.notFound"}' });
  });
});
