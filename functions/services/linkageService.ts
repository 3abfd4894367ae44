import { z } from 'zod';
import { recommendDepartment, type DepartmentLinkage } from '../../domain/linkage/recommendDepartment';
import { recommendProject, type ProjectLinkage } from '../../domain/linkage/recommendProject';
import { Year } from '../../domain/model/ids';
import { financeRoles } from '../../domain/model/role';
import type { Principal } from '../../contract/principal';
import { appError, forbidden, notFound } from '../errors/appError';
import { keys } from '../store/keys';
import { maxPageSize } from '../store/queryPage';
import {
  getRecordHead,
  getRecordVersion,
  listRecordAudit,
  listRecordHeads,
  versionConflict,
  writeRecord,
  type RecordAudit,
  type RecordHead,
} from '../store/versionedRecordStore';
import { getProject } from '../store/referenceStore';
import type { StoreContext } from '../store/storeContext';
import { collectScores, type ScoredProject } from './evaluationScores';
import { currentRuleSet, type RecordWriteMeta } from './ruleSetService';
import { visibleOr404 } from './scope';

/**
 * Application of results (结果应用, RULES.md §6): next year's budget recommendation for every project
 * with a stored self-evaluation (the finance evaluation's grade wins where there is one), and for
 * every department, each with its reason and rule line; finance accepts or overrides, audited.
 */
export interface LinkageDecision extends RecordHead {
  projectId: string;
  departmentId: string;
  year: number;
  decision: 'accept' | 'override';
  reason?: string;
}

export interface ProjectRecommendation extends ProjectLinkage {
  departmentId: string;
  /** Whose grade the recommendation uses: the finance evaluation's, else the self-evaluation's. */
  source: 'evaluation' | 'selfEvaluation';
  score: number;
  /** The rule set the score was computed with (the recommendation uses the current one, below). */
  scoreRuleSet: { id: string; version: number };
  adjustedFen: number;
  executedFen: number;
  decision?: LinkageDecision;
}

export interface Recommendations {
  year: number;
  ruleSetId: string;
  ruleSetVersion: number;
  projects: ProjectRecommendation[];
  departments: (DepartmentLinkage & { score?: number })[];
}

/** A decision as the API returns it: the head and the recommendation as it stood when decided. */
export interface DecisionView {
  head: LinkageDecision;
  data: { recommendation: Omit<ProjectRecommendation, 'decision'>; reason?: string };
}

export const DecisionRequest = z.strictObject({
  year: Year,
  decision: z.enum(['accept', 'override']),
  reason: z.string().trim().max(1000).optional(),
});
export type DecisionRequest = z.infer<typeof DecisionRequest>;

const requireFinance = (principal: Principal, action_zh: string, action_en: string) => {
  const role = principal.roles.find((r) => financeRoles.includes(r));
  if (!role) throw forbidden(action_zh, action_en);
  return role;
};

const recommend = (project: ScoredProject & { self: NonNullable<ScoredProject['self']> }, ruleSet: Parameters<typeof recommendProject>[1]): ProjectRecommendation => {
  const graded = project.finance ?? project.self;
  return {
    ...recommendProject({ projectId: project.projectId, grade: graded.grade, adjustedFen: project.self.adjustedFen, executedFen: project.self.executedFen }, ruleSet),
    departmentId: project.departmentId,
    source: project.finance ? 'evaluation' : 'selfEvaluation',
    score: graded.total,
    scoreRuleSet: { id: graded.ruleSetId, version: graded.ruleSetVersion },
    adjustedFen: project.self.adjustedFen,
    executedFen: project.self.executedFen,
  };
};

const decisionsOf = async (store: StoreContext, regionId: string, year: number): Promise<Map<string, LinkageDecision>> => {
  const decisions = new Map<string, LinkageDecision>();
  let cursor: string | undefined;
  do {
    const page = await listRecordHeads(store, { index: 'GSI1', partition: keys.regionDecisions(regionId, year) }, { limit: maxPageSize, cursor });
    for (const head of page.items) decisions.set(String(head.projectId), head as LinkageDecision);
    cursor = page.cursor;
  } while (cursor);
  return decisions;
};

/**
 * The recommendations of a region's year, computed from its stored scores with its current rule set
 * and joined with finance's decisions. Callers authorize first (linkageRecommendations, the
 * recommendation consolidation source).
 */
export const regionRecommendations = async (store: StoreContext, regionId: string, year: number, meta: { now: Date; requestId: string }): Promise<Recommendations> => {
  const scores = await collectScores(store, { regionId }, year);
  const { data: ruleSet } = await currentRuleSet(store, regionId, year, meta);
  const decisions = await decisionsOf(store, regionId, year);
  const projects = scores.projects.flatMap((p) => (p.self ? [recommend({ ...p, self: p.self }, ruleSet)] : []));
  for (const p of projects) {
    const decision = decisions.get(p.projectId);
    if (decision) p.decision = decision;
  }
  const departmentIds = [...new Set([...projects.map((p) => p.departmentId), ...scores.departments.keys()])].sort();
  return {
    year,
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    projects,
    departments: departmentIds.map((departmentId) => {
      const overall = scores.departments.get(departmentId);
      const linkage = recommendDepartment(departmentId, overall?.grade, projects.filter((p) => p.departmentId === departmentId), ruleSet);
      return overall ? { ...linkage, score: overall.total } : linkage;
    }),
  };
};

