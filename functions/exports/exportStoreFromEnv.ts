import { randomBytes } from 'node:crypto';
import { S3Client } from '@aws-sdk/client-s3';
import type { ExportStore } from './exportStore';
import { localExportStore, type LocalExportStore } from './localExportStore';
import { s3ExportStore } from './s3ExportStore';

/**
 * The export store a deployment uses: S3 when `EXPORT_BUCKET` is set (the CDK stack sets it), else a
 * local folder, `EXPORT_DIR` or ".local/exports", whose links are signed with `EXPORT_LINK_SECRET`
 * (hex, ≥ 32 bytes) or, without one, a random secret (links then end with the process). In Lambda
 * `capture` wraps the S3 client for X-Ray (functions/observability/tracer.ts).
 *
 * @example
 * const exports = exportStoreFromEnv(process.env);
 */
export const exportStoreFromEnv = (
  env: Record<string, string | undefined>,
  capture: (client: S3Client) => S3Client = (client) => client,
): ExportStore | LocalExportStore => {
  if (env.EXPORT_BUCKET) {
    return s3ExportStore({ client: capture(new S3Client(env.AWS_REGION ? { region: env.AWS_REGION } : {})), bucket: env.EXPORT_BUCKET });
  }
  const secret = env.EXPORT_LINK_SECRET ? Buffer.from(env.EXPORT_LINK_SECRET, 'hex') : randomBytes(32);
  return localExportStore({ dir: env.EXPORT_DIR ?? '.local/exports', secret });
};
