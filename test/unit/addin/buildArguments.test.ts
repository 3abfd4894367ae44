import { describe, expect, it } from 'vitest';
import { parseBuildArguments } from '../../../addin/buildArguments';

const origin = 'https://addin.czj.example.gov.cn';

describe('parseBuildArguments (npm run build:addin -- …)', () => {
  it('builds for development with no arguments: localhost manifest, source maps, office.js from the CDN', () => {
    expect(parseBuildArguments([])).toEqual({ ok: true, outDir: 'dist/addin', options: { production: false, officeJs: 'cdn', manifest: 'development' } });
  });

  it('builds for an origin: a production manifest with the issuer in AppDomains, and config.json', () => {
    const parsed = parseBuildArguments([
      '--origin', origin,
      '--api-url', 'https://abc123.execute-api.cn-northwest-1.amazonaws.com.cn/',
      '--issuer', 'https://sso.czj.example.gov.cn/realms/czj/',
      '--client-id', 'jixiao-addin',
      '--scopes', 'openid profile',
      '--office-js', 'local',
      '--version', '1.0.1.0',
      '--out', 'build/addin',
    ]);
    expect(parsed).toEqual({
      ok: true,
      outDir: 'build/addin',
      options: {
        production: true,
        officeJs: 'local',
        manifest: { origin, appDomains: ['https://sso.czj.example.gov.cn'], version: '1.0.1.0' },
        config: {
          apiBaseUrl: 'https://abc123.execute-api.cn-northwest-1.amazonaws.com.cn',
          issuerUrl: 'https://sso.czj.example.gov.cn/realms/czj',
          authMode: 'oidc',
          clientId: 'jixiao-addin',
          scopes: ['openid', 'profile'],
        },
      },
    });
  });

  it('adds Entra single sign-on to the manifest for --auth-mode entra', () => {
    const parsed = parseBuildArguments(['--origin', origin, '--auth-mode', 'entra', '--client-id', 'c1', '--entra-resource', 'api://addin/c1']);
    expect(parsed.ok && parsed.options.manifest).toEqual({ origin, entra: { clientId: 'c1', resource: 'api://addin/c1' } });
  });

  it('builds without a manifest for the CDK stack, which writes its own', () => {
    const parsed = parseBuildArguments(['--no-manifest', '--office-js', 'local', '--out', '/tmp/x']);
    expect(parsed).toEqual({ ok: true, outDir: '/tmp/x', options: { production: true, officeJs: 'local', manifest: 'none' } });
  });

  it.each([
    [['--origin', 'http://addin.example.gov.cn'], '--origin http://addin.example.gov.cn'],
    [['--origin', 'https://addin.example.gov.cn/'], '--origin https://addin.example.gov.cn/'],
    [['--origin', 'https://localhost:3001'], '生产构建不能用 localhost'],
    [['--office-js', 'bundle'], '--office-js'],
    [['--version', '1.0'], '--version'],
    [['--id', 'not-a-guid'], '--id'],
    [['--auth-mode', 'saml'], '--auth-mode'],
    [['--api-url', 'https://api.example.gov.cn'], '--api-url 与 --issuer'],
    [['--api-url', 'http://api.example.gov.cn', '--issuer', 'https://sso.example.gov.cn'], '--api-url http://api.example.gov.cn'],
    [['--origin', origin, '--auth-mode', 'entra'], 'needs --client-id'],
    [['--origin', origin, '--no-manifest'], '--no-manifest'],
    [['--unknown'], "Unknown option '--unknown'"],
  ])('refuses %j, saying what is wrong', (args, problem) => {
    const parsed = parseBuildArguments(args);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems.join('\n')).toContain(problem);
  });
});
