import { describe, expect, it } from 'vitest';
import { InvalidSettingsError, placeholderIdentity, readSettings } from '../../../infra/readSettings';

const from = (context: Record<string, unknown>) => readSettings((key) => context[key]);

const identity = {
  issuer: 'https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_Abc123',
  audience: '4l3k2j1h0g9f8e7d6c5b4a3z2y',
  allowedOrigins: 'https://addin.example.gov.cn',
};

/** The problems of the InvalidSettingsError that `run` throws. */
const problemsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidSettingsError);
    return (error as InvalidSettingsError).problems;
  }
  throw new Error('expected InvalidSettingsError');
};

describe('readSettings', () => {
  it('falls back to the documented placeholders for stage dev with no identity settings', () => {
    const settings = from({});
    expect(settings).toMatchObject({
      stage: 'dev',
      issuer: placeholderIdentity.issuer,
      audience: placeholderIdentity.audience,
      allowedOrigins: [placeholderIdentity.allowedOrigins],
      usesPlaceholders: true,
      throttle: { rateLimit: 200, burstLimit: 400 },
      env: {},
    });
    expect(settings.jwksUrl).toBeUndefined();
    expect(settings.alarmEmail).toBeUndefined();
    expect(new URL(settings.issuer).hostname.endsWith('.invalid')).toBe(true);
  });

  it('names every missing identity setting, with the flag to pass, for any other stage', () => {
    const problems = problemsOf(() => from({ stage: 'prod' }));
    expect(problems).toHaveLength(3);
    for (const key of ['issuer', 'audience', 'allowedOrigins']) {
      expect(problems.some((problem) => problem.startsWith(`${key}:`) && problem.includes(`-c ${key}=`))).toBe(true);
    }
  });

  it('reports missing and malformed settings together', () => {
    const problems = problemsOf(() => from({ stage: 'prod', issuer: 'http://login.example.gov.cn', alarmEmail: 'ops' }));
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual(['alarmEmail', 'allowedOrigins', 'audience', 'issuer']);
  });

  it('rejects a partial identity configuration even for stage dev', () => {
    const problems = problemsOf(() => from({ issuer: identity.issuer }));
    expect(problems.map((problem) => problem.split(':')[0])).toEqual(['audience', 'allowedOrigins']);
  });

  it('reads origins as a comma-separated list from the command line or an array from cdk.json', () => {
    const fromFlags = from({ ...identity, stage: 'prod', allowedOrigins: 'https://a.gov.cn, https://b.gov.cn:8443,' });
    expect(fromFlags.allowedOrigins).toEqual(['https://a.gov.cn', 'https://b.gov.cn:8443']);
    const fromJson = from({ ...identity, stage: 'prod', allowedOrigins: ['https://a.gov.cn'] });
    expect(fromJson.allowedOrigins).toEqual(['https://a.gov.cn']);
    expect(fromJson.audience).toBe(identity.audience);
    expect(fromJson.usesPlaceholders).toBe(false);
  });

  it('passes the optional settings through: JWKS URL, alarm email, claim names, throttling, environment', () => {
    const settings = from({
      ...identity,
      stage: 'prod',
      jwksUrl: 'https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_Abc123/.well-known/jwks.json',
      alarmEmail: 'ops@example.gov.cn',
      claimRoles: 'cognito:groups',
      claimRegion: 'custom:region',
      claimDepartment: 'custom:department',
      claimName: 'name',
      throttleRateLimit: '50',
      throttleBurstLimit: '100',
      region: 'cn-north-1',
      account: '123456789012',
    });
    expect(settings).toMatchObject({
      jwksUrl: 'https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_Abc123/.well-known/jwks.json',
      alarmEmail: 'ops@example.gov.cn',
      claimNames: { roles: 'cognito:groups', region: 'custom:region', department: 'custom:department', name: 'name' },
      throttle: { rateLimit: 50, burstLimit: 100 },
      env: { region: 'cn-north-1', account: '123456789012' },
    });
  });

  it('treats an empty value as not set', () => {
    expect(from({ ...identity, alarmEmail: '' }).alarmEmail).toBeUndefined();
  });

  it.each([
    ['an http issuer', { issuer: 'http://login.example.gov.cn' }, 'issuer'],
    ['two audiences (the handler verifies exactly one)', { audience: 'a,b' }, 'audience'],
    ['an origin with a path', { allowedOrigins: 'https://addin.example.gov.cn/taskpane.html' }, 'allowedOrigins.0'],
    ['an origin with a trailing slash', { allowedOrigins: 'https://addin.example.gov.cn/' }, 'allowedOrigins.0'],
    ['an http origin', { allowedOrigins: 'http://addin.example.gov.cn' }, 'allowedOrigins.0'],
    ['a malformed email', { alarmEmail: 'ops' }, 'alarmEmail'],
    ['an upper-case stage', { stage: 'Prod' }, 'stage'],
    ['a zero throttle', { throttleRateLimit: '0' }, 'throttleRateLimit'],
    ['a region that is not a region code', { region: 'beijing' }, 'region'],
    ['a short account id', { account: '1234' }, 'account'],
  ])('rejects %s', (_label, override, path) => {
    const problems = problemsOf(() => from({ ...identity, ...override }));
    expect(problems.some((problem) => problem.startsWith(`${path}:`))).toBe(true);
  });

  it('writes a bilingual message that lists each problem', () => {
    const error = (() => {
      try {
        from({ stage: 'prod' });
      } catch (caught) {
        return caught as Error;
      }
      throw new Error('expected an error');
    })();
    expect(error.name).toBe('InvalidSettingsError');
    expect(error.message).toContain('CDK 上下文设置无效 / Invalid CDK context settings');
    expect(error.message).toContain('  - issuer:');
  });
});
