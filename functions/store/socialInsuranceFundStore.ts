import { ConditionalCheckFailedException, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { FundYearRecord, SocialInsuranceFund } from '../../domain/budgets/socialInsuranceFund';
import { withoutKeys } from './itemAttributes';
import { keys } from './keys';
import { queryPage } from './queryPage';
import type { StoreContext } from './storeContext';

/** A stored fund year: the record plus whose region and fund it is, and who wrote it last. */
export interface StoredFundYear extends FundYearRecord {
  regionId: string;
  fund: SocialInsuranceFund;
  updatedAt: string;
  updatedBy: string;
}

/**
 * Writes (or replaces) one year of a fund's accounts, in its region's partition. Accounts are
 * reference figures the finance bureau corrects as 决算 replace 预算, so a write replaces the year;
 * `updatedAt` and `updatedBy` say who gave the current figures. With `onlyIfAbsent` (the seed) an
 * existing year is left alone. Returns whether it wrote.
 */
export const putFundYear = async (context: StoreContext, record: StoredFundYear, options: { onlyIfAbsent?: boolean } = {}): Promise<boolean> => {
  const parsed = FundYearRecord.parse(record);
  const item = { ...keys.fundYear(record.regionId, record.fund, parsed.year), kind: 'fundYear', ...parsed, regionId: record.regionId, fund: record.fund, updatedAt: record.updatedAt, updatedBy: record.updatedBy };
  try {
    await context.dynamo.send(
      new PutItemCommand({
        TableName: context.tableName,
        Item: marshall(item, { removeUndefinedValues: true }),
        ConditionExpression: options.onlyIfAbsent ? 'attribute_not_exists(PK)' : undefined,
      }),
    );
    return true;
  } catch (error) {
    if (options.onlyIfAbsent && error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
};

// A region has a handful of funds with a few decades of history each: a few hundred small items.
const maxPages = 20;

/** Every fund year of a region, oldest first within each fund (one Query on the region's partition, paged through). */
export const listFundYears = async (context: StoreContext, regionId: string): Promise<StoredFundYear[]> => {
  const found: StoredFundYear[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const result = await queryPage(context, { partition: keys.region(regionId).PK, prefix: keys.fundYearPrefix }, { limit: 100, cursor });
    for (const item of result.items) {
      const rest = withoutKeys(item);
      found.push({ ...FundYearRecord.parse(rest), regionId, fund: SocialInsuranceFund.parse(rest['fund']), updatedAt: String(rest['updatedAt']), updatedBy: String(rest['updatedBy']) });
    }
    cursor = result.cursor;
    if (!cursor) break;
  }
  return found;
};
