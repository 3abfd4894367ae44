import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/**
 * The cancellation reason code of each item of a cancelled TransactWriteItems, in item order
 * ('None' for items that were fine), or undefined when the error is not a cancellation.
 */
export const cancellationReasons = (error: unknown): string[] | undefined =>
  error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None') : undefined;
