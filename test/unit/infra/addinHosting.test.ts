import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { manifestProblems } from '../../../addin/manifest/manifestProblems';
import { officeFrameAncestors } from '../../../contract/addin/securityHeaders';
import { productionContext, type SynthesizedJixiao, synthJixiao } from './synthJixiao';

/** A deployment outside China on its own domain, signing in with Entra ID, office.js served with the pane. */
const globalContext = {
  stage: 'prod',
  issuer: 'https://login.microsoftonline.com/3f0c1c2e-0000-4000-8000-000000000001/v2.0',
  audience: '8c5e7f0a-0000-4000-8000-000000000002',
  allowedOrigins: 'https://addin.finance.example.org',
  region: 'ap-east-1',
  account: '123456789012',
  addinDomain: 'addin.finance.example.org',
  certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0b1c2d3e-0000-4000-8000-000000000003',
  authMode: 'entra',
  officeJsSource: 'local',
};

/** A deployment in Ningxia with an ICP-filed domain and an IAM server certificate. */
const chinaContext = { ...productionContext, addinHosting: 'cloudfront', addinDomain: 'addin.czj.nantong.gov.cn', iamCertificateId: 'ASCACKCEVSQ6C2EXAMPLE' };

let global: SynthesizedJixiao;
let china: SynthesizedJixiao;
let external: SynthesizedJixiao;
beforeAll(() => {
  global = synthJixiao(globalContext);
  china = synthJixiao(chinaContext);
  external = synthJixiao(productionContext);
}, 240_000);

type Resource = { Properties: Record<string, unknown> };
const only = (synthesized: SynthesizedJixiao, type: string): Resource => {
  const found = Object.values(synthesized.template.findResources(type));
  expect(found, type).toHaveLength(1);
  return found[0] as Resource;
};
const logicalId = (synthesized: SynthesizedJixiao, type: string): string => {
  const ids = Object.keys(synthesized.template.findResources(type));
  expect(ids, type).toHaveLength(1);
  return ids[0]!;
};
const resolved = (synthesized: SynthesizedJixiao, value: unknown): string => JSON.stringify(synthesized.stack.resolve(value));

/** The file `name` among the data assets of the deployment (Source.data / Source.jsonData). */
const deployedFile = (synthesized: SynthesizedJixiao, name: string): string => {
  const outdir = synthesized.app.outdir;
  const found = readdirSync(outdir).map((entry) => join(outdir, entry, name)).filter((path) => existsSync(path));
  expect(found, name).toHaveLength(1);
  return readFileSync(found[0]!, 'utf8');
};

