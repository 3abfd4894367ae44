import { Annotations, Aws, CfnOutput, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import type { DeploymentConfig } from '../contract/addin/deploymentConfig';
import { AddinHosting } from './addinHosting';
import { externalHostingOutputs } from './externalHosting';
import { ExportBucket } from './exportBucket';
import { ExportWorker } from './exportWorker';
import { JixiaoAlarms } from './jixiaoAlarms';
import { JixiaoFunction } from './jixiaoFunction';
import { JixiaoHttpApi } from './jixiaoHttpApi';
import { JixiaoTable } from './jixiaoTable';
import type { JixiaoSettings } from './readSettings';

export interface JixiaoStackProps extends StackProps {
  settings: JixiaoSettings;
  /** The API handler module, relative to the repository root. */
  apiEntry?: string;
  /** The export worker module, relative to the repository root. */
  exportWorkerEntry?: string;
}

/** Where the Lambda entry point lives (functions/lambda/api.ts exports `handler`). */
export const defaultApiEntry = 'functions/lambda/api.ts';

/** Only the variables that are set: functions/config.ts applies its defaults to absent ones. */
const optionalEnvironment = (variables: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(variables).filter((entry): entry is [string, string] => entry[1] !== undefined));

/**
 * The whole backend (DESIGN.md "Cloud"): the table, the export bucket, the API function behind an
 * HTTP API with a JWT authorizer, the export worker started by the table's stream, and alarms. Partition-neutral: ARNs come from the constructs or
 * `Stack.partition`, so the same template deploys to aws and aws-cn.
 */
export class JixiaoStack extends Stack {
  readonly table: JixiaoTable;
  readonly exports: ExportBucket;
  readonly apiFunction: JixiaoFunction;
  readonly exportWorker: ExportWorker;
  readonly httpApi: JixiaoHttpApi;
  readonly alarms: JixiaoAlarms;
  /** Present when the stack hosts the add-in (`addinHosting=cloudfront`). */
  readonly addinHosting?: AddinHosting;

  constructor(scope: Construct, id: string, props: JixiaoStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const name = `jixiao-${settings.stage}`;

    // The pane's fetches, by region-wide names: the API and the export bucket name the distribution's
    // domain (CORS), so the distribution's CSP cannot name them back.
    const issuerOrigin = new URL(settings.issuer).origin;
    const connectOrigins = [`https://*.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}`, issuerOrigin, `https://*.s3.${Aws.REGION}.${Aws.URL_SUFFIX}`];
    if (settings.addin.hosting === 'cloudfront') {
      this.addinHosting = new AddinHosting(this, 'Addin', { settings: settings.addin, connectOrigins });
    }
    // The add-in's own origin is always allowed: CloudFront's, or the administrator's host.
    const addinOrigin = this.addinHosting?.origin ?? (settings.addin.domain === undefined ? undefined : `https://${settings.addin.domain}`);
    const allowedOrigins = [...new Set([...settings.allowedOrigins, ...(addinOrigin === undefined ? [] : [addinOrigin])])];

    this.table = new JixiaoTable(this, 'Data');
    const { table } = this.table;
    this.exports = new ExportBucket(this, 'Exports', { allowedOrigins });
    const { bucket } = this.exports;

    this.apiFunction = new JixiaoFunction(this, 'ApiFunction', {
      entry: props.apiEntry ?? defaultApiEntry,
      service: 'jixiao-api',
      description: `Jixiao HTTP API (${settings.stage})`,
      environment: {
        TABLE_NAME: table.tableName,
        EXPORT_BUCKET: bucket.bucketName,
        JWT_ISSUER: settings.issuer,
        JWT_AUDIENCE: settings.audience,
        ALLOWED_ORIGINS: allowedOrigins.join(','),
        ...optionalEnvironment({
          JWKS_URL: settings.jwksUrl,
          CLAIM_ROLES: settings.claimNames.roles,
          CLAIM_REGION: settings.claimNames.region,
          CLAIM_DEPARTMENT: settings.claimNames.department,
          CLAIM_NAME: settings.claimNames.name,
        }),
      },
    });

    // Least privilege: item reads and writes (transactions are authorized per item action) on the
    // table and its indexes; no Scan (DESIGN.md: reads use Query), no table management.
    table.grant(
      this.apiFunction,
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:Query',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
      'dynamodb:BatchWriteItem',
      'dynamodb:ConditionCheckItem',
    );
    // Sign GET links to exports (a pre-signed link carries the signer's permission); the worker writes them.
    this.apiFunction.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] }));
    const policy = this.apiFunction.role?.node.tryFindChild('DefaultPolicy');
    if (policy !== undefined) {
      const tableArn = this.resolve(table.tableArn) as { 'Fn::GetAtt': [string, string] };
      const bucketArn = this.resolve(bucket.bucketArn) as { 'Fn::GetAtt': [string, string] };
      Validations.of(policy).acknowledge(
        {
          id: `AwsSolutions-IAM5[Resource::<${tableArn['Fn::GetAtt'][0]}.Arn>/index/*]`,
          reason: 'Queries on the GSI1-GSI3 indexes of this one table (functions/store/tableDefinition.ts).',
        },
        {
          id: `AwsSolutions-IAM5[Resource::<${bucketArn['Fn::GetAtt'][0]}.Arn>/*]`,
          reason: 'Export objects have generated keys; the grant is limited to objects of this one bucket.',
        },
      );
    }
    Validations.of(this.apiFunction).acknowledge({
      id: 'AwsSolutions-L1',
      reason: 'Node.js 22 is the runtime the project targets (DESIGN.md) and is supported in the aws-cn regions.',
    });

    this.exportWorker = new ExportWorker(this, 'ExportWorker', {
      table,
      bucket,
      ...(props.exportWorkerEntry === undefined ? {} : { entry: props.exportWorkerEntry }),
      description: `Jixiao export worker (${settings.stage})`,
    });

    this.httpApi = new JixiaoHttpApi(this, 'Http', {
      apiName: name,
      handler: this.apiFunction,
      issuer: settings.issuer,
      audience: settings.audience,
      allowedOrigins,
      throttle: settings.throttle,
    });

    this.alarms = new JixiaoAlarms(this, 'Alarms', {
      namePrefix: name,
      api: this.httpApi.api,
      handler: this.apiFunction,
      exportWorker: this.exportWorker.function,
      exportFailures: this.exportWorker.failures,
      table,
      ...(settings.alarmEmail === undefined ? {} : { alarmEmail: settings.alarmEmail }),
    });

    if (settings.usesPlaceholders) {
      Annotations.of(this).addWarningV2(
        'jixiao:placeholderIdentity',
        '使用占位身份提供者：部署后不接受任何令牌 / Placeholder identity provider: once deployed, no token is ' +
          'accepted. Pass -c issuer=… -c audience=… -c allowedOrigins=… (docs/deploy.md).',
      );
    }

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.url, description: 'API base URL (add /v1/...)' });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'ExportBucketName', { value: bucket.bucketName });

    // The pane's config.json, from the settings and this stack's API (docs/deploy.md "Hosting the add-in").
    const addinConfig: DeploymentConfig = {
      apiBaseUrl: this.httpApi.api.apiEndpoint,
      issuerUrl: settings.issuer.replace(/\/+$/, ''),
      authMode: settings.addin.authMode,
      clientId: settings.addin.clientId,
      ...(settings.addin.scopes === undefined ? {} : { scopes: settings.addin.scopes }),
    };
    new CfnOutput(this, 'AddinConfig', { value: this.toJsonString(addinConfig), description: 'config.json of the add-in (generated)' });
    // Shown by `npm run synth`: what the deployment will do with the add-in and what its config.json says.
    const configSummary = `config.json: apiBaseUrl = ApiUrl, issuerUrl = ${addinConfig.issuerUrl}, authMode = ${addinConfig.authMode}, clientId = ${settings.addin.clientId}`;
    Annotations.of(this).addInfo(
      this.addinHosting
        ? `加载项由本栈托管（S3 + CloudFront${settings.addin.domain === undefined ? '' : `，域名 ${settings.addin.domain}`}，office.js: ${settings.addin.officeJs}）/ ` +
            `The stack hosts the add-in (S3 + CloudFront${settings.addin.domain === undefined ? '' : ` on ${settings.addin.domain}`}, office.js: ${settings.addin.officeJs}); ${configSummary}`
        : `加载项由你的 HTTPS 主机托管：部署后运行输出 AddinBuildCommand / External add-in hosting: after deploying, run the output AddinBuildCommand; ${configSummary}`,
    );
    if (this.addinHosting) {
      this.addinHosting.deploy(addinConfig, [issuerOrigin]);
      new CfnOutput(this, 'AddinUrl', { value: this.addinHosting.origin, description: 'Where the add-in is served' });
      new CfnOutput(this, 'AddinManifestUrl', {
        value: `${this.addinHosting.origin}/manifest.xml`,
        description: 'The manifest to upload in the Microsoft 365 admin center (docs/deploy.md)',
      });
      new CfnOutput(this, 'AddinDistributionDomain', {
        value: this.addinHosting.distribution.distributionDomainName,
        description: 'CNAME target of addinDomain',
      });
    } else {
      externalHostingOutputs(this, { settings, config: addinConfig, origin: settings.addin.domain === undefined ? settings.allowedOrigins[0]! : `https://${settings.addin.domain}` });
    }
  }
}
