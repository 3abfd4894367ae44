import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { exportJobIds } from '../exports/exportJobIds';
import { exportStoreFromEnv } from '../exports/exportStoreFromEnv';
import { runExportJob } from '../exports/runExportJob';
import { createJsonLogger } from '../http/logger';

// Cold start, once per execution environment. The worker needs only the table and the bucket, not
// the API's JWT settings (functions/config.ts), so it reads its two variables itself.
const tableName = process.env.TABLE_NAME;
if (!tableName || !process.env.EXPORT_BUCKET) {
  throw new Error('配置有误 / Invalid configuration: the export worker needs TABLE_NAME and EXPORT_BUCKET');
}
const store = { dynamo: new DynamoDBClient(process.env.AWS_REGION ? { region: process.env.AWS_REGION } : {}), tableName };
const exports = exportStoreFromEnv(process.env);
const logger = createJsonLogger();

/**
 * The export worker Lambda, triggered by the table's DynamoDB Stream with a filter on new export
 * job items (batch size 1). A job that is no longer queued (a retried delivery) is skipped; an error
 * that runExportJob rethrows fails the invocation, so the stream retries it (a no-op now, the job is
 * recorded as failed), the error alarm counts it, and after the retries the record goes to the
 * on-failure queue.
 */
export const handler = async (event: DynamoDBStreamEvent): Promise<void> => {
  for (const jobId of exportJobIds(event)) {
    const job = await runExportJob(store, exports, jobId, () => new Date());
    logger.info('export job', { jobId, status: job?.status ?? 'skipped', ...(job?.error ? { code: job.error.code } : {}), ...(job?.file ? { bytes: job.file.bytes } : {}) });
  }
};
