import { matchesRequest, type ConsolidationRequest } from '../../domain/consolidation/consolidationRequest';
import type { ConsolidationBatch } from '../../domain/consolidation/consolidationRow';
import { Department } from '../../domain/model/department';
import { Project } from '../../domain/model/project';
import { SubmissionHead, type FormId } from '../../domain/model/submission';
import { decompressJson } from '../store/compressedJson';
import { decodeCursor, encodeCursor, type CursorKey } from '../store/cursor';
import { withoutKeys } from '../store/itemAttributes';
import { keys } from '../store/keys';
import type { StoreContext } from '../store/storeContext';
import { indexKeys, tableKeys } from '../store/tableDefinition';
import { batchGetItems, batchGetLimit, itemKeyId } from './batchGetItems';
import type { ConsolidationScope, ConsolidationSource, SourcePage, SourcePageRequest } from './consolidationSource';
import { mapInOrder } from './mapInOrder';
import { queryPages } from './queryPages';

/**
 * Rows of a form whose data is stored as submissions (functions/store/submissionStore.ts), for
 * consolidation. Reads, per run:
 * - the region's departments (one Query) for their names;
 * - the submission heads of the region, year and form: GSI1, whole 1 MB pages (a single
 *   department's heads by sort key prefix);
 * - the projects, for budget type and flags: for a whole export the region's projects of the year
 *   by GSI1 (1 MB pages), for one API page a BatchGetItem of just those projects;
 * - the current version of every head that passes the filters, 100 per BatchGetItem, four in flight.
 * No Scan anywhere.
 */
/** BatchGetItem requests in flight at once. */
const concurrency = 4;

const departmentNames = async (store: StoreContext, regionId: string): Promise<Map<string, string>> => {
  const names = new Map<string, string>();
  for await (const page of queryPages(store, { partition: keys.region(regionId).PK, prefix: keys.departmentPrefix })) {
    for (const item of page.items) {
      const department = Department.parse(withoutKeys(item));
      names.set(department.id, department.name_zh);
    }
  }
  return names;
};

const regionProjects = async (store: StoreContext, regionId: string, year: number): Promise<Map<string, Project>> => {
  const projects = new Map<string, Project>();
  for await (const page of queryPages(store, { index: 'GSI1', partition: keys.regionProjects(regionId, year) })) {
    for (const item of page.items) {
      const project = Project.parse(withoutKeys(item));
      projects.set(project.id, project);
    }
  }
  return projects;
};

const projectsById = async (store: StoreContext, ids: readonly string[]): Promise<Map<string, Project>> => {
  const found = await batchGetItems(store, [...new Set(ids)].map((id) => keys.project(id)));
  return new Map([...found.values()].map((item) => {
    const project = Project.parse(withoutKeys(item));
    return [project.id, project] as const;
  }));
};

/** Which heads to read: a department's by sort key prefix, else the whole region. */
const headsQuery = (form: FormId, scope: ConsolidationScope, request: ConsolidationRequest) => {
  const only = scope.departmentId ?? (request.departmentIds?.length === 1 ? request.departmentIds[0] : undefined);
  return {
    index: 'GSI1' as const,
    partition: keys.regionForm(scope.regionId, request.year, form),
    ...(only === undefined ? {} : { prefix: `${keys.regionFormSort(only, '')}` }),
  };
};

/** A department role's scope narrows every request to its department. */
const effectiveRequest = (scope: ConsolidationScope, request: ConsolidationRequest): ConsolidationRequest =>
  scope.departmentId === undefined ? request : { ...request, departmentIds: [scope.departmentId] };

/** The rows of one submission, from its head, its current data (still unparsed), its project and department name. */
export type SubmissionRows = (head: SubmissionHead, data: unknown, project: Project | undefined, departmentName: string) => ConsolidationBatch;

/** Rows of up to 100 heads: filters on project and status, then reads their current versions. */
const rowsOf = async (
  toRows: SubmissionRows,
  store: StoreContext,
  heads: readonly SubmissionHead[],
  request: ConsolidationRequest,
  projects: Map<string, Project>,
  names: Map<string, string>,
): Promise<ConsolidationBatch> => {
  const chosen = heads.filter((head) => matchesRequest(request, { ...head, budgetType: projects.get(head.subjectId)?.budgetType }));
  const versions = await batchGetItems(store, chosen.map((head) => keys.version(head.id, head.version)));
  const batch: ConsolidationBatch = { projects: [], indicators: [] };
  for (const head of chosen) {
    const item = versions.get(itemKeyId(keys.version(head.id, head.version)));
    if (!item) throw new Error(`consolidation: submission ${head.id} has no version ${head.version}`);
    const rows = toRows(head, decompressJson(item.dataGz as Uint8Array), projects.get(head.subjectId), names.get(head.departmentId) ?? '');
    batch.projects.push(...rows.projects);
    batch.indicators.push(...rows.indicators);
  }
  return batch;
};

const toHeads = (items: Record<string, unknown>[]): SubmissionHead[] => items.map((item) => SubmissionHead.parse(withoutKeys(item)));

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

const cursorAttributes = [tableKeys.partitionKey, tableKeys.sortKey, indexKeys('GSI1').partitionKey, indexKeys('GSI1').sortKey];

/**
 * The consolidation source of a submission form: `toRows` parses one submission's data and makes
 * its rows; everything else (scope, filters, paging, batching) is shared.
 *
 * @example
 * const source = submissionSource('targetSheet', (head, data, project, name) => targetSheetRows(head, TargetSheet.parse(data), project, name));
 */
export const submissionSource = (form: FormId, toRows: SubmissionRows): ConsolidationSource => ({
  async *stream(store, scope, request) {
    const effective = effectiveRequest(scope, request);
    const [names, projects] = await Promise.all([departmentNames(store, scope.regionId), regionProjects(store, scope.regionId, request.year)]);
    async function* headChunks() {
      for await (const page of queryPages(store, headsQuery(form, scope, effective))) yield* chunks(toHeads(page.items), batchGetLimit);
    }
    yield* mapInOrder(headChunks(), concurrency, (heads) => rowsOf(toRows, store, heads, effective, projects, names));
  },

  async page(store, scope, request, page: SourcePageRequest): Promise<SourcePage> {
    const effective = effectiveRequest(scope, request);
    const query = headsQuery(form, scope, effective);
    const start: CursorKey | undefined = page.cursor ? decodeCursor(page.cursor, cursorAttributes, { GSI1PK: query.partition }) : undefined;
    const limit = Math.min(Math.max(page.limit, 1), batchGetLimit);
    const [names, first] = await Promise.all([
      departmentNames(store, scope.regionId),
      queryPages(store, { ...query, limit, ...(start ? { start } : {}) }).next(),
    ]);
    const result = first.done ? { items: [] } : first.value;
    const heads = toHeads(result.items);
    const projects = await projectsById(store, heads.map((head) => head.subjectId));
    const batch = await rowsOf(toRows, store, heads, effective, projects, names);
    return result.last ? { batch, cursor: encodeCursor(result.last as CursorKey) } : { batch };
  },
});
