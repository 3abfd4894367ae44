import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexKeys, tableKeys } from '../../../functions/store/tableDefinition';
import { placeholderIdentity } from '../../../infra/readSettings';
import { productionContext, type SynthesizedJixiao, synthJixiao } from './synthJixiao';

// Synthesis loads most of aws-cdk-lib: each template is built once and shared by the tests below.
let production: SynthesizedJixiao;
let development: SynthesizedJixiao;
beforeAll(() => {
  production = synthJixiao(productionContext);
  development = synthJixiao();
}, 120_000);

const onlyResource = (synthesized: SynthesizedJixiao, type: string): { Properties: Record<string, unknown> } & Record<string, unknown> => {
  const found = Object.values(synthesized.template.findResources(type));
  expect(found).toHaveLength(1);
  return found[0] as { Properties: Record<string, unknown> };
};

const logicalIdOf = (synthesized: SynthesizedJixiao, type: string): string => {
  const ids = Object.keys(synthesized.template.findResources(type));
  expect(ids).toHaveLength(1);
  return ids[0] as string;
};

type Resource = { Properties: Record<string, unknown> } & Record<string, unknown>;
type Statement = { Action: string | string[]; Resource: unknown };

/** The one function whose description starts with `description` (the API's or the export worker's). */
const functionNamed = (synthesized: SynthesizedJixiao, description: string): Resource => {
  const found = Object.values(synthesized.template.findResources('AWS::Lambda::Function')).filter((fn) =>
    String((fn as Resource).Properties.Description).startsWith(description),
  );
  expect(found).toHaveLength(1);
  return found[0] as Resource;
};

/** The statements of the policies attached to a function's role. */
const statementsOf = (synthesized: SynthesizedJixiao, fn: Resource): Statement[] => {
  const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  const policies = Object.values(synthesized.template.findResources('AWS::IAM::Policy')).filter((policy) =>
    ((policy as Resource).Properties.Roles as { Ref: string }[]).some((role) => role.Ref === roleId),
  );
  expect(policies).toHaveLength(1);
  return ((policies[0] as Resource).Properties.PolicyDocument as { Statement: Statement[] }).Statement;
};

const actionsOf = (statements: Statement[]): string[] => statements.flatMap((statement) => [statement.Action].flat());

describe('the table', () => {
  it('has the key schema and the three indexes of functions/store/tableDefinition.ts', () => {
    const attributeNames = [tableKeys.partitionKey, tableKeys.sortKey, ...tableKeys.indexes.flatMap((index) => Object.values(indexKeys(index)))];
    production.template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: tableKeys.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableKeys.sortKey, KeyType: 'RANGE' },
      ],
      AttributeDefinitions: Match.arrayEquals(attributeNames.map((name) => ({ AttributeName: name, AttributeType: 'S' }))),
      GlobalSecondaryIndexes: tableKeys.indexes.map((index) => ({
        IndexName: index,
        KeySchema: [
          { AttributeName: indexKeys(index).partitionKey, KeyType: 'HASH' },
          { AttributeName: indexKeys(index).sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
      TimeToLiveSpecification: { AttributeName: tableKeys.timeToLive, Enabled: true },
    });
  });

  it('is on-demand, encrypted, recoverable, protected from deletion and retained', () => {
    const table = onlyResource(production, 'AWS::DynamoDB::Table');
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      SSESpecification: { SSEEnabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
    });
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
  });
});