describe('hosting the add-in with CloudFront', () => {
  it('keeps the files in a private, encrypted, TLS-only bucket that only CloudFront reads, through origin access control', () => {
    const filesBucket = Object.entries(global.template.findResources('AWS::S3::Bucket')).find(([id]) => id.startsWith('AddinFiles'));
    expect(filesBucket).toBeDefined();
    expect(filesBucket![1].Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    });
    global.template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' },
    });
    global.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: filesBucket![0] },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject' }),
        ]),
      },
    });
  });

  it('serves https only on the bureau\'s domain with its ACM certificate and TLS 1.2', () => {
    const config = only(global, 'AWS::CloudFront::Distribution').Properties.DistributionConfig as Record<string, unknown>;
    expect(config).toMatchObject({
      Aliases: ['addin.finance.example.org'],
      ViewerCertificate: { AcmCertificateArn: globalContext.certificateArn, MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' },
      DefaultRootObject: 'help.html',
      DefaultCacheBehavior: expect.objectContaining({ ViewerProtocolPolicy: 'https-only', AllowedMethods: ['GET', 'HEAD'] }),
    });
    expect((config.DefaultCacheBehavior as Record<string, unknown>).ResponseHeadersPolicyId).toEqual({ Ref: logicalId(global, 'AWS::CloudFront::ResponseHeadersPolicy') });
  });

  it('sends the security headers of addin/securityHeaders.ts: CSP with frame-ancestors for Office, HSTS, Referrer-Policy, nosniff, no X-Frame-Options', () => {
    const policy = only(global, 'AWS::CloudFront::ResponseHeadersPolicy').Properties.ResponseHeadersPolicyConfig as { SecurityHeadersConfig: Record<string, unknown> };
    const headers = policy.SecurityHeadersConfig;
    expect(headers).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 63072000, IncludeSubdomains: false, Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
      ContentTypeOptions: { Override: true },
    });
    expect(headers.FrameOptions).toBeUndefined();
    const csp = resolved(global, (headers.ContentSecurityPolicy as { ContentSecurityPolicy: unknown }).ContentSecurityPolicy);
    expect(csp).toContain(`frame-ancestors 'self' ${officeFrameAncestors.join(' ')}`);
    // office.js is served with the pane here: no script from Microsoft's CDN.
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain('https://login.microsoftonline.com');
    expect(csp).toContain('https://*.execute-api.');
  });

  it('deploys the add-in built at synth, with manifest.xml for its origin and a generated config.json', () => {
    const deployment = only(global, 'Custom::CDKBucketDeployment').Properties;
    expect(deployment).toMatchObject({ Prune: true, RetainOnDelete: false, SystemMetadata: { 'cache-control': 'no-cache' } });
    expect(deployment.SourceObjectKeys as unknown[]).toHaveLength(3);

    const manifest = deployedFile(global, 'manifest.xml');
    expect(manifest).not.toContain('localhost');
    expect(manifestProblems(manifest, { origin: 'https://addin.finance.example.org' })).toEqual([]);
    expect(manifest).toContain('<AppDomain>https://login.microsoftonline.com</AppDomain>');
    expect(manifest).toContain('<Resource>api://addin.finance.example.org/8c5e7f0a-0000-4000-8000-000000000002</Resource>');

    // The API URL is known at deploy time only: a marker the deployment replaces with the API's endpoint.
    const config = JSON.parse(deployedFile(global, 'config.json')) as Record<string, string>;
    expect(config).toMatchObject({ issuerUrl: globalContext.issuer, authMode: 'entra', clientId: globalContext.audience });
    const markers = JSON.stringify(deployment.SourceMarkers);
    expect(markers).toContain(config.apiBaseUrl!);
    expect(markers).toContain(logicalId(global, 'AWS::ApiGatewayV2::Api'));
  });

  it('lets the API and the export bucket answer the add-in\'s origin (CORS)', () => {
    global.template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: { AllowOrigins: ['https://addin.finance.example.org'] } });
    global.template.hasOutput('AddinManifestUrl', { Value: 'https://addin.finance.example.org/manifest.xml' });
  });

  it('on the default CloudFront domain, points the manifest, CORS and the outputs at the distribution', () => {
    const development = synthJixiao();
    const distributionId = logicalId(development, 'AWS::CloudFront::Distribution');
    const origin = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }]] };
    development.template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: { AllowOrigins: ['https://localhost:3001', origin] } });
    development.template.hasOutput('AddinUrl', { Value: origin });
    expect(JSON.stringify(only(development, 'Custom::CDKBucketDeployment').Properties.SourceMarkers)).toContain(distributionId);
  }, 120_000);

  it('in China, serves only the ICP-filed domain with the IAM server certificate', () => {
    const config = only(china, 'AWS::CloudFront::Distribution').Properties.DistributionConfig as Record<string, unknown>;
    expect(config).toMatchObject({
      Aliases: ['addin.czj.nantong.gov.cn'],
      ViewerCertificate: { IamCertificateId: 'ASCACKCEVSQ6C2EXAMPLE', SslSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1.2_2021' },
    });
    expect(JSON.stringify(china.template.toJSON())).not.toContain('arn:aws:');
    // No origin access control in China's CloudFormation: an origin access identity keeps the bucket private.
    china.template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 0);
    china.template.resourceCountIs('AWS::CloudFront::CloudFrontOriginAccessIdentity', 1);
    const csp = resolved(china, (only(china, 'AWS::CloudFront::ResponseHeadersPolicy').Properties.ResponseHeadersPolicyConfig as { SecurityHeadersConfig: { ContentSecurityPolicy: { ContentSecurityPolicy: unknown } } }).SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).toContain('https://appsforoffice.microsoft.com');
  });

  it('passes cdk-nag with every exception acknowledged, outside and inside China', () => {
    for (const synthesized of [global, china]) {
      const report = new AwsSolutionsChecks(synthesized.app).validateScope(synthesized.stack);
      expect(report.violations).toEqual([]);
    }
  });
});

describe('external hosting', () => {
  it('creates no bucket or distribution for the add-in and outputs the command that builds it for the bureau\'s host', () => {
    external.template.resourceCountIs('AWS::CloudFront::Distribution', 0);
    external.template.resourceCountIs('Custom::CDKBucketDeployment', 0);
    const command = resolved(external, external.template.findOutputs('AddinBuildCommand').AddinBuildCommand!.Value);
    for (const flag of [
      '--origin https://addin.czj.nantong.gov.cn',
      `--issuer ${productionContext.issuer}`,
      `--client-id ${productionContext.audience}`,
      '--auth-mode oidc',
      '--office-js cdn',
    ]) expect(command).toContain(flag);
    expect(command).toContain('npm run build:addin --');
    expect(command).toContain('--api-url');
    expect(command).toContain(logicalId(external, 'AWS::ApiGatewayV2::Api'));
  });

  it('outputs config.json as generated from the settings and the API', () => {
    const config = resolved(external, external.template.findOutputs('AddinConfig').AddinConfig!.Value);
    expect(config).toContain('\\"authMode\\":\\"oidc\\"');
    expect(config).toContain(productionContext.issuer);
    expect(config).toContain(logicalId(external, 'AWS::ApiGatewayV2::Api'));
  });
});
