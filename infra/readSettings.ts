import { z } from 'zod';
import { authModes, type DeploymentConfig } from '../contract/addin/deploymentConfig';
import type { OfficeJsSource } from '../contract/addin/securityHeaders';

/**
 * Deployment settings, read from CDK context (`-c key=value` or cdk.json), never from code edits
 * (DESIGN.md "Cloud"). Identity settings name the OIDC issuer whose tokens the API accepts.
 */
export interface JixiaoSettings {
  /** Short name of the deployment (`dev`, `test`, `prod`…); part of the stack and resource names. */
  stage: string;
  /** OIDC issuer (`iss`), e.g. `https://login.microsoftonline.com/<tenant>/v2.0`. */
  issuer: string;
  /**
   * The accepted token audience (`aud`), e.g. the app registration's client id. One value: the handler
   * verifies tokens again (functions/auth/createVerifier.ts) and expects exactly this audience.
   */
  audience: string;
  /** Where the issuer publishes its signing keys; without it the handler finds them by OpenID discovery. */
  jwksUrl?: string;
  /** Origins allowed by CORS: where the add-in's task pane is served from. */
  allowedOrigins: string[];
  /** Who receives alarm emails; no SNS topic is created without it. */
  alarmEmail?: string;
  /** Claim names when the issuer does not use the defaults (functions/config.ts; roles and name may list several). */
  claimNames: { roles?: string; region?: string; department?: string; name?: string };
  /** Steady-state requests per second and burst on the API's default stage. */
  throttle: { rateLimit: number; burstLimit: number };
  /** Where to deploy; without them the stack is environment-agnostic (the CLI's profile decides). */
  env: { account?: string; region?: string };
  /** True when the identity settings are the documented placeholders (only allowed for stage `dev`). */
  usesPlaceholders: boolean;
  /** How the add-in's files are served (infra/addinHosting.ts, docs/deploy.md "Hosting the add-in"). */
  addin: AddinSettings;
}

/**
 * `cloudfront`: the stack hosts the add-in (S3 + CloudFront). `external`: the administrator copies a
 * built folder to their own HTTPS host; the stack outputs the command that builds it.
 */
export type AddinHostingMode = 'cloudfront' | 'external';

export interface AddinSettings {
  hosting: AddinHostingMode;
  /** The add-in's host name, e.g. `addin.czj.example.gov.cn`; with CloudFront, its alternate domain. */
  domain?: string;
  /** CloudFront outside China: an ACM certificate in us-east-1 for `domain`. */
  certificateArn?: string;
  /** CloudFront in China: the id of the IAM server certificate for `domain` (China has no ACM for CloudFront). */
  iamCertificateId?: string;
  officeJs: OfficeJsSource;
  /** How the pane signs in, and as whom (config.json). */
  authMode: DeploymentConfig['authMode'];
  /** The add-in's client id at the issuer; @default the audience */
  clientId: string;
  scopes?: string[];
  /** The manifest's four-part version; @default addin/version.ts */
  version?: string;
}

/**
 * Placeholders that make `npm run synth` work offline with no context. The `.invalid` top-level
 * domain never resolves (RFC 2606), so a stack deployed with them accepts no token at all.
 */
export const placeholderIdentity = {
  issuer: 'https://login.example.invalid/jixiao-placeholder/v2.0',
  audience: 'api://jixiao-placeholder',
  // The local task pane (npm start) is served from here.
  allowedOrigins: 'https://localhost:3001',
} as const;

/** The stage that may run on placeholders; every other stage must name its identity provider. */
export const developmentStage = 'dev';

/** Settings that must be given (`-c key=value`) for every stage but `dev`. */
const requiredKeys = ['issuer', 'audience', 'allowedOrigins'] as const;

/** A context list arrives as `a,b` from the command line or as an array from cdk.json. */
const list = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : value),
  z.array(z.string().min(1)).min(1),
);

const httpsUrl = z.url({ protocol: /^https$/, message: 'must be an https:// URL / 必须是 https:// 地址' });

/** An origin is scheme, host and port only: what a browser sends in `Origin`. */
const origin = z
  .string()
  .refine((value) => URL.canParse(value) && new URL(value).origin === value && value.startsWith('https://'), {
    message: 'must be an https origin without path or trailing slash, e.g. https://addin.example.gov.cn',
  });

/** Context numbers arrive as strings from the command line. */
const positiveInt = z.coerce.number().int().positive();

