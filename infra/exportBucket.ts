import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface ExportBucketProps {
  /** Origins of the add-in, which fetches a finished export through its pre-signed link. */
  allowedOrigins: string[];
  /** @default 7 days: an export is a copy of data kept in the table, fetched soon after it is made. */
  expireAfter?: Duration;
}

/**
 * The private bucket for large exports (consolidated workbooks), read only through pre-signed links
 * (DESIGN.md "The backend"): no public access, encrypted, TLS only, objects expire.
 */
export class ExportBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: ExportBucketProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      lifecycleRules: [
        { id: 'expire-exports', expiration: props.expireAfter ?? Duration.days(7) },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      cors: [{ allowedOrigins: props.allowedOrigins, allowedMethods: [HttpMethods.GET], maxAge: 3600 }],
      // Kept on teardown like the table; an emptied bucket can be deleted by hand (docs/deploy.md).
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Exports are short-lived copies of table data; who asked for which export is in the audit trail ' +
        'and the API access log, so S3 server access logs (and a second bucket) would add no record.',
    });
  }
}
