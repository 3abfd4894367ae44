import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { exportWorkerTimeoutSeconds } from '../functions/exports/exportJob';
import { keys } from '../functions/store/keys';
import { JixiaoFunction } from './jixiaoFunction';

export interface ExportWorkerProps {
  /** The table whose stream (new images) announces export jobs. */
  table: Table;
  /** Where the files go. */
  bucket: IBucket;
  /** @default 'functions/lambda/exportWorker.ts' */
  entry?: string;
  description?: string;
}

/** Where the worker's entry point lives (functions/lambda/exportWorker.ts exports `handler`). */
export const defaultExportWorkerEntry = 'functions/lambda/exportWorker.ts';

/** 1.5 GB: ExcelJS's streaming writer plus one 8 MiB S3 part, with room for a province's export. */
const workerMemory = 1536;

/**
 * The export worker (docs/architecture.md "Exports as jobs"): a Lambda function started by the
 * table's stream for each new export job item only (an event filter, so other writes cost no
 * invocation), one record at a time. A failed invocation is retried twice (runExportJob makes a
 * retry of a claimed job a no-op); a record that still fails is described in an encrypted queue.
 */
export class ExportWorker extends Construct {
  readonly function: JixiaoFunction;
  /** Records the stream gave up on (after the retries), kept 14 days for the administrator. */
  readonly failures: Queue;

  constructor(scope: Construct, id: string, props: ExportWorkerProps) {
    super(scope, id);
    const { table, bucket } = props;
    this.function = new JixiaoFunction(this, 'Function', {
      entry: props.entry ?? defaultExportWorkerEntry,
      service: 'jixiao-export-worker',
      ...(props.description === undefined ? {} : { description: props.description }),
      memorySize: workerMemory,
      // Lambda's maximum; a job running longer is reported as timed out (functions/exports/exportJobView.ts).
      timeout: Duration.seconds(exportWorkerTimeoutSeconds),
      environment: { TABLE_NAME: table.tableName, EXPORT_BUCKET: bucket.bucketName },
    });

    this.failures = new Queue(this, 'Failures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.failures).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the on-failure destination of the export worker; nothing consumes it but an administrator.',
    });

    this.function.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: StartingPosition.LATEST,
        batchSize: 1,
        retryAttempts: 2,
        // A record older than an hour is of a job GET already reports as timed out (exportJobQueueSeconds).
        maxRecordAge: Duration.hours(1),
        onFailure: new SqsDlq(this.failures),
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.isEqual('INSERT'),
            dynamodb: { NewImage: { PK: { S: FilterRule.beginsWith(keys.exportJobPrefix) }, SK: { S: FilterRule.isEqual(keys.exportJobSort) } } },
          }),
        ],
      }),
    );

    // Least privilege: read the job and the consolidated items (Query on the indexes, BatchGetItem),
    // update the job's status; no Put, Delete or Scan. The stream read grant comes with the event source.
    table.grant(this.function, 'dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:UpdateItem');
    // Write the file by multipart upload, and abort it on failure. It never reads files back.
    this.function.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject', 's3:AbortMultipartUpload'], resources: [bucket.arnForObjects('*')] }));

    const policy = this.function.role?.node.tryFindChild('DefaultPolicy');
    if (policy !== undefined) {
      const stack = Stack.of(this);
      const tableArn = stack.resolve(table.tableArn) as { 'Fn::GetAtt': [string, string] };
      const bucketArn = stack.resolve(bucket.bucketArn) as { 'Fn::GetAtt': [string, string] };
      Validations.of(policy).acknowledge(
        {
          id: `AwsSolutions-IAM5[Resource::<${tableArn['Fn::GetAtt'][0]}.Arn>/index/*]`,
          reason: 'Consolidation queries the GSI1-GSI3 indexes of this one table (functions/store/tableDefinition.ts).',
        },
        {
          id: `AwsSolutions-IAM5[Resource::<${bucketArn['Fn::GetAtt'][0]}.Arn>/*]`,
          reason: 'Export objects have generated keys; the grant is limited to objects of this one bucket.',
        },
        {
          id: 'AwsSolutions-IAM5[Resource::*]',
          reason: 'dynamodb:ListStreams (added by the stream event source) and X-Ray take no resource-level permissions.',
        },
      );
    }
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason: 'Node.js 22 is the runtime the project targets (DESIGN.md) and is supported in the aws-cn regions.',
    });
  }
}