const settingsSchema = z.object({
  stage: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,19}$/, 'lowercase letters, digits and dashes, at most 20 / 小写字母、数字和短横线')
    .default(developmentStage),
  issuer: httpsUrl,
  audience: z.string().trim().regex(/^[^,\s]+$/, 'one audience, no commas or spaces / 只能填一个受众').min(1),
  jwksUrl: httpsUrl.optional(),
  allowedOrigins: list.pipe(z.array(origin)),
  alarmEmail: z.email().optional(),
  claimRoles: z.string().min(1).optional(),
  claimRegion: z.string().min(1).optional(),
  claimDepartment: z.string().min(1).optional(),
  claimName: z.string().min(1).optional(),
  // Defaults sized for a province at a submission deadline (~10,000 units, DESIGN.md "Scale"), far
  // below the account's regional API Gateway quota of 10,000 requests per second.
  throttleRateLimit: positiveInt.default(200),
  throttleBurstLimit: positiveInt.default(400),
  // The partition (aws, aws-cn) follows from the region; nothing else needs to be set for China.
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'a region code, e.g. cn-north-1').optional(),
  account: z.string().regex(/^\d{12}$/, 'a 12-digit account id').optional(),
  addinHosting: z.enum(['cloudfront', 'external']).optional(),
  addinDomain: z
    .string()
    .regex(/^(?!localhost$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, 'a host name, e.g. addin.czj.example.gov.cn / 主机名，不带 https://')
    .optional(),
  certificateArn: z.string().regex(/^arn:aws:acm:us-east-1:\d{12}:certificate\/[\w-]+$/, 'an ACM certificate ARN in us-east-1 / us-east-1 的 ACM 证书 ARN').optional(),
  iamCertificateId: z.string().regex(/^[A-Z0-9]{16,}$/, 'the IAM server certificate id (ASCA…) / IAM 服务器证书 ID').optional(),
  officeJsSource: z.enum(['cdn', 'local']).default('cdn'),
  authMode: z.enum(authModes).default('oidc'),
  clientId: z.string().trim().regex(/^[^,\s]+$/).optional(),
  scopes: z.preprocess((value) => (typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : value), z.array(z.string().min(1)).min(1)).optional(),
  addinVersion: z.string().regex(/^\d+(\.\d+){3}$/, 'four numbers, e.g. 1.0.0.1 / 四段数字').optional(),
});

/** Every context key this app reads. */
export const settingKeys = Object.keys(settingsSchema.shape) as (keyof typeof settingsSchema.shape)[];

/** The settings are unusable; the message lists every problem with the flag that fixes it. */
export class InvalidSettingsError extends Error {
  override readonly name = 'InvalidSettingsError';

  constructor(readonly problems: string[]) {
    super(
      [
        'CDK 上下文设置无效 / Invalid CDK context settings:',
        ...problems.map((problem) => `  - ${problem}`),
        '参见 / See docs/deploy.md',
      ].join('\n'),
    );
  }
}

/**
 * Reads and validates the settings from CDK context.
 *
 * For stage `dev` with no identity settings at all, the documented placeholders are used; any other
 * stage must give issuer, audience and allowedOrigins, and a partial set is always an error.
 *
 * @throws InvalidSettingsError listing every missing or malformed setting
 * @example
 * const settings = readSettings((key) => app.node.tryGetContext(key));
 */
