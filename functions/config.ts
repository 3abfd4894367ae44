import { z } from 'zod';
import { defaultClaimNames, type ClaimNames } from './auth/claimsToPrincipal';
import { defaultMaxBodyBytes } from './http/parseBody';
import { defaultTableName } from './store/tableDefinition';

/** A comma-separated list: "a, b,,c" → ["a", "b", "c"]. */
const list = z
  .string()
  .optional()
  .transform((value) => (value ?? '').split(',').map((item) => item.trim()).filter((item) => item !== ''));

const Env = z.object({
  TABLE_NAME: z.string().min(1).default(defaultTableName),
  /** S3 bucket for large exports; absent locally, where exports go to a folder. */
  EXPORT_BUCKET: z.string().min(1).optional(),
  JWT_ISSUER: z.url(),
  JWT_AUDIENCE: z.string().min(1),
  /** Found through OpenID discovery on JWT_ISSUER when absent. */
  JWKS_URL: z.url().optional(),
  /** The task pane's origin(s), for CORS. */
  ALLOWED_ORIGINS: list,
  CLAIM_ROLES: list,
  CLAIM_REGION: z.string().min(1).default(defaultClaimNames.region),
  CLAIM_DEPARTMENT: z.string().min(1).default(defaultClaimNames.department),
  CLAIM_NAME: list,
  /** DynamoDB Local's endpoint; absent in AWS. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  AWS_REGION: z.string().min(1).optional(),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(defaultMaxBodyBytes),
});

export interface Config {
  tableName: string;
  exportBucket?: string;
  jwt: { issuer: string; audience: string; jwksUrl?: string; claims: ClaimNames };
  allowedOrigins: string[];
  dynamodbEndpoint?: string;
  awsRegion?: string;
  maxBodyBytes: number;
}

/**
 * The settings of a function, read once from the environment (set by the CDK stack or the local
 * runtime) and checked: a missing or malformed setting stops the cold start with a message naming it.
 *
 * @example
 * const config = readConfig(process.env);
 */
export const readConfig = (env: Record<string, string | undefined>): Config => {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`配置有误 / Invalid configuration (environment variables):\n${lines}`, { cause: parsed.error });
  }
  const e = parsed.data;
  return {
    tableName: e.TABLE_NAME,
    ...(e.EXPORT_BUCKET === undefined ? {} : { exportBucket: e.EXPORT_BUCKET }),
    jwt: {
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
      ...(e.JWKS_URL === undefined ? {} : { jwksUrl: e.JWKS_URL }),
      claims: {
        roles: e.CLAIM_ROLES.length > 0 ? e.CLAIM_ROLES : defaultClaimNames.roles,
        region: e.CLAIM_REGION,
        department: e.CLAIM_DEPARTMENT,
        name: e.CLAIM_NAME.length > 0 ? e.CLAIM_NAME : defaultClaimNames.name,
      },
    },
    allowedOrigins: e.ALLOWED_ORIGINS,
    ...(e.DYNAMODB_ENDPOINT === undefined ? {} : { dynamodbEndpoint: e.DYNAMODB_ENDPOINT }),
    ...(e.AWS_REGION === undefined ? {} : { awsRegion: e.AWS_REGION }),
    maxBodyBytes: e.MAX_BODY_BYTES,
  };
};
