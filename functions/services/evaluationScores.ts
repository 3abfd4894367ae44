import { SelfEvaluationSheet } from '../../domain/forms/selfEvaluation/selfEvaluationSheet';
import type { FormId, SubmissionHead } from '../../domain/model/submission';
import type { Grade } from '../../domain/scoring/grade';
import { maxPageSize } from '../store/queryPage';
import type { StoreContext } from '../store/storeContext';
import { getVersion, listHeads } from '../store/submissionStore';
import { EvaluationRecord } from './evaluationService';

/** A stored score as linkage and gaps use it, with the rule set that produced it. */
export interface StoredScore {
  total: number;
  grade: Grade;
  ruleSetId: string;
  ruleSetVersion: number;
  /** The submission and version the score was read from. */
  submissionId: string;
  version: number;
}

export interface ScoredProject {
  projectId: string;
  departmentId: string;
  /** The department's self-evaluation, once submitted (scored by the server). */
  self?: StoredScore & { adjustedFen: number; executedFen: number };
  /** The finance re-evaluation or key evaluation. */
  finance?: StoredScore;
}

export interface RegionScores {
  projects: ScoredProject[];
  /** Department overall evaluations, by department id. */
  departments: Map<string, StoredScore>;
}

const allHeads = async (store: StoreContext, form: FormId, scope: { regionId: string; departmentId?: string }, year: number): Promise<SubmissionHead[]> => {
  const heads: SubmissionHead[] = [];
  let cursor: string | undefined;
  do {
    const page = await listHeads(
      store,
      scope.departmentId === undefined
        ? { by: 'region', form, regionId: scope.regionId, year }
        : { by: 'department', form, regionId: scope.regionId, departmentId: scope.departmentId, year },
      { limit: maxPageSize, cursor },
    );
    heads.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return heads;
};

const dataOf = async (store: StoreContext, head: SubmissionHead): Promise<unknown> => (await getVersion(store, head.id, head.version))?.data;

const storedScore = (head: SubmissionHead, result: { total: number; grade: Grade; ruleSetId: string; ruleSetVersion: number }): StoredScore => ({
  total: result.total,
  grade: result.grade,
  ruleSetId: result.ruleSetId,
  ruleSetVersion: result.ruleSetVersion,
  submissionId: head.id,
  version: head.version,
});

/**
 * Every stored score of a year in scope (a region, or one department of it): self-evaluation totals
 * with their budget execution, finance evaluation totals, department overall evaluations. Reads are
 * Queries on the consolidation indexes plus one GetItem per submission, never a Scan.
 */
export const collectScores = async (store: StoreContext, scope: { regionId: string; departmentId?: string }, year: number): Promise<RegionScores> => {
  const [selfHeads, financeHeads, departmentHeads] = await Promise.all(
    (['selfEvaluation', 'evaluation', 'departmentEvaluation'] as const).map((form) => allHeads(store, form, scope, year)),
  );
  const projects = new Map<string, ScoredProject>();
  const project = (head: SubmissionHead): ScoredProject => {
    const found = projects.get(head.subjectId) ?? { projectId: head.subjectId, departmentId: head.departmentId };
    projects.set(head.subjectId, found);
    return found;
  };
  // Drafts and returned sheets carry the score of an earlier submit at most: only a standing submission counts.
  const standing = (selfHeads ?? []).filter((head) => head.status === 'submitted' || head.status === 'approved');
  const [selfData, financeData, departmentData] = await Promise.all(
    [standing, financeHeads ?? [], departmentHeads ?? []].map((heads) => Promise.all(heads.map((head) => dataOf(store, head)))),
  );
  standing.forEach((head, i) => {
    const sheet = SelfEvaluationSheet.parse(selfData?.[i]);
    if (sheet.result) project(head).self = { ...storedScore(head, sheet.result), adjustedFen: sheet.budget.adjustedFen, executedFen: sheet.budget.executedFen };
  });
  (financeHeads ?? []).forEach((head, i) => {
    project(head).finance = storedScore(head, EvaluationRecord.parse(financeData?.[i]).result);
  });
  const departments = new Map<string, StoredScore>();
  (departmentHeads ?? []).forEach((head, i) => {
    departments.set(head.subjectId, storedScore(head, EvaluationRecord.parse(departmentData?.[i]).result));
  });
  return { projects: [...projects.values()].sort((a, b) => a.projectId.localeCompare(b.projectId)), departments };
};
