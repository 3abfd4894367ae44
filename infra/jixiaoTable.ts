import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { indexKeys, tableKeys } from '../functions/store/tableDefinition';

/**
 * The single DynamoDB table, keyed as functions/store/tableDefinition.ts says (the same definition
 * the store and the local runtime use). On-demand, encrypted, point-in-time recovery, deletion
 * protection, and RETAIN: submissions and their audit trail must survive a deleted stack. Its stream
 * (new images) starts the export worker when an export job item is written (infra/exportWorker.ts).
 *
 * `Table` (AWS::DynamoDB::Table) rather than `TableV2` (AWS::DynamoDB::GlobalTable) keeps the template
 * to the resource type every partition, aws-cn included, has supported longest.
 */
export class JixiaoTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: { name: tableKeys.partitionKey, type: AttributeType.STRING },
      sortKey: { name: tableKeys.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      timeToLiveAttribute: tableKeys.timeToLive,
      // The worker reads the job from its new image; old images would only add to the stream's size.
      stream: StreamViewType.NEW_IMAGE,
    });
    for (const index of tableKeys.indexes) {
      const keys = indexKeys(index);
      this.table.addGlobalSecondaryIndex({
        indexName: index,
        partitionKey: { name: keys.partitionKey, type: AttributeType.STRING },
        sortKey: { name: keys.sortKey, type: AttributeType.STRING },
        // Consolidation and review queues read whole items from the index (no second GetItem).
        projectionType: ProjectionType.ALL,
      });
    }
  }
}
