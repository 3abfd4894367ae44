import { evaluationRows, withFramework, withSelfScore, type EvaluationProjectRow } from '../../domain/consolidation/evaluationRows';
import type { ConsolidationBatch } from '../../domain/consolidation/consolidationRow';
import { SelfEvaluationSheet } from '../../domain/forms/selfEvaluation/selfEvaluationSheet';
import { SubmissionHead, submissionId } from '../../domain/model/submission';
import { EvaluationRecord } from '../services/evaluationService';
import { decompressJson } from '../store/compressedJson';
import { withoutKeys } from '../store/itemAttributes';
import { keys } from '../store/keys';
import { getRuleSetVersion } from '../store/ruleSetStore';
import type { StoreContext } from '../store/storeContext';
import { batchGetItems, itemKeyId } from './batchGetItems';
import type { ConsolidationSource } from './consolidationSource';
import { submissionSource } from './submissionSource';

const evaluations = submissionSource('evaluation', (head, data, project, name) => evaluationRows(head, EvaluationRecord.parse(data), project, name));

/** The self-evaluation totals of some projects' year, from standing (submitted or approved) sheets: two BatchGetItems. */
const selfScores = async (store: StoreContext, year: number, projectIds: readonly string[]): Promise<Map<string, number>> => {
  const ids = projectIds.map((projectId) => submissionId('selfEvaluation', year, projectId));
  const heads = [...(await batchGetItems(store, ids.map((id) => keys.head(id)))).values()]
    .map((item) => SubmissionHead.parse(withoutKeys(item)))
    .filter((head) => head.status === 'submitted' || head.status === 'approved');
  const versions = await batchGetItems(store, heads.map((head) => keys.version(head.id, head.version)));
  const totals = new Map<string, number>();
  for (const head of heads) {
    const item = versions.get(itemKeyId(keys.version(head.id, head.version)));
    const total = item && SelfEvaluationSheet.parse(decompressJson(item.dataGz as Uint8Array)).result?.total;
    if (total !== undefined) totals.set(head.subjectId, total);
  }
  return totals;
};

/** Adds what one evaluation record does not hold: the self-score and gap, and part labels of the rule set scored with. */
const complete = async (store: StoreContext, year: number, batch: ConsolidationBatch): Promise<ConsolidationBatch> => {
  const rows = batch.projects as EvaluationProjectRow[];
  const totals = await selfScores(store, year, rows.map((row) => row.subjectId));
  const ruleSets = new Map<string, Promise<Awaited<ReturnType<typeof getRuleSetVersion>>>>();
  const ruleSetOf = (row: EvaluationProjectRow) => {
    const key = `${row.evaluation.ruleSetId}#${row.evaluation.ruleSetVersion}`;
    if (!ruleSets.has(key)) ruleSets.set(key, getRuleSetVersion(store, row.evaluation.ruleSetId, row.evaluation.ruleSetVersion));
    return ruleSets.get(key)!;
  };
  const projects = await Promise.all(
    rows.map(async (row) => {
      const unlabelled = row.evaluation.parts.some((part) => part.label === undefined);
      const ruleSet = unlabelled ? await ruleSetOf(row) : undefined;
      const labelled = ruleSet ? withFramework(row, ruleSet.evaluation.frameworks.project) : row;
      const self = totals.get(row.subjectId);
      return self === undefined ? labelled : withSelfScore(labelled, self);
    }),
  );
  return { projects, indicators: batch.indicators };
};

/**
 * Finance evaluations of projects (财政再评价, 财政重点评价; RULES.md §3) for consolidation: one row
 * per evaluation with its parts, total, grade and evaluators (evaluationRows), completed with the
 * unit's self-score and the gap. Scope, filters and paging are those of every submission form.
 */
export const evaluationSource: ConsolidationSource = {
  async *stream(store, scope, request) {
    for await (const batch of evaluations.stream(store, scope, request)) yield await complete(store, request.year, batch);
  },
  async page(store, scope, request, page) {
    const found = await evaluations.page(store, scope, request, page);
    return { ...found, batch: await complete(store, request.year, found.batch) };
  },
};