/** GET /v1/linkage/recommendations?year=: finance roles of the region. */
export const linkageRecommendations = async (
  store: StoreContext,
  principal: Principal,
  year: number,
  meta: { now: Date; requestId: string },
): Promise<Recommendations> => {
  requireFinance(principal, '查看结果应用建议', 'see linkage recommendations');
  return regionRecommendations(store, principal.regionId, year, meta);
};

/**
 * POST /v1/linkage/recommendations/{projectId}/decision: finance accepts the recommendation or
 * overrides it with a reason. The recommendation as it stood is stored with the decision; a later
 * decision on the same project is a new version (If-Match), each audited.
 */
export const decideRecommendation = async (
  store: StoreContext,
  principal: Principal,
  input: { projectId: string; expectedVersion?: number; request: DecisionRequest },
  meta: RecordWriteMeta<DecisionView>,
): Promise<DecisionView> => {
  const project = visibleOr404(principal, await getProject(store, input.projectId), '项目', 'Project');
  const role = requireFinance(principal, '决定结果应用', 'decide on linkage recommendations');
  if (project.regionId !== principal.regionId) throw notFound('项目', 'Project');
  const { request } = input;
  if (request.decision === 'override' && !request.reason) {
    throw appError('linkage.reasonRequired', { zh: '调整建议须说明理由', en: 'An override needs a reason', problems: [
      { code: 'linkage.reasonRequired', message_zh: '请填写调整理由', message_en: 'Give the reason for the override', path: 'reason', severity: 'error' },
    ] });
  }
  const recommendations = await linkageRecommendations(store, principal, request.year, meta);
  const recommendation = recommendations.projects.find((p) => p.projectId === project.id);
  if (!recommendation) {
    throw appError('linkage.noRecommendation', { zh: `项目“${project.name_zh}”${request.year} 年度尚无已提交的绩效自评，没有可决定的建议`, en: `Project "${project.name_en || project.name_zh}" has no submitted self-evaluation for ${request.year}, so there is no recommendation to decide on` });
  }
  const partition = keys.linkageDecision(request.year, project.id);
  const current = await getRecordHead(store, partition);
  if (current && input.expectedVersion === undefined) {
    throw appError('request.preconditionRequired', { zh: '已有决定，修改须带 If-Match（当前版本号）', en: 'A decision exists; changing it needs If-Match with its version' });
  }
  if (current && current.version !== input.expectedVersion) throw versionConflict('record', { current: current.version, expected: input.expectedVersion });
  const { decision: _previous, ...snapshot } = recommendation;
  const at = meta.now.toISOString();
  const head: LinkageDecision = {
    id: `${request.year}.${project.id}`,
    regionId: project.regionId,
    departmentId: project.departmentId,
    projectId: project.id,
    year: request.year,
    version: (current?.version ?? 0) + 1,
    decision: request.decision,
    ...(request.reason ? { reason: request.reason } : {}),
    updatedAt: at,
    updatedBy: principal.subject,
  };
  const view: DecisionView = { head, data: { recommendation: snapshot, ...(request.reason ? { reason: request.reason } : {}) } };
  await writeRecord(store, {
    partition,
    kind: 'linkageDecision',
    head,
    index: { GSI1PK: keys.regionDecisions(project.regionId, request.year), GSI1SK: `D#${project.departmentId}#P#${project.id}` },
    data: view.data,
    audit: { action: request.decision, subject: principal.subject, name: principal.name, role, comment: request.reason, requestId: meta.requestId },
    expectedVersion: current?.version,
    idempotency: meta.idempotency?.(view),
  });
  return view;
};

/** GET /v1/linkage/recommendations/{projectId}/decision?year=: the current decision and its audit trail (finance roles). */
export const getDecision = async (
  store: StoreContext,
  principal: Principal,
  input: { projectId: string; year: number },
): Promise<{ head: LinkageDecision; data: unknown; audit: RecordAudit[] }> => {
  const project = visibleOr404(principal, await getProject(store, input.projectId), '项目', 'Project');
  requireFinance(principal, '查看结果应用决定', 'see linkage decisions');
  const partition = keys.linkageDecision(input.year, project.id);
  const head = await getRecordHead(store, partition);
  if (!head) throw notFound('结果应用决定', 'Linkage decision');
  const version = await getRecordVersion(store, partition, head.version);
  const audit = await listRecordAudit(store, partition, { limit: maxPageSize });
  return { head: head as LinkageDecision, data: version?.data, audit: audit.items };
};
