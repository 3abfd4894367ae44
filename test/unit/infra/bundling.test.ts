import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../../infra/jixiaoFunction';
import { defaultApiEntry } from '../../../infra/jixiaoStack';
import { synthJixiao } from './synthJixiao';

// Inside the repository (node_modules/.cache, ignored by git) so that the bundle's external
// @aws-sdk/* imports resolve from node_modules, as they do from the Lambda runtime.
const cacheDir = join(repositoryRoot, 'node_modules', '.cache');
mkdirSync(cacheDir, { recursive: true });
const outdir = mkdtempSync(join(cacheDir, 'jixiao-infra-bundling-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** A request without a token, as API Gateway hands it to the function (payload format 2.0). */
const unauthenticatedEvent = {
  version: '2.0',
  routeKey: 'GET /v1/{proxy+}',
  rawPath: '/v1/me',
  rawQueryString: '',
  headers: { origin: 'https://localhost:3001' },
  requestContext: {
    accountId: '123456789012',
    apiId: 'api',
    domainName: 'api.example',
    domainPrefix: 'api',
    http: { method: 'GET', path: '/v1/me', protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
    requestId: 'bundling-test',
    routeKey: 'GET /v1/{proxy+}',
    stage: '$default',
    time: '26/Nov/2026:00:00:00 +0000',
    timeEpoch: 0,
  },
  isBase64Encoded: false,
};

describe('bundling the API function', () => {
  it('bundles functions/lambda/api.ts at synth with the local esbuild, into an ESM handler that runs', () => {
    expect(existsSync(join(repositoryRoot, defaultApiEntry)), `${defaultApiEntry} must exist`).toBe(true);
    synthJixiao({}, { outdir, bundle: true });

    const assets = readdirSync(outdir).filter((name) => name.startsWith('asset.') && existsSync(join(outdir, name, 'index.mjs')));
    expect(assets).toHaveLength(1);
    const bundleDir = join(outdir, assets[0] as string);
    const code = readFileSync(join(bundleDir, 'index.mjs'), 'utf8');

    expect(code.startsWith("import { createRequire } from 'node:module';")).toBe(true);
    // The AWS SDK stays external (the runtime provides it); the bundle imports it.
    expect(code).toMatch(/from\s*"@aws-sdk\/client-dynamodb"/);
    expect(code).not.toContain('node_modules/@aws-sdk/client-dynamodb');
    const sourceMap = JSON.parse(readFileSync(join(bundleDir, 'index.mjs.map'), 'utf8')) as { sources: string[]; sourcesContent?: unknown };
    expect(sourceMap.sources.some((source) => source.endsWith('functions/lambda/api.ts'))).toBe(true);
    expect(sourceMap.sourcesContent).toBeUndefined();

    // Load and call it in a plain Node.js process, as Lambda does: a request without a token is
    // answered 401 with a problem+json body (docs/api.md).
    const script = `
      const { handler } = await import(${JSON.stringify(pathToFileURL(join(bundleDir, 'index.mjs')).href)});
      const result = await handler(${JSON.stringify(unauthenticatedEvent)});
      process.stdout.write('\\n' + JSON.stringify(result));`;
    const output = execFileSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        TABLE_NAME: 'jixiao-test',
        JWT_ISSUER: 'https://login.example.invalid/tenant/v2.0',
        JWT_AUDIENCE: 'api://jixiao-test',
        AWS_REGION: 'cn-north-1',
      },
    });
    const result = JSON.parse(output.trim().split('\n').at(-1) as string) as { statusCode: number; headers: Record<string, string> };
    expect(result.statusCode).toBe(401);
    expect(result.headers['content-type']).toMatch(/^application\/problem\+json/);
  }, 240_000);
});
