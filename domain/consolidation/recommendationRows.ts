import { recommendationLabels, type Recommendation, type RecommendationAction } from '../linkage/recommendation';
import type { Project } from '../model/project';
import type { SubmissionHead } from '../model/submission';
import type { Grade } from '../scoring/grade';
import { fenToWanYuanExact } from '../values/moneyText';
import { numberToDecimal } from '../values/decimal';
import type { ConsolidationColumn } from './consolidationColumn';
import type { ProjectRow } from './consolidationRow';
import { wanYuanFormat } from './consolidationColumns';
import { traceOf } from './rowBase';
import type { Bilingual } from '../model/bilingual';

/** A project's recommendation as computed from stored scores (functions/services/linkageService.ts). */
export interface ComputedRecommendation {
  projectId: string;
  grade: Grade;
  recommendations: Recommendation[];
  cutFen: number;
  nextYearBaseFen: number;
  recoverFen: number;
  source: 'evaluation' | 'selfEvaluation';
  score: number;
  adjustedFen: number;
  executedFen: number;
  decision?: { decision: 'accept' | 'override'; reason?: string; version: number; updatedAt: string; updatedBy: string };
}

/** Where finance stands on a recommendation: not yet decided, accepted, or overridden with a reason. */
export type DecisionStatus = 'pending' | 'accept' | 'override';

export const decisionStatusLabels: Record<DecisionStatus, Bilingual> = {
  pending: { zh: '待决定', en: 'Pending' },
  accept: { zh: '已采纳', en: 'Accepted' },
  override: { zh: '已调整', en: 'Overridden' },
};

/** What a consolidated recommendation row adds to a project row (RULES.md §6). */
export interface RecommendationDetail {
  /** Whose grade it uses: the finance evaluation's, else the self-evaluation's. */
  source: ComputedRecommendation['source'];
  /** The first action (the grade's), then the others in the order the rules gave them. */
  action: RecommendationAction;
  actions: Recommendation[];
  /** The largest cut percent among the actions; absent when nothing is cut by a percent. */
  percent?: number;
  executedFen: number;
  cutFen: number;
  nextYearBaseFen: number;
  recoverFen: number;
  reason_zh: string;
  reason_en: string;
  /** Rule-set lines, e.g. "linkage.table.fair; linkage.executionThreshold". */
  rules: string;
  decision: DecisionStatus;
  decisionReason?: string;
  decidedBy?: string;
  decidedAt?: string;
  ruleSetId: string;
  ruleSetVersion: number;
}

export interface RecommendationProjectRow extends ProjectRow {
  linkage: RecommendationDetail;
}

/**
 * The consolidated row of one project's recommendation (结果应用建议): owner and budget from the
 * project, trace from `graded` (the head of the submission whose score it uses), the score and
 * grade, the recommendation text in the project row's 结果应用建议 column, and the detail: actions,
 * percent, amounts, reasons, rule lines and finance's decision.
 *
 * @example
 * const row = recommendationRow(recommendation, { head, project, departmentName: '南通市教育局', ruleSet: { id, version } });
 */
export const recommendationRow = (
  recommendation: ComputedRecommendation,
  context: { head: SubmissionHead; project: Project | undefined; departmentName: string; ruleSet: { id: string; version: number } },
): RecommendationProjectRow => {
  const { head, project } = context;
  const actions = recommendation.recommendations;
  const percents = actions.flatMap((a) => (a.percent === undefined ? [] : [a.percent]));
  const decided = recommendation.decision;
  return {
    ...traceOf(head),
    departmentId: head.departmentId,
    departmentName: context.departmentName,
    subjectType: 'project',
    subjectId: recommendation.projectId,
    subjectName: project?.name_zh ?? recommendation.projectId,
    form: 'recommendation',
    ...(project === undefined ? {} : { budgetType: project.budgetType, isMajor: project.isMajor, isNew: project.isNew }),
    amountFen: recommendation.adjustedFen,
    indicatorCount: 0,
    score: numberToDecimal(recommendation.score) ?? '',
    grade: recommendation.grade,
    recommendation: {
      zh: actions.map((a) => recommendationLabels[a.action].zh).join('；'),
      en: actions.map((a) => recommendationLabels[a.action].en).join('; '),
    },
    linkage: {
      source: recommendation.source,
      action: actions[0]?.action ?? 'keep',
      actions,
      ...(percents.length === 0 ? {} : { percent: Math.max(...percents) }),
      executedFen: recommendation.executedFen,
      cutFen: recommendation.cutFen,
      nextYearBaseFen: recommendation.nextYearBaseFen,
      recoverFen: recommendation.recoverFen,
      reason_zh: actions.map((a) => a.reason_zh).join('；'),
      reason_en: actions.map((a) => a.reason_en).join('; '),
      rules: actions.map((a) => a.rule).join('; '),
      decision: decided?.decision ?? 'pending',
      ...(decided?.reason === undefined ? {} : { decisionReason: decided.reason }),
      ...(decided === undefined ? {} : { decidedBy: decided.updatedBy, decidedAt: decided.updatedAt }),
      ruleSetId: context.ruleSet.id,
      ruleSetVersion: context.ruleSet.version,
    },
  };
};

const wanYuan = (fen: number) => Number(fenToWanYuanExact(fen));
const money = (key: string, zh: string, en: string, fen: (r: RecommendationProjectRow) => number): ConsolidationColumn<RecommendationProjectRow> => ({
  key,
  label: { zh, en },
  width: 14,
  format: wanYuanFormat,
  value: (r) => wanYuan(fen(r)),
});

/** Columns a recommendation row adds after the project columns (consolidationColumns.ts). */
export const recommendationColumns: ConsolidationColumn<RecommendationProjectRow>[] = [
  { key: 'action', label: { zh: '应用方式', en: 'Action' }, width: 14, format: '@', value: (r) => recommendationLabels[r.linkage.action].zh },
  { key: 'percent', label: { zh: '压减比例（%）', en: 'Cut (%)' }, width: 10, format: 'General', value: (r) => r.linkage.percent ?? null },
  money('executed', '全年执行数（万元）', 'Executed (10k yuan)', (r) => r.linkage.executedFen),
  money('cut', '压减金额（万元）', 'Cut (10k yuan)', (r) => r.linkage.cutFen),
  money('nextYearBase', '下年度预算基数（万元）', 'Next year base (10k yuan)', (r) => r.linkage.nextYearBaseFen),
  money('recover', '收回金额（万元）', 'Recovered (10k yuan)', (r) => r.linkage.recoverFen),
  { key: 'reason', label: { zh: '理由', en: 'Reason' }, width: 40, format: '@', value: (r) => r.linkage.reason_zh },
  { key: 'rules', label: { zh: '规则依据', en: 'Rule lines' }, width: 30, format: '@', value: (r) => r.linkage.rules },
  { key: 'decision', label: { zh: '决定状态', en: 'Decision' }, width: 10, format: '@', value: (r) => decisionStatusLabels[r.linkage.decision].zh },
  { key: 'decisionReason', label: { zh: '调整理由', en: 'Override reason' }, width: 30, format: '@', value: (r) => r.linkage.decisionReason ?? null, internal: true },
];
