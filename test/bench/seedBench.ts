import { BatchWriteItemCommand, type AttributeValue, type BatchWriteItemCommandOutput, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { budgetTypes } from '../../domain/model/budgetType';
import type { Indicator } from '../../domain/model/indicator';
import type { Project } from '../../domain/model/project';
import { SubmissionHead, type Status } from '../../domain/model/submission';
import { TargetSheet } from '../../domain/model/targetSheet';
import { mapInOrder } from '../../functions/consolidation/mapInOrder';
import { compressJson } from '../../functions/store/compressedJson';
import { keys } from '../../functions/store/keys';
import type { StoreContext } from '../../functions/store/storeContext';
import { goodStudentAidIndicators } from '../support/targetSheetFixtures';
import { itemSize } from './itemSize';

export interface BenchShape {
  regionId: string;
  year: number;
  departments: number;
  projects: number;
  indicatorsPerProject: number;
}

export interface SeedResult {
  items: number;
  requests: number;
  /** DynamoDB sizes of what consolidation reads, for the fewest-requests figure. */
  bytes: { departments: number; projects: number; heads: number };
}

// Realistic statuses at budget time: most approved, some in review, a few still drafts or returned.
const statusOf = (i: number): Status => (['approved', 'approved', 'approved', 'submitted', 'approved', 'returned', 'approved', 'submitted', 'draft', 'approved'] as const)[i % 10]!;

const indicatorsOf = (projectIndex: number, count: number): Indicator[] =>
  Array.from({ length: count }, (_, i) => {
    const base = goodStudentAidIndicators[i % goodStudentAidIndicators.length]!;
    return { ...base, name: `${base.name}（第${i + 1}项）`, target: String(100 + ((projectIndex * 7 + i * 13) % 9000)) };
  });

/**
 * Writes a city of `shape.projects` projects, each with a target sheet of `indicatorsPerProject`
 * indicators (head + current version), with BatchWriteItem (25 items per request, 8 in flight).
 * The items have exactly the keys the store writes (functions/store/submissionStore.ts headItem,
 * referenceStore.ts putProject), so consolidation reads them as it reads real data.
 */
export const seedBench = async (store: StoreContext, shape: BenchShape): Promise<SeedResult> => {
  const items: Record<string, AttributeValue>[] = [];
  const bytes = { departments: 0, projects: 0, heads: 0 };
  const add = (item: Record<string, unknown>, kind?: keyof typeof bytes) => {
    const marshalled = marshall(item, { removeUndefinedValues: true });
    if (kind) bytes[kind] += itemSize(marshalled);
    items.push(marshalled);
  };
  for (let d = 0; d < shape.departments; d++) {
    const id = `dept-${String(d).padStart(3, '0')}`;
    add({ ...keys.department(shape.regionId, id), kind: 'department', id, regionId: shape.regionId, name_zh: `第${d + 1}部门（局）`, name_en: `Department ${d + 1}`, sector: 'education' }, 'departments');
  }
  for (let p = 0; p < shape.projects; p++) {
    const departmentId = `dept-${String(p % shape.departments).padStart(3, '0')}`;
    const id = `proj-${String(p).padStart(5, '0')}`;
    const project: Project = {
      id, regionId: shape.regionId, departmentId, year: shape.year, name_zh: `城市基础设施和公共服务项目${p + 1}`, name_en: `Project ${p + 1}`,
      budgetType: budgetTypes[p % 4]!, sector: 'education', isMajor: p % 5 === 0, isNew: p % 3 === 0, period: { from: shape.year, to: shape.year }, amountFen: 1_000_000 * (p + 1) + 37,
    };
    add({
      ...keys.project(id), kind: 'project',
      GSI1PK: keys.regionProjects(shape.regionId, shape.year), GSI1SK: keys.regionProjectSort(departmentId, id),
      GSI2PK: keys.departmentYear(shape.regionId, departmentId, shape.year), GSI2SK: keys.departmentProjectSort(id),
      ...project,
    }, 'projects');
    const status = statusOf(p);
    const version = 1 + (p % 4);
    const submissionId = `targetSheet.${shape.year}.${id}`;
    const at = new Date(Date.UTC(shape.year, 1, 1, 0, 0, p)).toISOString();
    const head = SubmissionHead.parse({
      id: submissionId, form: 'targetSheet', regionId: shape.regionId, departmentId, subjectType: 'project', subjectId: id, year: shape.year,
      status, version, updatedAt: at, updatedBy: 'filer', ...(status === 'approved' ? { approvedAt: at, approvedBy: 'reviewer' } : {}),
    });
    add({
      ...keys.head(submissionId), kind: 'submissionHead',
      GSI1PK: keys.regionForm(shape.regionId, shape.year, 'targetSheet'), GSI1SK: keys.regionFormSort(departmentId, id),
      GSI2PK: keys.departmentYear(shape.regionId, departmentId, shape.year), GSI2SK: keys.departmentFormSort('targetSheet', id),
      GSI3PK: keys.regionFormStatus(shape.regionId, shape.year, 'targetSheet', status), GSI3SK: keys.regionFormStatusSort(at, submissionId),
      ...head,
    }, 'heads');
    const sheet = TargetSheet.parse({
      projectId: id, year: shape.year, projectName: project.name_zh, departmentName: `第${(p % shape.departments) + 1}部门（局）`, unitName: '',
      isNew: project.isNew, period: project.period, funding: { fiscalFen: project.amountFen - 37, otherFen: 37 },
      overallGoal: '完善城市基础设施，提升公共服务水平', annualGoal: '按计划完成年度建设任务', indicators: indicatorsOf(p, shape.indicatorsPerProject),
    });
    add({ ...keys.version(submissionId, version), kind: 'submissionVersion', submissionId, version, status, action: 'save', createdAt: at, createdBy: 'filer', dataGz: compressJson(sheet) });
  }

  const batches: WriteRequest[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })));
  let requests = 0;
  const write = async (batch: WriteRequest[]) => {
    let pending: WriteRequest[] | undefined = batch;
    while (pending && pending.length > 0) {
      requests++;
      const output: BatchWriteItemCommandOutput = await store.dynamo.send(new BatchWriteItemCommand({ RequestItems: { [store.tableName]: pending } }));
      pending = output.UnprocessedItems?.[store.tableName];
    }
  };
  for await (const _ of mapInOrder(batches, 8, write)) void _;
  return { items: items.length, requests, bytes };
};
