import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { type ITable, Operation } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export interface JixiaoAlarmsProps {
  /** Prefix of the alarm names, e.g. `jixiao-prod`. */
  namePrefix: string;
  api: IHttpApi;
  handler: IFunction;
  /** The export worker (infra/exportWorker.ts) and the queue of stream records it gave up on. */
  exportWorker: IFunction;
  exportFailures: IQueue;
  table: ITable;
  /** Who is emailed when an alarm fires; without it the alarms only show in the console. */
  alarmEmail?: string;
}

/** Every alarm looks at five-minute sums. */
const period = Duration.minutes(5);

/** The table operations the store uses (functions/store); a throttle on any of them is an alarm. */
const storeOperations = [
  Operation.GET_ITEM,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.QUERY,
  Operation.BATCH_GET_ITEM,
  Operation.BATCH_WRITE_ITEM,
  Operation.TRANSACT_GET_ITEMS,
  Operation.TRANSACT_WRITE_ITEMS,
];

/**
 * CloudWatch alarms on what an administrator must act on (docs/deploy.md explains each): API 5xx,
 * function errors and throttles, export worker errors and abandoned jobs, table throttles. With an email, they notify an encrypted SNS topic.
 */
export class JixiaoAlarms extends Construct {
  readonly alarms: Alarm[];
  readonly topic?: Topic;

  constructor(scope: Construct, id: string, props: JixiaoAlarmsProps) {
    super(scope, id);
    const alarm = (name: string, metric: IMetric, threshold: number, description: string): Alarm =>
      new Alarm(this, name, {
        alarmName: `${props.namePrefix}-${name}`,
        alarmDescription: description,
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        // No requests means nothing is failing.
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });

    this.alarms = [
      alarm(
        'api-5xx',
        props.api.metricServerError({ period, statistic: 'Sum' }),
        5,
        'API 5 分钟内至少 5 个 5xx 响应 / At least 5 API 5xx responses in 5 minutes',
      ),
      alarm(
        'function-errors',
        props.handler.metricErrors({ period, statistic: 'Sum' }),
        5,
        'Lambda 函数 5 分钟内至少 5 次出错 / At least 5 Lambda function errors in 5 minutes',
      ),
      alarm(
        'function-throttles',
        props.handler.metricThrottles({ period, statistic: 'Sum' }),
        1,
        'Lambda 函数被限流（并发已满）/ Lambda function throttled (concurrency exhausted)',
      ),
      // Every worker error is one export a user is waiting for (AppErrors are recorded, not thrown).
      alarm(
        'export-worker-errors',
        props.exportWorker.metricErrors({ period, statistic: 'Sum' }),
        1,
        '导出任务函数出错（导出失败）/ The export worker failed (an export did not complete)',
      ),
      alarm(
        'export-failures-queued',
        props.exportFailures.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
        1,
        '导出任务在重试后仍未处理，见失败队列 / Export job records were abandoned after retries; see the failure queue',
      ),
      alarm(
        'table-throttles',
        props.table.metricThrottledRequestsForOperations({ operations: storeOperations, period }),
        1,
        'DynamoDB 表请求被限流 / DynamoDB table requests throttled',
      ),
    ];

    if (props.alarmEmail !== undefined) {
      this.topic = this.notificationTopic(props.alarmEmail);
      const action = new SnsAction(this.topic);
      for (const each of this.alarms) each.addAlarmAction(action);
    }
  }

  /** An SNS topic encrypted with its own rotated key, which CloudWatch may use to publish. */
  private notificationTopic(email: string): Topic {
    const key = new Key(this, 'TopicKey', {
      description: 'Jixiao alarm notifications',
      enableKeyRotation: true,
      // Only alarm messages are encrypted with it: nothing to keep once the stack is gone.
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    const topic = new Topic(this, 'Topic', { displayName: 'Jixiao alarms', masterKey: key, enforceSSL: true });
    topic.addSubscription(new EmailSubscription(email));
    return topic;
  }
}
