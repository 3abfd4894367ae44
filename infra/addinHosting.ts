import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultStackSynthesizer, DockerImage, Duration, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  type CfnDistribution,
  Distribution,
  HeadersReferrerPolicy,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import type { DeploymentConfig } from '../contract/addin/deploymentConfig';
import { manifestForOrigin } from '../contract/addin/manifestForOrigin';
import { contentSecurityPolicy, referrerPolicy, strictTransportSecurity } from '../contract/addin/securityHeaders';
import { repositoryRoot } from './jixiaoFunction';
import type { AddinSettings } from './readSettings';

export interface AddinHostingProps {
  settings: AddinSettings;
  /**
   * Origins the pane fetches from besides its own (API, issuer, export bucket), for CSP connect-src.
   * They must not name resources that depend on the distribution (the API's CORS names its domain).
   */
  connectOrigins: string[];
}

/**
 * Builds the add-in at synth into the asset folder with the repository's own build
 * (`addin/build.ts --no-manifest`: production, no source maps), with the local esbuild: no Docker, no
 * network. The manifest and config.json are added by the deployment, which knows the domain and the
 * API URL.
 */
const buildAddinLocally = (officeJs: AddinSettings['officeJs']) => ({
  tryBundle(outputDir: string): boolean {
    const tsx = join(repositoryRoot, 'node_modules/tsx/dist/cli.mjs');
    const run = spawnSync(process.execPath, [tsx, 'addin/build.ts', '--no-manifest', '--office-js', officeJs, '--out', outputDir], {
      cwd: repositoryRoot,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`addin/build.ts failed (${run.status ?? run.signal}):\n${run.stderr}`);
    return true;
  },
});

/**
 * Hosts the add-in (DESIGN.md "Cloud"): its files in a private S3 bucket, served by CloudFront through
 * origin access control (an origin access identity in China), with the security headers of contract/addin/securityHeaders.ts. The deployment adds
 * manifest.xml for the distribution's origin and config.json from the settings and the stack's
 * outputs, so an administrator edits neither (docs/deploy.md "Hosting the add-in").
 */
export class AddinHosting extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** `https://` and the add-in's domain (its own, or CloudFront's); a deploy-time value for the latter. */
  readonly origin: string;
  private readonly settings: AddinSettings;

  constructor(scope: Construct, id: string, props: AddinHostingProps) {
    super(scope, id);
    const { settings } = props;
    this.settings = settings;
    const inChina = (Stack.of(this).region ?? '').startsWith('cn-');

    this.bucket = new Bucket(this, 'Files', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      // Only build output lives here (emptied by the deployment on delete, see deploy()).
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'The bucket holds only the built add-in, written by the deployment; CloudFront is its only reader.',
    });

    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Jixiao add-in: CSP with frame-ancestors for Office, HSTS, Referrer-Policy, nosniff',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy({ connectOrigins: props.connectOrigins, officeJs: settings.officeJs }),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(strictTransportSecurity.maxAgeSeconds),
          includeSubdomains: strictTransportSecurity.includeSubdomains,
          override: true,
        },
        referrerPolicy: { referrerPolicy: referrerPolicy as HeadersReferrerPolicy, override: true },
        contentTypeOptions: { override: true },
        // No frameOptions: Office on the web frames the pane, so CSP frame-ancestors decides who may.
      },
    });

    const customDomain = settings.domain !== undefined && settings.certificateArn !== undefined && !inChina;
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Jixiao add-in (task pane, ribbon commands, help, offline page)',
      defaultRootObject: 'help.html',
      defaultBehavior: {
        // The China regions' CloudFormation has no origin access control (CDK's validation against the
        // regional resource specification says so): there the older origin access identity does the same.
        origin: inChina ? S3BucketOrigin.withOriginAccessIdentity(this.bucket) : S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
      },
      ...(customDomain
        ? {
            domainNames: [settings.domain!],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', settings.certificateArn!),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });
    if (inChina && settings.domain !== undefined && settings.iamCertificateId !== undefined) {
      // CloudFront in China takes IAM server certificates only, which the L2 construct does not model.
      const cfn = this.distribution.node.defaultChild as CfnDistribution;
      cfn.addPropertyOverride('DistributionConfig.Aliases', [settings.domain]);
      cfn.addPropertyOverride('DistributionConfig.ViewerCertificate', {
        IamCertificateId: settings.iamCertificateId,
        SslSupportMethod: 'sni-only',
        MinimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
      });
    }
    this.origin = `https://${settings.domain ?? this.distribution.distributionDomainName}`;
    this.acknowledgeDistributionFindings(inChina);
  }

  /**
   * Deploys the built add-in with manifest.xml for this origin and `config` as config.json.
   *
   * @param config config.json of the pane (contract/addin/deploymentConfig.ts); may hold deploy-time values (the API URL)
   * @param appDomains further <AppDomains> of the manifest (the issuer's origin, where the sign-in dialog goes)
   */
  deploy(config: DeploymentConfig, appDomains: string[]): BucketDeployment {
    const manifest = manifestForOrigin(readFileSync(join(repositoryRoot, 'manifest.xml'), 'utf8'), {
      origin: this.origin,
      appDomains,
      ...(this.settings.version === undefined ? {} : { version: this.settings.version }),
      ...(this.settings.authMode === 'entra' ? { entra: { clientId: this.settings.clientId } } : {}),
    });
    const deployment = new BucketDeployment(this, 'Deployment', {
      destinationBucket: this.bucket,
      sources: [
        Source.asset(join(repositoryRoot, 'addin'), {
          bundling: { image: DockerImage.fromRegistry('local-build-only'), local: buildAddinLocally(this.settings.officeJs) },
        }),
        Source.data('manifest.xml', manifest),
        Source.jsonData('config.json', config),
      ],
      // Office and browsers check back on every open, so a deployment shows at once without invalidation.
      cacheControl: [CacheControl.noCache()],
      // With the stack, the files go too; the bucket can then be deleted.
      retainOnDelete: false,
      memoryLimit: 512,
    });
    this.acknowledgeDeploymentFindings();
    return deployment;
  }

  /** cdk-nag findings on the distribution, each with its reason. */
  private acknowledgeDistributionFindings(inChina: boolean): void {
    if (inChina) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR7',
        reason: 'Origin access control does not exist in the China regions; an origin access identity keeps the bucket private instead.',
      });
    }
    Validations.of(this.distribution).acknowledge(
      { id: 'AwsSolutions-CFR1', reason: 'Users are the bureau and its departments wherever they work; sign-in, not geography, decides access.' },
      { id: 'AwsSolutions-CFR2', reason: 'Static files only; the API has its own throttling and JWT authorizer. A WAF can be attached by the administrator.' },
      { id: 'AwsSolutions-CFR3', reason: 'Public static files of the add-in; every data access is logged by the API (access log and audit trail).' },
      {
        id: 'AwsSolutions-CFR4',
        reason: 'With a custom domain the distribution requires TLS 1.2 (2021); on the default CloudFront domain, CloudFront fixes the policy.',
      },
    );
  }

  /**
   * The objects of the CDK bootstrap asset bucket as cdk-nag names them: literal where the stack's
   * environment is known, `<AWS::…>` where CloudFormation fills it in.
   */
  private assetBucketObjects(): string {
    const stack = Stack.of(this);
    const literal = (value: string, pseudo: string): string => (Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value);
    const qualifier = DefaultStackSynthesizer.DEFAULT_QUALIFIER;
    return `arn:${literal(stack.partition, 'Partition')}:s3:::cdk-${qualifier}-assets-${literal(stack.account, 'AccountId')}-${literal(stack.region, 'Region')}/*`;
  }

  /** cdk-nag findings on CDK's BucketDeployment function, each with its reason. */
  private acknowledgeDeploymentFindings(): void {
    // The deployment's function is a singleton at the stack's root, named by aws-cdk-lib.
    const handler = Stack.of(this).node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (handler === undefined) throw new Error('AddinHosting: the BucketDeployment function was not found');
    const bucketArn = Stack.of(this).resolve(this.bucket.bucketArn) as { 'Fn::GetAtt': [string, string] };
    const copies = 'CDK\'s BucketDeployment function copies the built add-in from the CDK asset bucket into this bucket and prunes old files';
    Validations.of(handler).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'CDK\'s BucketDeployment function writes its own logs with this policy; it runs only while the stack deploys.',
      },
      ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((action) => ({
        id: `AwsSolutions-IAM5[Action::${action}]`,
        reason: `${copies}; aws-cdk-lib grants these action groups on the two buckets only.`,
      })),
      {
        id: `AwsSolutions-IAM5[Resource::${this.assetBucketObjects()}]`,
        reason: `${copies}; the asset objects have generated names in the bootstrap bucket.`,
      },
      { id: `AwsSolutions-IAM5[Resource::<${bucketArn['Fn::GetAtt'][0]}.Arn>/*]`, reason: `${copies}; every file of the add-in is an object of this one bucket.` },
      { id: 'AwsSolutions-L1', reason: 'aws-cdk-lib chooses the runtime of its BucketDeployment function, which runs only while the stack deploys.' },
    );
  }
}