export const readSettings = (lookup: (key: string) => unknown): JixiaoSettings => {
  const raw = Object.fromEntries(settingKeys.map((key) => [key, emptyToUndefined(lookup(key))]));
  const stage = typeof raw.stage === 'string' ? raw.stage : developmentStage;
  const missing = requiredKeys.filter((key) => raw[key] === undefined);
  const usesPlaceholders = stage === developmentStage && missing.length === requiredKeys.length;

  const parsed = settingsSchema.safeParse(usesPlaceholders ? { ...raw, ...placeholderIdentity } : raw);
  const problems = [
    ...(usesPlaceholders ? [] : missing).map(
      (key) => `${key}: 缺少，请用 -c ${key}=… 提供 / missing, pass -c ${key}=… (stage ${stage})`,
    ),
    // A missing key is reported once, above, not again as a type error.
    ...(parsed.error?.issues ?? [])
      .filter((issue) => !(missing as readonly PropertyKey[]).includes(issue.path[0] ?? ''))
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  ];
  if (parsed.success) problems.push(...hostingProblems(parsed.data));
  if (!parsed.success || problems.length > 0) throw new InvalidSettingsError(problems);
  const settings = parsed.data;
  return {
    stage: settings.stage,
    issuer: settings.issuer,
    audience: settings.audience,
    ...(settings.jwksUrl === undefined ? {} : { jwksUrl: settings.jwksUrl }),
    allowedOrigins: settings.allowedOrigins,
    ...(settings.alarmEmail === undefined ? {} : { alarmEmail: settings.alarmEmail }),
    claimNames: {
      ...(settings.claimRoles === undefined ? {} : { roles: settings.claimRoles }),
      ...(settings.claimRegion === undefined ? {} : { region: settings.claimRegion }),
      ...(settings.claimDepartment === undefined ? {} : { department: settings.claimDepartment }),
      ...(settings.claimName === undefined ? {} : { name: settings.claimName }),
    },
    throttle: { rateLimit: settings.throttleRateLimit, burstLimit: settings.throttleBurstLimit },
    env: {
      ...(settings.account === undefined ? {} : { account: settings.account }),
      ...(settings.region === undefined ? {} : { region: settings.region }),
    },
    usesPlaceholders,
    addin: {
      hosting: settings.addinHosting ?? defaultHosting(settings.region),
      ...(settings.addinDomain === undefined ? {} : { domain: settings.addinDomain }),
      ...(settings.certificateArn === undefined ? {} : { certificateArn: settings.certificateArn }),
      ...(settings.iamCertificateId === undefined ? {} : { iamCertificateId: settings.iamCertificateId }),
      officeJs: settings.officeJsSource,
      authMode: settings.authMode,
      clientId: settings.clientId ?? settings.audience,
      ...(settings.scopes === undefined ? {} : { scopes: settings.scopes }),
      ...(settings.addinVersion === undefined ? {} : { version: settings.addinVersion }),
    },
  };
};

const isChina = (region: string | undefined): boolean => region?.startsWith('cn-') === true;

/**
 * CloudFront in the China regions serves nothing on its default *.cloudfront.cn domain: it needs an
 * ICP-filed alternate domain with an IAM server certificate (docs/deploy.md). Without them, a China
 * deployment defaults to external hosting; elsewhere the stack hosts the add-in.
 */
const defaultHosting = (region: string | undefined): AddinHostingMode => (isChina(region) ? 'external' : 'cloudfront');

type ParsedSettings = z.infer<typeof settingsSchema>;

/** The combinations of hosting settings that cannot work, each with the flag that fixes it. */
const hostingProblems = (settings: ParsedSettings): string[] => {
  const hosting = settings.addinHosting ?? defaultHosting(settings.region);
  const problems: string[] = [];
  if (hosting === 'cloudfront' && isChina(settings.region)) {
    if (settings.addinDomain === undefined || settings.iamCertificateId === undefined) {
      problems.push(
        'addinHosting: 中国区 CloudFront 需要已备案域名和 IAM 证书，请加 -c addinDomain=… -c iamCertificateId=…，或用 -c addinHosting=external / ' +
          'CloudFront in China needs an ICP-filed domain and an IAM server certificate: pass -c addinDomain=… -c iamCertificateId=…, or -c addinHosting=external',
      );
    }
    if (settings.certificateArn !== undefined) problems.push('certificateArn: 中国区 CloudFront 不支持 ACM，请用 -c iamCertificateId=… / CloudFront in China takes no ACM certificate, use -c iamCertificateId=…');
  }
  if (hosting === 'cloudfront' && !isChina(settings.region)) {
    if ((settings.addinDomain === undefined) !== (settings.certificateArn === undefined)) {
      problems.push('certificateArn: 自定义域名与 us-east-1 的 ACM 证书须同时提供 / give -c addinDomain=… and -c certificateArn=… (ACM, us-east-1) together');
    }
    if (settings.iamCertificateId !== undefined) problems.push('iamCertificateId: 只用于中国区 / only for the China regions; use -c certificateArn=…');
  }
  if (hosting === 'external' && (settings.certificateArn !== undefined || settings.iamCertificateId !== undefined)) {
    problems.push('addinHosting: 外部托管时证书由你的 Web 服务器提供，不要传证书设置 / with external hosting your web server holds the certificate; drop the certificate settings');
  }
  if (settings.authMode === 'local') problems.push('authMode: local 只用于本机开发 / local is for npm start only; use oidc or entra');
  return problems;
};

/** `-c alarmEmail=` (an empty value) means "not set". */
const emptyToUndefined = (value: unknown): unknown => (value === '' || value === null ? undefined : value);
