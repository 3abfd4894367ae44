import { describe, expect, it } from 'vitest';
import { InvalidSettingsError, readSettings } from '../../../infra/readSettings';

const identity = {
  stage: 'prod',
  issuer: 'https://sso.czj.example.gov.cn/realms/czj',
  audience: 'jixiao-api',
  allowedOrigins: 'https://addin.czj.example.gov.cn',
};
const from = (context: Record<string, unknown>) => readSettings((key) => ({ ...identity, ...context })[key]);
const problemsOf = (context: Record<string, unknown>): string[] => {
  try {
    from(context);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidSettingsError);
    return (error as InvalidSettingsError).problems;
  }
  throw new Error('expected InvalidSettingsError');
};

describe('readSettings: the add-in hosting settings', () => {
  it('hosts the add-in with CloudFront outside China and externally in China, office.js from the CDN, OIDC sign-in as the audience', () => {
    expect(from({}).addin).toEqual({ hosting: 'cloudfront', officeJs: 'cdn', authMode: 'oidc', clientId: 'jixiao-api' });
    expect(from({ region: 'cn-north-1' }).addin.hosting).toBe('external');
  });

  it('reads every hosting setting', () => {
    const settings = from({
      region: 'cn-northwest-1',
      addinHosting: 'cloudfront',
      addinDomain: 'addin.czj.example.gov.cn',
      iamCertificateId: 'ASCACKCEVSQ6C2EXAMPLE',
      officeJsSource: 'local',
      authMode: 'entra',
      clientId: 'jixiao-addin',
      scopes: 'openid profile, api://jixiao/access',
      addinVersion: '1.0.2.0',
    });
    expect(settings.addin).toEqual({
      hosting: 'cloudfront',
      domain: 'addin.czj.example.gov.cn',
      iamCertificateId: 'ASCACKCEVSQ6C2EXAMPLE',
      officeJs: 'local',
      authMode: 'entra',
      clientId: 'jixiao-addin',
      scopes: ['openid', 'profile', 'api://jixiao/access'],
      version: '1.0.2.0',
    });
  });

  it.each([
    ['CloudFront in China without an ICP-filed domain and an IAM certificate', { region: 'cn-north-1', addinHosting: 'cloudfront' }, 'addinHosting', 'iamCertificateId'],
    ['an ACM certificate for CloudFront in China', { region: 'cn-north-1', addinHosting: 'cloudfront', addinDomain: 'a.gov.cn', iamCertificateId: 'ASCACKCEVSQ6C2EXAMPLE', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc' }, 'certificateArn', 'iamCertificateId'],
    ['a custom domain without its certificate', { addinDomain: 'addin.example.org' }, 'certificateArn', 'certificateArn'],
    ['an IAM certificate outside China', { addinDomain: 'addin.example.org', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc', iamCertificateId: 'ASCACKCEVSQ6C2EXAMPLE' }, 'iamCertificateId', 'certificateArn'],
    ['certificates with external hosting', { addinHosting: 'external', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc' }, 'addinHosting', 'external'],
    ['a certificate outside us-east-1', { addinDomain: 'addin.example.org', certificateArn: 'arn:aws:acm:ap-east-1:123456789012:certificate/abc' }, 'certificateArn', 'us-east-1'],
    ['a domain with its scheme', { addinDomain: 'https://addin.example.org' }, 'addinDomain', 'addin.czj.example.gov.cn'],
    ['an unknown hosting mode', { addinHosting: 's3' }, 'addinHosting', ''],
    ['office.js from elsewhere', { officeJsSource: 'unpkg' }, 'officeJsSource', ''],
    ['the local demo sign-in in a deployment', { authMode: 'local' }, 'authMode', 'oidc'],
    ['a three-part version', { addinVersion: '1.0.0' }, 'addinVersion', '1.0.0.1'],
  ])('refuses %s, naming the setting and its fix', (_label, context, key, fix) => {
    const problem = problemsOf(context).find((p) => p.startsWith(`${key}:`));
    expect(problem).toBeDefined();
    expect(problem).toContain(fix);
  });
});
