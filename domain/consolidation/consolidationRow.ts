import type { BudgetType } from '../model/budgetType';
import type { Level1, Level2, Operator, Basis } from '../model/indicator';
import type { SubjectType } from '../model/subject';
import type { Status } from '../model/submission';
import type { Grade } from '../scoring/grade';
import type { Signal } from '../monitoring/signal';
import type { ConsolidationForm } from './consolidationForm';
import type { Bilingual } from '../model/bilingual';

/**
 * What traces a consolidated row back to its source (docs/addin.md "Consolidate: pull into the workbook"): the submission, the version the
 * row was read from, and who approved it. Refresh compares these to know what changed.
 */
export interface ConsolidationTrace {
  submissionId: string;
  version: number;
  status: Status;
  /** ISO time of the version. */
  updatedAt: string;
  /** Subject of the finance reviewer who approved (批复); absent until approved. */
  approvedBy?: string;
  approvedAt?: string;
}

/** Who a row belongs to. */
export interface ConsolidationOwner {
  departmentId: string;
  departmentName: string;
  subjectType: SubjectType;
  subjectId: string;
  subjectName: string;
}

/**
 * One row per subject (project, policy, department) of one form. Fields a form does not have stay
 * undefined and are written as empty cells; scores are decimal strings so no float rounds them.
 */
export interface ProjectRow extends ConsolidationTrace, ConsolidationOwner {
  form: ConsolidationForm;
  budgetType?: BudgetType;
  isMajor?: boolean;
  isNew?: boolean;
  /** 年度资金总额 and its parts, integer fen. */
  amountFen?: number;
  fiscalFen?: number;
  otherFen?: number;
  indicatorCount: number;
  /** 总得分 as a decimal string ("87.50"). */
  score?: string;
  grade?: Grade;
  /** 预警: the worst signal of the subject. */
  warning?: Signal;
  /** 结果应用建议, in both languages. */
  recommendation?: Bilingual;
  /** Internal: the reviewer's comment (退回意见). Never disclosed. */
  comment?: string;
}

/** One row per indicator of a subject's form. */
export interface IndicatorRow extends ConsolidationTrace, ConsolidationOwner {
  form: ConsolidationForm;
  budgetType?: BudgetType;
  /** 1-based position of the indicator on its form. */
  index: number;
  level1: Level1;
  level2: Level2;
  name: string;
  operator: Operator;
  target: string;
  unit: string;
  basis?: Basis;
  explanation?: string;
  /** 实际完成值 (monitoring, self-evaluation). */
  actual?: string;
  score?: string;
  warning?: Signal;
}

/** What a source yields at a time: a few subjects with all their indicators. */
export interface ConsolidationBatch {
  projects: ProjectRow[];
  indicators: IndicatorRow[];
}
