import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../../infra/jixiaoFunction';
import { defaultExportWorkerEntry } from '../../../infra/exportWorker';
import { defaultApiEntry } from '../../../infra/jixiaoStack';
import { synthJixiao } from './synthJixiao';

// Inside the repository (node_modules/.cache, ignored by git), next to the sources the bundles map to.
const cacheDir = join(repositoryRoot, 'node_modules', '.cache');
mkdirSync(cacheDir, { recursive: true });
const outdir = mkdtempSync(join(cacheDir, 'jixiao-infra-bundling-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));
/** Set by the first test, which bundles both functions. */
let workerBundleDir: string | undefined;

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

/** The fields of Lambda's invocation context the handlers read (the logger's request id and function). */
const lambdaContext = { awsRequestId: 'bundling-test', functionName: 'jixiao', functionVersion: '$LATEST', memoryLimitInMB: '1024', invokedFunctionArn: 'arn:aws-cn:lambda:cn-north-1:123456789012:function:jixiao' };

describe('bundling the API function', () => {
  it('bundles functions/lambda/api.ts at synth with the local esbuild, into an ESM handler that runs', () => {
    expect(existsSync(join(repositoryRoot, defaultApiEntry)), `${defaultApiEntry} must exist`).toBe(true);
    synthJixiao({}, { outdir, bundle: true });

    const assets = readdirSync(outdir).filter((name) => name.startsWith('asset.') && existsSync(join(outdir, name, 'index.mjs')));
    expect(assets).toHaveLength(2);
    // Each bundle is told apart by the entry its source map names.
    const bundleOf = (entry: string): string => {
      const found = assets.filter((asset) =>
        (JSON.parse(readFileSync(join(outdir, asset, 'index.mjs.map'), 'utf8')) as { sources: string[] }).sources.some((source) => source.endsWith(entry)),
      );
      expect(found, entry).toHaveLength(1);
      return join(outdir, found[0] as string);
    };
    const bundleDir = bundleOf(defaultApiEntry);
    workerBundleDir = bundleOf(defaultExportWorkerEntry);
    const code = readFileSync(join(bundleDir, 'index.mjs'), 'utf8');

    expect(code.startsWith("import { createRequire } from 'node:module';")).toBe(true);
    // The AWS SDK is bundled (bundleAwsSDK): the version in package-lock.json runs, not the runtime's.
    expect(code).not.toMatch(/from\s*"@aws-sdk\//);
    const sourceMap = JSON.parse(readFileSync(join(bundleDir, 'index.mjs.map'), 'utf8')) as { sources: string[]; sourcesContent?: unknown };
    expect(sourceMap.sources.some((source) => source.includes('@aws-sdk/client-dynamodb/dist-'))).toBe(true);
    expect(sourceMap.sources.some((source) => source.endsWith('functions/lambda/api.ts'))).toBe(true);
    expect(sourceMap.sourcesContent).toBeUndefined();

    // Load and call it in a plain Node.js process, as Lambda does: a request without a token is
    // answered 401 with a problem+json body (docs/api.md).
    const script = `
      const { handler } = await import(${JSON.stringify(pathToFileURL(join(bundleDir, 'index.mjs')).href)});
      const result = await handler(${JSON.stringify(unauthenticatedEvent)}, ${JSON.stringify(lambdaContext)});
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

    // The add-in is built at synth as well: a production build, so no source map is ever uploaded.
    const addin = readdirSync(outdir).filter((name) => name.startsWith('asset.') && existsSync(join(outdir, name, 'taskpane.html')));
    expect(addin).toHaveLength(1);
    const files = readdirSync(join(outdir, addin[0] as string), { recursive: true }).map(String);
    expect(files).toEqual(expect.arrayContaining(['taskpane.js', 'commands.js', 'offline.js', 'officeJsWatch.js', 'help.html', 'assets/icon-80.png']));
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    // manifest.xml and config.json come from the deployment, which knows the domain and the API.
    expect(files).not.toContain('manifest.xml');
    expect(files).not.toContain('config.json');
  }, 240_000);

  it('bundles functions/lambda/exportWorker.ts into an ESM handler that loads and skips stream records that are not new jobs', () => {
    expect(workerBundleDir, 'the first test bundles the worker').toBeDefined();
    const bundle = join(workerBundleDir as string, 'index.mjs');
    const modified = { eventName: 'MODIFY', dynamodb: { NewImage: { PK: { S: 'EXPORT#3b0e8f7c-5d1a-4c2e-9f6b-2a7d4e1c9b80' }, SK: { S: 'JOB' } } } };
    const script = `
      const { handler } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
      const result = await handler({ Records: [${JSON.stringify(modified)}] }, ${JSON.stringify(lambdaContext)});
      process.stdout.write('\\n' + JSON.stringify({ result: result ?? null }));`;
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
    // No network is touched: the record is not an inserted job, so no job is read.
    const ok = run({ TABLE_NAME: 'jixiao-test', EXPORT_BUCKET: 'jixiao-test-exports', AWS_REGION: 'cn-north-1' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout.trim().split('\n').at(-1) as string)).toEqual({ result: null });
    // Without its settings it stops at the cold start, naming them.
    const missing = run({ AWS_REGION: 'cn-north-1' });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('TABLE_NAME and EXPORT_BUCKET');
  }, 60_000);
});