describe('the API function', () => {
  it('runs Node.js 22 on arm64 with tracing, source maps, a heap of 60% of its memory and a 29 s timeout', () => {
    expect(functionNamed(production, 'Jixiao HTTP API').Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      TracingConfig: { Mode: 'Active' },
      Timeout: 29,
      MemorySize: 1024,
      Environment: { Variables: expect.objectContaining({ NODE_OPTIONS: '--enable-source-maps --max-old-space-size=614' }) },
    });
  });

  it('receives the settings functions/config.ts reads', () => {
    const fn = functionNamed(production, 'Jixiao HTTP API');
    const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(variables).toEqual({
      NODE_OPTIONS: '--enable-source-maps --max-old-space-size=614',
      POWERTOOLS_SERVICE_NAME: 'jixiao-api',
      POWERTOOLS_METRICS_NAMESPACE: 'Jixiao',
      LOG_LEVEL: 'INFO',
      TABLE_NAME: { Ref: logicalIdOf(production, 'AWS::DynamoDB::Table') },
      EXPORT_BUCKET: { Ref: logicalIdOf(production, 'AWS::S3::Bucket') },
      JWT_ISSUER: productionContext.issuer,
      JWT_AUDIENCE: productionContext.audience,
      JWKS_URL: productionContext.jwksUrl,
      ALLOWED_ORIGINS: 'https://addin.czj.nantong.gov.cn,https://addin-backup.czj.nantong.gov.cn',
      CLAIM_ROLES: 'roles',
    });
  });

  it('logs to its own log group, kept one year and retained (as the export worker does)', () => {
    for (const fn of [functionNamed(production, 'Jixiao HTTP API'), functionNamed(production, 'Jixiao export worker')]) {
      const logGroupId = ((fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup).Ref;
      const logGroup = production.template.toJSON().Resources[logGroupId];
      expect(logGroup).toMatchObject({ Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 365 }, DeletionPolicy: 'Retain' });
    }
  });

  it('is granted item access to the table and read access to exports (to sign links), and nothing broader', () => {
    const statements = statementsOf(production, functionNamed(production, 'Jixiao HTTP API'));
    const actions = actionsOf(statements);
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:ConditionCheckItem', 's3:GetObject']));
    // The worker writes the files; the API only signs links to them.
    expect(actions).not.toContain('s3:PutObject');
    expect(actions).not.toContain('dynamodb:Scan');
    // No wildcard actions, no table management (CreateTable, UpdateTable, DeleteTable…).
    expect(actions.filter((action) => action.includes('*') || /Table$/.test(action))).toEqual([]);
    // Only X-Ray, which has no resource-level permissions, is granted on every resource.
    const onEverything = statements.filter((statement) => statement.Resource === '*').flatMap((statement) => [statement.Action].flat());
    expect(onEverything.every((action) => action.startsWith('xray:'))).toBe(true);
    // No AWS managed policy (AWSLambdaBasicExecutionRole would allow writing to every log group).
    for (const role of Object.values(production.template.findResources('AWS::IAM::Role'))) {
      expect((role as Resource).Properties.ManagedPolicyArns).toBeUndefined();
    }
  });
});

