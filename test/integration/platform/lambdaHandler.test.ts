import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalIssuer, type LocalIssuer } from '../../../functions/auth/localIssuer';
import { handlerApp } from '../../../functions/http/handlerApp';
import { silentLogger } from '../../../functions/http/logger';
import { serveNode, type RunningServer } from '../../../functions/http/serveNode';
import type { ApiHandler } from '../../../functions/http/types';
import { createLocalClient, ensureTable, startDynamoLocal, type DynamoLocal } from '../../../dev/dynamoLocal';
import { freePort } from '../../../dev/freePort';
import { demoUsers, seedDemoData } from '../../../dev/seed';
import { captureOutputJson } from '../../support/captureOutput';
import { accessTokenFor, testClient } from '../../support/signInThroughIssuer';

type LambdaHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** The invocation context Lambda passes, with its own request id per invocation. */
const lambdaContext = (): Context =>
  ({
    awsRequestId: `lambda-${Math.random().toString(36).slice(2)}`,
    functionName: 'jixiao-api',
    functionVersion: '$LATEST',
    memoryLimitInMB: '1024',
    invokedFunctionArn: 'arn:aws-cn:lambda:cn-northwest-1:123456789012:function:jixiao-api',
  }) as Context;

/** An HTTP API (payload 2.0) event on the named stage "prod", as API Gateway sends it. */
const event = (method: string, path: string, options: { token?: string; body?: string; base64?: boolean; contentType?: string } = {}): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: `/prod${path}`,
  rawQueryString: '',
  headers: {
    host: 'abc123.execute-api.cn-northwest-1.amazonaws.com.cn',
    ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
    ...(options.contentType === undefined ? {} : { 'content-type': options.contentType }),
  },
  requestContext: {
    accountId: '123456789012',
    apiId: 'abc123',
    domainName: 'abc123.execute-api.cn-northwest-1.amazonaws.com.cn',
    domainPrefix: 'abc123',
    http: { method, path: `/prod${path}`, protocol: 'HTTP/1.1', sourceIp: '198.51.100.4', userAgent: 'Excel' },
    requestId: `req-${Math.random().toString(36).slice(2)}`,
    routeKey: '$default',
    stage: 'prod',
    time: '01/Mar/2026:08:00:00 +0000',
    timeEpoch: 1772352000000,
  },
  isBase64Encoded: options.base64 ?? false,
  ...(options.body === undefined ? {} : { body: options.body }),
});

describe('functions/lambda/api handler', () => {
  let dynamoLocal: DynamoLocal;
  let idp: RunningServer;
  let issuer: LocalIssuer;
  let keyDir: string;
  let lambda: LambdaHandler;
  const handler = (e: APIGatewayProxyEventV2, context = lambdaContext()) => lambda(e, context);
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    dynamoLocal = await startDynamoLocal({ port: await freePort() });
    const dynamo = createLocalClient(dynamoLocal.endpoint);
    await ensureTable(dynamo, 'jixiao-lambda');
    await seedDemoData(dynamo, 'jixiao-lambda');
    dynamo.destroy();

    keyDir = await mkdtemp(join(tmpdir(), 'jixiao-lambda-keys-'));
    // The issuer URL contains the port, so listen first and plug the issuer in after.
    let current: ApiHandler = async () => ({ status: 503, headers: {}, body: '' });
    idp = await serveNode(handlerApp((request) => current(request), { logger: silentLogger }), { port: 0 });
    issuer = await createLocalIssuer({ issuerUrl: `${idp.url}/auth`, audience: 'api://jixiao', keyDir, users: demoUsers, clients: [testClient] });
    current = issuer.handler;

    // The environment the CDK stack gives the function, pointed at local stand-ins.
    Object.assign(process.env, {
      TABLE_NAME: 'jixiao-lambda',
      JWT_ISSUER: issuer.issuerUrl,
      JWT_AUDIENCE: 'api://jixiao',
      ALLOWED_ORIGINS: 'https://addin.example.cn',
      DYNAMODB_ENDPOINT: dynamoLocal.endpoint,
      AWS_REGION: 'cn-northwest-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      POWERTOOLS_SERVICE_NAME: 'jixiao-api',
      POWERTOOLS_METRICS_NAMESPACE: 'Jixiao/Test',
      LOG_LEVEL: 'INFO',
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    });
    ({ handler: lambda } = (await import('../../../functions/lambda/api')) as { handler: LambdaHandler });
  });

  afterAll(async () => {
    process.env = savedEnv;
    await idp.close();
    await dynamoLocal.stop();
    await rm(keyDir, { recursive: true, force: true });
  });

  it('answers /v1/me on a named stage with the principal from an OIDC token (discovery + JWKS over HTTP)', async () => {
    const token = await accessTokenFor(issuer.issuerUrl, 'reviewer-city');
    let result: APIGatewayProxyStructuredResultV2 = { statusCode: 0 };
    const lines = await captureOutputJson(async () => {
      result = await handler(event('GET', '/v1/me', { token }));
    });
    // The first invocation of this execution environment.
    expect(lines.find((line) => line['message'] === 'request')).toMatchObject({ cold_start: true, status: 200 });
    expect(result.statusCode).toBe(200);
    expect(result.isBase64Encoded).toBe(false);
    expect(JSON.parse(result.body ?? '')).toMatchObject({ principal: { subject: 'reviewer-city', roles: ['financeReviewer'], regionId: 'nantong' } });
  });

  it('answers 401 problem+json with a Bearer challenge without a token', async () => {
    const result = await handler(event('GET', '/v1/me'));
    expect(result.statusCode).toBe(401);
    expect(result.headers?.['content-type']).toMatch(/^application\/problem\+json/);
    expect(result.headers?.['www-authenticate']).toContain('Bearer');
  });

  it('decodes a base64 body and still answers 400, not 500, when it is not JSON', async () => {
    const result = await handler(
      event('POST', '/v1/target-sheets', { token: await accessTokenFor(issuer.issuerUrl, 'filer-edu'), body: Buffer.from('{"projectId":').toString('base64'), base64: true, contentType: 'application/json' }),
    );
    expect(result.statusCode).toBe(400);
    expect(JSON.parse(result.body ?? '')).toMatchObject({ code: 'request.malformedJson' });
  });

  it('adds CORS headers for the configured origin only', async () => {
    const preflight = await handler({
      ...event('OPTIONS', '/v1/me'),
      headers: { origin: 'https://addin.example.cn', 'access-control-request-method': 'GET' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers?.['access-control-allow-origin']).toBe('https://addin.example.cn');
  });

  it('logs each request as JSON with Lambda\'s request id, and counts a refused request as an EMF metric', async () => {
    const context = lambdaContext();
    const lines = await captureOutputJson(() => handler(event('GET', '/v1/me'), context));
    const access = lines.find((line) => line['message'] === 'request');
    expect(access).toMatchObject({ level: 'INFO', service: 'jixiao-api', function_request_id: context.awsRequestId, cold_start: false, status: 401, path: '/v1/me' });
    const emf = lines.find((line) => line['RejectedRequests'] === 1);
    expect(emf).toMatchObject({ code: 'auth.invalidToken', status: '401', service: 'jixiao-api' });
    expect(JSON.stringify(emf?.['_aws'])).toContain('Jixiao/Test');
  });
});
