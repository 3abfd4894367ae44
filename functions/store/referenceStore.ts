import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { Department, Unit } from '../../domain/model/department';
import { Project } from '../../domain/model/project';
import { Region } from '../../domain/model/region';
import { keys, type Key } from './keys';
import { withoutKeys } from './itemAttributes';
import { queryPage, type Page, type PageRequest } from './queryPage';
import type { StoreContext } from './storeContext';

/**
 * Reference data: regions, departments, units and projects. Reads are GetItem or Query (never Scan);
 * every item read back is parsed with its domain schema, so a malformed item fails loudly here.
 */

const getItem = async (context: StoreContext, key: Key): Promise<Record<string, unknown> | undefined> => {
  const { Item } = await context.dynamo.send(new GetItemCommand({ TableName: context.tableName, Key: marshall(key), ConsistentRead: true }));
  return Item ? withoutKeys(unmarshall(Item)) : undefined;
};

/**
 * Writes an item unless one with the same key exists; returns whether it wrote. Used by the seed so
 * that re-running it never overwrites what users changed.
 */
const putIfAbsent = async (context: StoreContext, item: Record<string, unknown>): Promise<boolean> => {
  try {
    await context.dynamo.send(
      new PutItemCommand({
        TableName: context.tableName,
        Item: marshall(item, { removeUndefinedValues: true }),
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
};

const parsePage = <T>(page: Page<Record<string, unknown>>, parse: (item: unknown) => T): Page<T> => ({
  ...page,
  items: page.items.map((item) => parse(withoutKeys(item))),
});

/** Creates a region unless it exists. */
export const putRegion = (context: StoreContext, region: Region) =>
  putIfAbsent(context, { ...keys.region(region.id), kind: 'region', ...Region.parse(region) });

export const getRegion = async (context: StoreContext, regionId: string): Promise<Region | undefined> => {
  const item = await getItem(context, keys.region(regionId));
  return item && Region.parse(item);
};

/** Creates a department unless it exists. */
export const putDepartment = (context: StoreContext, department: Department) =>
  putIfAbsent(context, { ...keys.department(department.regionId, department.id), kind: 'department', ...Department.parse(department) });

/** A department of a region; a department of another region is simply not found. */
export const getDepartment = async (context: StoreContext, regionId: string, departmentId: string): Promise<Department | undefined> => {
  const item = await getItem(context, keys.department(regionId, departmentId));
  return item && Department.parse(item);
};

export const listDepartments = async (context: StoreContext, regionId: string, page?: PageRequest): Promise<Page<Department>> =>
  parsePage(await queryPage(context, { partition: keys.region(regionId).PK, prefix: keys.departmentPrefix }, page), (item) =>
    Department.parse(item),
  );

/** Creates a unit unless it exists. */
export const putUnit = (context: StoreContext, unit: Unit) =>
  putIfAbsent(context, { ...keys.unit(unit.regionId, unit.departmentId, unit.id), kind: 'unit', ...Unit.parse(unit) });

export const getUnit = async (context: StoreContext, regionId: string, departmentId: string, unitId: string): Promise<Unit | undefined> => {
  const item = await getItem(context, keys.unit(regionId, departmentId, unitId));
  return item && Unit.parse(item);
};

export const listUnits = async (context: StoreContext, regionId: string, departmentId: string, page?: PageRequest): Promise<Page<Unit>> =>
  parsePage(await queryPage(context, { partition: keys.region(regionId).PK, prefix: keys.unitPrefix(departmentId) }, page), (item) =>
    Unit.parse(item),
  );

/** Creates a project unless it exists; indexed by region+year (GSI1) and department+year (GSI2). */
export const putProject = (context: StoreContext, project: Project) => {
  const parsed = Project.parse(project);
  return putIfAbsent(context, {
    ...keys.project(parsed.id),
    kind: 'project',
    GSI1PK: keys.regionProjects(parsed.regionId, parsed.year),
    GSI1SK: keys.regionProjectSort(parsed.departmentId, parsed.id),
    GSI2PK: keys.departmentYear(parsed.regionId, parsed.departmentId, parsed.year),
    GSI2SK: keys.departmentProjectSort(parsed.id),
    ...parsed,
  });
};

/** A project by id, whatever its region: callers check scope (functions/services/scope.ts). */
export const getProject = async (context: StoreContext, projectId: string): Promise<Project | undefined> => {
  const item = await getItem(context, keys.project(projectId));
  return item && Project.parse(item);
};

export const listProjectsOfDepartment = async (
  context: StoreContext,
  where: { regionId: string; departmentId: string; year: number },
  page?: PageRequest,
): Promise<Page<Project>> =>
  parsePage(
    await queryPage(
      context,
      { index: 'GSI2', partition: keys.departmentYear(where.regionId, where.departmentId, where.year), prefix: keys.departmentProjectPrefix },
      page,
    ),
    (item) => Project.parse(item),
  );

export const listProjectsOfRegion = async (context: StoreContext, where: { regionId: string; year: number }, page?: PageRequest): Promise<Page<Project>> =>
  parsePage(await queryPage(context, { index: 'GSI1', partition: keys.regionProjects(where.regionId, where.year) }, page), (item) =>
    Project.parse(item),
  );
