/**
 * The command line of `npm run build:addin` (addin/build.ts), checked before anything is built:
 *
 *   --origin https://addin.czj.example.gov.cn   production build: manifest for that origin, no source maps
 *   --api-url https://… --issuer https://…      also write config.json (external hosting, docs/deploy.md)
 *   --client-id …  --auth-mode oidc|entra|local  --scopes "openid profile …"
 *   --office-js cdn|local                        where office.js comes from (default cdn)
 *   --version 1.0.0.1  --id <guid>               manifest version and add-in id (default: manifest.xml's)
 *   --entra-resource api://…                     <WebApplicationInfo> resource (authMode entra)
 *   --no-manifest                                production build without manifest (the CDK stack writes it)
 *   --out dist/addin                             output folder
 */
import { parseArgs } from 'node:util';
import type { BuildAddinOptions } from './build';
import { authModes, type DeploymentConfig, withoutTrailingSlash } from '../contract/addin/deploymentConfig';

export type BuildArguments =
  | { ok: true; outDir: string; options: BuildAddinOptions & { config?: DeploymentConfig } }
  | { ok: false; problems: string[] };

const isHttpsOrigin = (value: string): boolean => URL.canParse(value) && value.startsWith('https://') && new URL(value).origin === value;
const isHttpsUrl = (value: string): boolean => URL.canParse(value) && value.startsWith('https://');

/**
 * Reads the arguments into build options, or lists every problem (zh / en).
 *
 * @example
 * parseBuildArguments(['--origin', 'https://addin.czj.example.gov.cn']);
 */
export function parseBuildArguments(args: string[]): BuildArguments {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: {
        origin: { type: 'string' },
        'api-url': { type: 'string' },
        issuer: { type: 'string' },
        'client-id': { type: 'string' },
        'auth-mode': { type: 'string' },
        scopes: { type: 'string' },
        'office-js': { type: 'string' },
        version: { type: 'string' },
        id: { type: 'string' },
        'entra-resource': { type: 'string' },
        'no-manifest': { type: 'boolean' },
        out: { type: 'string', default: 'dist/addin' },
      },
    }));
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] };
  }
  const problems: string[] = [];
  const { origin } = values;
  const officeJs = values['office-js'] ?? 'cdn';
  if (officeJs !== 'cdn' && officeJs !== 'local') problems.push('--office-js 只能是 cdn 或 local / must be cdn or local');
  if (origin !== undefined && !isHttpsOrigin(origin)) problems.push(`--origin ${origin}: 必须是 https 源，不带路径和末尾斜杠 / must be an https origin without path or trailing slash`);
  if (origin !== undefined && /localhost|127\.0\.0\.1/.test(origin)) problems.push('--origin: 生产构建不能用 localhost / a production build cannot use localhost');
  if (values.version !== undefined && !/^\d+(\.\d+){3}$/.test(values.version)) problems.push('--version: 四段数字，如 1.0.0.1 / four numbers, e.g. 1.0.0.1');
  if (values.id !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(values.id)) problems.push('--id: 必须是 GUID / must be a GUID');
  const authMode = values['auth-mode'] ?? 'oidc';
  if (!(authModes as readonly string[]).includes(authMode)) problems.push(`--auth-mode 只能是 / must be one of ${authModes.join(', ')}`);
  const apiUrl = values['api-url'];
  const { issuer } = values;
  if ((apiUrl === undefined) !== (issuer === undefined)) problems.push('--api-url 与 --issuer 须同时提供 / give both --api-url and --issuer (they make config.json)');
  for (const [flag, url] of [['--api-url', apiUrl], ['--issuer', issuer]] as const) {
    if (url !== undefined && !isHttpsUrl(url)) problems.push(`${flag} ${url}: 必须是 https 地址 / must be an https URL`);
  }
  if (authMode === 'entra' && values['client-id'] === undefined && origin !== undefined) problems.push('--auth-mode entra 需要 --client-id / needs --client-id');
  if (values['no-manifest'] === true && origin !== undefined) problems.push('--no-manifest 与 --origin 不能同用 / --no-manifest and --origin exclude each other');
  if (problems.length > 0) return { ok: false, problems };

  const clientId = values['client-id'];
  const config: DeploymentConfig | undefined =
    apiUrl === undefined || issuer === undefined
      ? undefined
      : {
          apiBaseUrl: withoutTrailingSlash(apiUrl),
          issuerUrl: withoutTrailingSlash(issuer),
          authMode: authMode as DeploymentConfig['authMode'],
          ...(clientId === undefined ? {} : { clientId }),
          ...(values.scopes === undefined ? {} : { scopes: values.scopes.split(/[\s,]+/).filter(Boolean) }),
        };
  const manifest: BuildAddinOptions['manifest'] =
    values['no-manifest'] === true
      ? 'none'
      : origin === undefined
        ? 'development'
        : {
            origin,
            ...(issuer === undefined ? {} : { appDomains: [new URL(issuer).origin] }),
            ...(values.version === undefined ? {} : { version: values.version }),
            ...(values.id === undefined ? {} : { id: values.id }),
            ...(authMode === 'entra' && clientId !== undefined
              ? { entra: { clientId, ...(values['entra-resource'] === undefined ? {} : { resource: values['entra-resource'] }) } }
              : {}),
          };
  return {
    ok: true,
    outDir: values.out,
    options: {
      production: origin !== undefined || values['no-manifest'] === true,
      officeJs: officeJs as 'cdn' | 'local',
      manifest,
      ...(config === undefined ? {} : { config }),
    },
  };
}
