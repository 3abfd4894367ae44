import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { fromApiGatewayEvent } from '../../../../functions/http/fromApiGatewayEvent';
import { toApiGatewayResult } from '../../../../functions/http/toApiGatewayResult';

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

describe('fromApiGatewayEvent', () => {
  it('maps method, path, headers, query and request id', () => {
    expect(fromApiGatewayEvent(event())).toEqual({
      method: 'GET',
      path: '/v1/projects',
      headers: expect.objectContaining({ authorization: 'Bearer abc.def.ghi', host: 'abc123.execute-api.cn-north-1.amazonaws.com.cn' }),
      query: { year: '2026', departmentId: 'edu' },
      body: undefined,
      requestId: 'JzVsriQMoAMEV5g=',
    });
  });

  it('strips a named stage from the path but not a look-alike segment', () => {
    expect(fromApiGatewayEvent(event({ stage: 'prod', rawPath: '/prod/v1/me' })).path).toBe('/v1/me');
    expect(fromApiGatewayEvent(event({ stage: 'prod', rawPath: '/prod' })).path).toBe('/');
    expect(fromApiGatewayEvent(event({ stage: 'prod', rawPath: '/production/v1/me' })).path).toBe('/production/v1/me');
    expect(fromApiGatewayEvent(event({ stage: '$default', rawPath: '/v1/me' })).path).toBe('/v1/me');
  });

  it('decodes a base64 body to UTF-8 text', () => {
    const text = JSON.stringify({ projectName: '学校改造' });
    const request = fromApiGatewayEvent(
      event({ method: 'POST', body: Buffer.from(text, 'utf8').toString('base64'), isBase64Encoded: true, headers: { 'content-type': 'application/json' } }),
    );
    expect(request.body).toBe(text);
    expect(request.method).toBe('POST');
  });

  it('keeps a plain body and lower-cases header names', () => {
    const request = fromApiGatewayEvent(event({ method: 'PUT', body: '{"a":1}', headers: { 'Content-Type': 'application/json', 'If-Match': '"3"' } }));
    expect(request.body).toBe('{"a":1}');
    expect(request.headers).toEqual({ 'content-type': 'application/json', 'if-match': '"3"' });
  });

  it('gives an empty query when the event has none', () => {
    const { queryStringParameters: _omit, ...withoutQuery } = event({ rawQueryString: '' });
    expect(fromApiGatewayEvent(withoutQuery as APIGatewayProxyEventV2).query).toEqual({});
  });
});

describe('toApiGatewayResult', () => {
  it('passes text through', () => {
    expect(toApiGatewayResult({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' })).toEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"ok":true}',
      isBase64Encoded: false,
    });
  });

  it('base64-encodes bytes, respecting the view offset', () => {
    const backing = new Uint8Array([0xff, 0x50, 0x4b, 0x03, 0x04, 0xff]);
    const zipMagic = backing.subarray(1, 5);
    const result = toApiGatewayResult({ status: 200, headers: {}, body: zipMagic });
    expect(result.isBase64Encoded).toBe(true);
    expect([...Buffer.from(result.body ?? '', 'base64')]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});
