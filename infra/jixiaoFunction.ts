import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** The repository root: entries, tsconfig.json and package-lock.json are found from here. */
export const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The ESM bundle has no `require`; CommonJS dependencies bundled into it (e.g. ExcelJS's) still call it
 * for Node.js built-ins, so one is made from the module's own URL.
 */
const esmRequireBanner = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

export interface JixiaoFunctionProps {
  /** The handler module, relative to the repository root; it exports `handler`. */
  entry: string;
  /** The Powertools service name: the `service` of every log line and metric, e.g. "jixiao-api". */
  service: string;
  /** @default "INFO": the Powertools Logger's level (DEBUG, INFO, WARN, ERROR). */
  logLevel?: string;
  description?: string;
  environment?: Record<string, string>;
  /** @default 1024 MB: rendering a consolidated workbook with ExcelJS is memory-bound. */
  memorySize?: number;
  /** @default 29 s: an HTTP API integration times out at 30 s, so the function stops first. */
  timeout?: Duration;
}

/**
 * NODE_OPTIONS for a memory size: source maps for stack traces, and V8's old space capped at 60% of
 * the function's memory, so the heap is collected before Lambda's limit is reached and an overrun is
 * a "heap out of memory" error with a stack rather than a killed process. The rest is left to
 * buffers, the code and the runtime (the export benchmark peaked at 265 MB RSS with a 128 MB heap).
 */
export const nodeOptions = (memorySize: number): string => `--enable-source-maps --max-old-space-size=${Math.floor(memorySize * 0.6)}`;

/** Where the Powertools metrics of every function go (functions/observability/appMetrics.ts). */
export const metricsNamespace = 'Jixiao';

/**
 * A Lambda function with the organisation's defaults (STYLE.md, "From Powertools"): Node.js 22 on
 * arm64, bundled locally by esbuild as minified ESM with source maps and with the AWS SDK (so the SDK
 * the tests ran is the SDK that runs, not the runtime's), a heap sized to its memory, active
 * tracing, the Powertools settings (service, log level, metrics namespace), its own log group kept
 * one year, and a role that may write only to that log group.
 *
 * @example
 * const api = new JixiaoFunction(this, 'Api', {
 *   entry: 'functions/lambda/api.ts', service: 'jixiao-api', environment: { TABLE_NAME: table.tableName },
 * });
 */
export class JixiaoFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: JixiaoFunctionProps) {
    // Audit: China's Cybersecurity Law (网络安全法, art. 21) asks for network logs to be kept at least
    // six months; a year covers a whole budget cycle. RETAIN: logs outlive a torn-down stack.
    const memorySize = props.memorySize ?? 1024;
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Our own role instead of the AWS managed AWSLambdaBasicExecutionRole, whose logs:* grant
    // covers every log group in the account.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Jixiao ${id} function`,
    });
    logGroup.grantWrite(role);

    super(scope, id, {
      entry: join(repositoryRoot, props.entry),
      handler: 'handler',
      projectRoot: repositoryRoot,
      depsLockFilePath: join(repositoryRoot, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize,
      timeout: props.timeout ?? Duration.seconds(29),
      tracing: Tracing.ACTIVE,
      logGroup,
      role,
      ...(props.description === undefined ? {} : { description: props.description }),
      environment: {
        NODE_OPTIONS: nodeOptions(memorySize),
        POWERTOOLS_SERVICE_NAME: props.service,
        POWERTOOLS_METRICS_NAMESPACE: metricsNamespace,
        LOG_LEVEL: props.logLevel ?? 'INFO',
        ...props.environment,
      },
      bundling: {
        // Never Docker: esbuild from node_modules bundles at synth, offline.
        forceDockerBundling: false,
        tsconfig: join(repositoryRoot, 'tsconfig.json'),
        format: OutputFormat.ESM,
        mainFields: ['module', 'main'],
        banner: esmRequireBanner,
        minify: true,
        sourceMap: true,
        sourceMapMode: SourceMapMode.EXTERNAL,
        // Stack traces need file and line numbers, not the sources themselves.
        sourcesContent: false,
        // The SDK in package-lock.json, not the one the Node.js 22 runtime happens to ship.
        bundleAwsSDK: true,
      },
    });

    // X-Ray's PutTraceSegments and PutTelemetryRecords take no resource-level permissions.
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support only Resource "*".',
    });
  }
}
