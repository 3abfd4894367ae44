import { ConditionalCheckFailedException, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { Policy } from '../../domain/model/policy';
import { withoutKeys } from './itemAttributes';
import { keys } from './keys';
import { queryPage, type Page, type PageRequest } from './queryPage';
import type { StoreContext } from './storeContext';

/**
 * Creates a policy unless it exists (the seed runs on every start and never overwrites); returns
 * whether it wrote. Indexed by region and year (GSI1) and by department and year (GSI2).
 */
export const putPolicy = async (context: StoreContext, policy: Policy): Promise<boolean> => {
  const parsed = Policy.parse(policy);
  const item = {
    ...keys.policy(parsed.id),
    kind: 'policy',
    GSI1PK: keys.regionPolicies(parsed.regionId, parsed.year),
    GSI1SK: keys.regionPolicySort(parsed.departmentId, parsed.id),
    GSI2PK: keys.departmentYear(parsed.regionId, parsed.departmentId, parsed.year),
    GSI2SK: keys.departmentPolicySort(parsed.id),
    ...parsed,
  };
  try {
    await context.dynamo.send(
      new PutItemCommand({ TableName: context.tableName, Item: marshall(item, { removeUndefinedValues: true }), ConditionExpression: 'attribute_not_exists(PK)' }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
};

/** A policy by id, whatever its region: callers check scope (functions/services/scope.ts). */
export const getPolicy = async (context: StoreContext, policyId: string): Promise<Policy | undefined> => {
  const { Item } = await context.dynamo.send(new GetItemCommand({ TableName: context.tableName, Key: marshall(keys.policy(policyId)), ConsistentRead: true }));
  return Item ? Policy.parse(withoutKeys(unmarshall(Item))) : undefined;
};

/** A department's policies of a year, or (without a department) its region's, a page at a time. */
export const listPolicies = async (
  context: StoreContext,
  where: { regionId: string; year: number; departmentId?: string },
  page?: PageRequest,
): Promise<Page<Policy>> => {
  const result =
    where.departmentId === undefined
      ? await queryPage(context, { index: 'GSI1', partition: keys.regionPolicies(where.regionId, where.year) }, page)
      : await queryPage(
          context,
          { index: 'GSI2', partition: keys.departmentYear(where.regionId, where.departmentId, where.year), prefix: keys.departmentPolicyPrefix },
          page,
        );
  return { ...result, items: result.items.map((item) => Policy.parse(withoutKeys(item))) };
};