describe('the export worker', () => {
  it('runs Node.js 22 on arm64 for up to 15 minutes with 1.5 GB, its heap capped at 60%', () => {
    const fn = functionNamed(production, 'Jixiao export worker');
    expect(fn.Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      TracingConfig: { Mode: 'Active' },
      Timeout: 900,
      MemorySize: 1536,
    });
    expect((fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables).toEqual({
      NODE_OPTIONS: '--enable-source-maps --max-old-space-size=921',
      POWERTOOLS_SERVICE_NAME: 'jixiao-export-worker',
      POWERTOOLS_METRICS_NAMESPACE: 'Jixiao',
      LOG_LEVEL: 'INFO',
      TABLE_NAME: { Ref: logicalIdOf(production, 'AWS::DynamoDB::Table') },
      EXPORT_BUCKET: { Ref: logicalIdOf(production, 'AWS::S3::Bucket') },
    });
  });

  it('is started by the table\'s stream (new images) for new export job items only, one at a time, retried twice', () => {
    const tableId = logicalIdOf(production, 'AWS::DynamoDB::Table');
    production.template.hasResourceProperties('AWS::DynamoDB::Table', { StreamSpecification: { StreamViewType: 'NEW_IMAGE' } });
    const mapping = onlyResource(production, 'AWS::Lambda::EventSourceMapping');
    expect(mapping.Properties).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [tableId, 'StreamArn'] },
      StartingPosition: 'LATEST',
      BatchSize: 1,
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [logicalIdOf(production, 'AWS::SQS::Queue'), 'Arn'] } } },
    });
    const fnId = Object.entries(production.template.findResources('AWS::Lambda::Function')).find(([, fn]) =>
      String((fn as Resource).Properties.Description).startsWith('Jixiao export worker'),
    )?.[0];
    expect(mapping.Properties.FunctionName).toEqual({ Ref: fnId });
    const filters = (mapping.Properties.FilterCriteria as { Filters: { Pattern: string }[] }).Filters;
    expect(filters.map((filter) => JSON.parse(filter.Pattern))).toEqual([
      { eventName: ['INSERT'], dynamodb: { NewImage: { PK: { S: [{ prefix: 'EXPORT#' }] }, SK: { S: ['JOB'] } } } },
    ]);
  });

  it('may read the stream, read and update items, and write (not read) export objects; nothing broader', () => {
    const statements = statementsOf(production, functionNamed(production, 'Jixiao export worker'));
    const actions = actionsOf(statements);
    expect(actions).toEqual(
      expect.arrayContaining(['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:Query', 'dynamodb:UpdateItem', 's3:PutObject', 'sqs:SendMessage']),
    );
    for (const action of ['dynamodb:PutItem', 'dynamodb:DeleteItem', 'dynamodb:Scan', 's3:GetObject']) expect(actions).not.toContain(action);
    expect(actions.filter((action) => action.includes('*') || /Table$/.test(action))).toEqual([]);
    const onEverything = actionsOf(statements.filter((statement) => statement.Resource === '*'));
    expect(onEverything.every((action) => action.startsWith('xray:') || action === 'dynamodb:ListStreams')).toBe(true);
  });

  it('sends records it gave up on to an encrypted, TLS-only queue', () => {
    production.template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
    production.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });
});

describe('the HTTP API', () => {
  it('has a JWT authorizer configured from context', () => {
    production.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Issuer: productionContext.issuer, Audience: [productionContext.audience] },
    });
    development.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      JwtConfiguration: { Issuer: placeholderIdentity.issuer, Audience: [placeholderIdentity.audience] },
    });
  });

  it('routes /v1/{proxy+} behind the authorizer, leaving CORS preflights to API Gateway', () => {
    const authorizerId = logicalIdOf(production, 'AWS::ApiGatewayV2::Authorizer');
    const routes = Object.values(production.template.findResources('AWS::ApiGatewayV2::Route')) as { Properties: Record<string, unknown> }[];
    expect(routes.map((route) => route.Properties.RouteKey).sort()).toEqual(
      ['DELETE', 'GET', 'PATCH', 'POST', 'PUT'].map((method) => `${method} /v1/{proxy+}`),
    );
    for (const route of routes) {
      expect(route.Properties).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } });
    }
  });

  it('allows CORS from the add-in origins only, with the headers the API uses', () => {
    production.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: {
        AllowOrigins: ['https://addin.czj.nantong.gov.cn', 'https://addin-backup.czj.nantong.gov.cn'],
        AllowHeaders: Match.arrayWith(['authorization', 'if-match', 'idempotency-key']),
        ExposeHeaders: Match.arrayWith(['etag']),
      },
    });
  });

  it('logs access to a log group and throttles the default stage', () => {
    const accessLogs = Object.keys(production.template.findResources('AWS::Logs::LogGroup'));
    const stage = onlyResource(production, 'AWS::ApiGatewayV2::Stage');
    expect(stage.Properties).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 200, ThrottlingBurstLimit: 400 },
    });
    const settings = stage.Properties.AccessLogSettings as { DestinationArn: { 'Fn::GetAtt': [string, string] }; Format: string };
    expect(accessLogs).toContain(settings.DestinationArn['Fn::GetAtt'][0]);
    expect(JSON.parse(settings.Format)).toMatchObject({ requestId: '$context.requestId', subject: '$context.authorizer.claims.sub' });
  });
});

describe('the export bucket', () => {
  it('is private, encrypted, TLS-only, and expires exports', () => {
    production.template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ ExpirationInDays: 7, Status: 'Enabled' })]) },
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedMethods: ['GET'], AllowedOrigins: ['https://addin.czj.nantong.gov.cn', 'https://addin-backup.czj.nantong.gov.cn'] })] },
    });
    production.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});

