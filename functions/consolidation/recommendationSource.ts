import { matchesRequest, type ConsolidationRequest } from '../../domain/consolidation/consolidationRequest';
import type { ConsolidationBatch } from '../../domain/consolidation/consolidationRow';
import { recommendationRow } from '../../domain/consolidation/recommendationRows';
import { Project } from '../../domain/model/project';
import { SubmissionHead, submissionId } from '../../domain/model/submission';
import { appError, forbidden } from '../errors/appError';
import { regionRecommendations, type ProjectRecommendation, type Recommendations } from '../services/linkageService';
import { withoutKeys } from '../store/itemAttributes';
import { keys } from '../store/keys';
import { maxPageSize } from '../store/queryPage';
import { listDepartments } from '../store/referenceStore';
import type { StoreContext } from '../store/storeContext';
import { batchGetItems, batchGetLimit, itemKeyId } from './batchGetItems';
import type { ConsolidationScope, ConsolidationSource } from './consolidationSource';

const departmentNames = async (store: StoreContext, regionId: string): Promise<Map<string, string>> => {
  const names = new Map<string, string>();
  let cursor: string | undefined;
  do {
    const page = await listDepartments(store, regionId, { limit: maxPageSize, ...(cursor ? { cursor } : {}) });
    for (const department of page.items) names.set(department.id, department.name_zh);
    cursor = page.cursor;
  } while (cursor);
  return names;
};

/** Recommendations are the finance bureau's (as GET /v1/linkage/recommendations): a department scope is refused. */
const recommendationsIn = async (store: StoreContext, scope: ConsolidationScope, request: ConsolidationRequest): Promise<{ all: ProjectRecommendation[]; of: Recommendations }> => {
  if (scope.departmentId !== undefined) throw forbidden('汇总结果应用建议', 'consolidate linkage recommendations');
  const of = await regionRecommendations(store, scope.regionId, request.year, { now: new Date(), requestId: 'consolidation' });
  const departments = request.departmentIds;
  const all = departments?.length ? of.projects.filter((p) => departments.includes(p.departmentId)) : of.projects;
  return { all, of };
};

/** Rows of up to 100 recommendations: their projects and the heads of the submissions whose scores they use (two BatchGetItems). */
const rowsOf = async (
  store: StoreContext,
  request: ConsolidationRequest,
  chunk: readonly ProjectRecommendation[],
  of: Recommendations,
  names: Map<string, string>,
): Promise<ConsolidationBatch> => {
  const gradedId = (p: ProjectRecommendation) => submissionId(p.source === 'evaluation' ? 'evaluation' : 'selfEvaluation', request.year, p.projectId);
  const [projects, heads] = await Promise.all([
    batchGetItems(store, chunk.map((p) => keys.project(p.projectId))),
    batchGetItems(store, chunk.map((p) => keys.head(gradedId(p)))),
  ]);
  const rows = chunk.flatMap((p) => {
    const headItem = heads.get(itemKeyId(keys.head(gradedId(p))));
    // A score always comes from a stored submission; one deleted meanwhile has nothing to trace to.
    if (!headItem) return [];
    const projectItem = projects.get(itemKeyId(keys.project(p.projectId)));
    const project = projectItem ? Project.parse(withoutKeys(projectItem)) : undefined;
    const row = recommendationRow(p, {
      head: SubmissionHead.parse(withoutKeys(headItem)),
      project,
      departmentName: names.get(p.departmentId) ?? '',
      ruleSet: { id: of.ruleSetId, version: of.ruleSetVersion },
    });
    return matchesRequest(request, row) ? [row] : [];
  });
  return { projects: rows, indicators: [] };
};

const invalidCursor = () => appError('consolidation.invalidCursor', { zh: '分页游标无效，请从第一页重新读取', en: 'The page cursor is not valid; start again from the first page' });

/**
 * Application-of-results recommendations (结果应用建议, RULES.md §6) for consolidation: one row per
 * project with a standing self-evaluation, computed from the stored scores with the region's current
 * rule set (linkageService), with action, percent, amounts, reasons, rule lines and finance's
 * decision. They are computed for the whole region per call, so a page's cursor is the offset of the
 * next recommendation.
 */
export const recommendationSource: ConsolidationSource = {
  async *stream(store, scope, request) {
    const [{ all, of }, names] = await Promise.all([recommendationsIn(store, scope, request), departmentNames(store, scope.regionId)]);
    for (let i = 0; i < all.length; i += batchGetLimit) yield await rowsOf(store, request, all.slice(i, i + batchGetLimit), of, names);
  },
  async page(store, scope, request, page) {
    const offset = page.cursor === undefined ? 0 : /^\d{1,9}$/.test(page.cursor) ? Number(page.cursor) : Number.NaN;
    if (!Number.isInteger(offset)) throw invalidCursor();
    const [{ all, of }, names] = await Promise.all([recommendationsIn(store, scope, request), departmentNames(store, scope.regionId)]);
    const end = offset + Math.min(Math.max(page.limit, 1), batchGetLimit);
    const batch = await rowsOf(store, request, all.slice(offset, end), of, names);
    return end < all.length ? { batch, cursor: String(end) } : { batch };
  },
};
