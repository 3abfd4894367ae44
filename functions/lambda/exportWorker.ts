import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import { exportJobIds } from '../exports/exportJobIds';
import { exportStoreFromEnv } from '../exports/exportStoreFromEnv';
import { runExportJob } from '../exports/runExportJob';
import { createJsonLogger } from '../http/logger';
import { powertoolsMetrics } from '../observability/appMetrics';
import { traced } from '../observability/tracer';

// Cold start, once per execution environment. The worker needs only the table and the bucket, not
// the API's JWT settings (functions/config.ts), so it reads its two variables itself.
const tableName = process.env.TABLE_NAME;
if (!tableName || !process.env.EXPORT_BUCKET) {
  throw new Error('配置有误 / Invalid configuration: the export worker needs TABLE_NAME and EXPORT_BUCKET');
}
const store = { dynamo: traced(new DynamoDBClient(process.env.AWS_REGION ? { region: process.env.AWS_REGION } : {})), tableName };
const exports = exportStoreFromEnv(process.env, traced);
const logger = createJsonLogger();
const metrics = powertoolsMetrics();

/**
 * The export worker Lambda, triggered by the table's DynamoDB Stream with a filter on new export
 * job items (batch size 1). A job that is no longer queued (a retried delivery) is skipped; an error
 * that runExportJob rethrows fails the invocation, so the stream retries it (a no-op now, the job is
 * recorded as failed), the error alarm counts it, and after the retries the record goes to the
 * on-failure queue. Jobs run are counted as started, then succeeded or failed.
 */
export const handler = async (event: DynamoDBStreamEvent, context?: Context): Promise<void> => {
  if (context !== undefined) logger.addContext(context);
  for (const jobId of exportJobIds(event)) {
    let job;
    try {
      job = await runExportJob(store, exports, jobId, () => new Date());
    } catch (error) {
      metrics.export('started');
      metrics.export('failed');
      throw error;
    }
    if (job !== undefined) {
      metrics.export('started');
      metrics.export(job.status === 'done' ? 'succeeded' : 'failed');
    }
    logger.info('export job', { jobId, status: job?.status ?? 'skipped', ...(job?.error ? { code: job.error.code } : {}), ...(job?.file ? { bytes: job.file.bytes } : {}) });
  }
};