describe('the alarms', () => {
  const alarmNames = ['api-5xx', 'export-failures-queued', 'export-worker-errors', 'function-errors', 'function-throttles', 'table-throttles'];

  it('watch API 5xx, function errors and throttles, export worker errors and abandoned jobs, and table throttles', () => {
    for (const [synthesized, stage] of [[production, 'prod'], [development, 'dev']] as const) {
      const alarms = Object.values(synthesized.template.findResources('AWS::CloudWatch::Alarm')) as { Properties: Record<string, unknown> }[];
      expect(alarms.map((alarm) => alarm.Properties.AlarmName).sort()).toEqual(alarmNames.map((name) => `jixiao-${stage}-${name}`));
    }
    production.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'jixiao-prod-api-5xx',
      MetricName: '5xx',
      Namespace: 'AWS/ApiGateway',
    });
    production.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'jixiao-prod-export-worker-errors',
      MetricName: 'Errors',
      Namespace: 'AWS/Lambda',
      Threshold: 1,
    });
    production.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'jixiao-prod-export-failures-queued',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Namespace: 'AWS/SQS',
    });
  });

  it('email an encrypted SNS topic when alarmEmail is set, and create no topic otherwise', () => {
    const topicId = logicalIdOf(production, 'AWS::SNS::Topic');
    production.template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    production.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: productionContext.alarmEmail });
    for (const alarm of Object.values(production.template.findResources('AWS::CloudWatch::Alarm'))) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
    }
    development.template.resourceCountIs('AWS::SNS::Topic', 0);
    for (const alarm of Object.values(development.template.findResources('AWS::CloudWatch::Alarm'))) {
      expect(alarm.Properties.AlarmActions).toBeUndefined();
    }
  });
});

describe('the stack', () => {
  it('outputs the API URL, the table name and the bucket name, and the add-in\'s config and build command (external hosting)', () => {
    const outputs = production.template.findOutputs('*');
    expect(Object.keys(outputs).sort()).toEqual(['AddinBuildCommand', 'AddinConfig', 'ApiUrl', 'ExportBucketName', 'TableName']);
  });

  it('never hard-codes the aws partition: a cn-northwest-1 template names aws-cn', () => {
    const text = JSON.stringify(production.template.toJSON());
    expect(text).not.toContain('arn:aws:');
    expect(text).toContain('arn:aws-cn:');
    expect(JSON.stringify(development.template.toJSON())).not.toContain('arn:aws:');
  });

  it('warns at synth when it runs on the placeholder identity provider', () => {
    const placeholderWarning = Match.stringLikeRegexp('Placeholder identity provider');
    Annotations.fromStack(development.stack).hasWarning('/Jixiao-dev', placeholderWarning);
    Annotations.fromStack(production.stack).hasNoWarning('*', placeholderWarning);
  }, 60_000);

  it('is named after the stage and protected from termination outside dev', () => {
    expect(production.stack.stackName).toBe('jixiao-prod');
    expect(production.stack.terminationProtection).toBe(true);
    expect(development.stack.stackName).toBe('jixiao-dev');
    expect(development.stack.terminationProtection).toBe(false);
  });

  it('passes the cdk-nag AWS Solutions checks, every exception acknowledged with a reason', () => {
    for (const synthesized of [production, development]) {
      const report = new AwsSolutionsChecks(synthesized.app).validateScope(synthesized.stack);
      expect(report.violations).toEqual([]);
      expect(report.success).toBe(true);
    }
  });

  it('would fail cdk-nag on a resource without the organisation defaults (the check is live)', async () => {
    const { Bucket } = await import('aws-cdk-lib/aws-s3');
    const probe = synthJixiao();
    new Bucket(probe.stack, 'Unprotected');
    const report = new AwsSolutionsChecks(probe.app).validateScope(probe.stack);
    expect(report.violations.map((violation) => violation.ruleName)).toEqual(expect.arrayContaining(['AwsSolutions-S1', 'AwsSolutions-S10']));
  }, 120_000);
});
