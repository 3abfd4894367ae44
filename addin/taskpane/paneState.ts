import type { ConsolidationForm } from '../../domain/consolidation/consolidationForm';
import type { ConsolidationRequest } from '../../domain/consolidation/consolidationRequest';
import type { BudgetType } from '../../domain/model/budgetType';
import type { Department } from '../../domain/model/department';
import type { Project } from '../../domain/model/project';
import type { Status, SubmissionHead } from '../../domain/model/submission';
import type { TargetSheet } from '../../domain/model/targetSheet';
import type { ExAnteSheet } from '../../domain/forms/exAnte/exAnteSheet';
import type { MonitoringSheet, MonitoringSignals } from '../../domain/forms/monitoring/monitoringSheet';
import type { SelfEvaluationSheet } from '../../domain/forms/selfEvaluation/selfEvaluationSheet';
import type { Conclusion } from '../../domain/exAnte/conclusion';
import type { Problem } from '../../domain/problem';
import type { Grade } from '../../domain/scoring/grade';
import type { DepartmentWarnings, LibraryIndicator, Me } from '../api/client';
import type { BilingualText, Lang } from '../i18n/i18n';

/** A submission open in the workbook (target sheet, self-evaluation, monitoring report, ex-ante assessment). */
export interface OpenForm<D> {
  id: string;
  head: SubmissionHead;
  /** For If-Match on the next write. */
  version: number;
  data: D;
  /** Review mode, or a sheet the filer may no longer change (submitted, approved). */
  readOnly: boolean;
  sheetName: string;
}

/** The target sheet open in the workbook. */
export type OpenSheet = OpenForm<TargetSheet>;

/** The pane's sections: one per form, the finance view of monitoring warnings, and 汇总 (pull into Excel). */
export type PaneForm = 'targetSheet' | 'selfEvaluation' | 'monitoring' | 'exAnte' | 'warnings' | 'consolidate';

/** What a user picks for a pull (docs/addin.md "Consolidate: pull into the workbook"), besides the pane's year; an empty list means all. */
export interface ConsolidationPicks {
  form: ConsolidationForm;
  budgetTypes: BudgetType[];
  departmentIds: string[];
  statuses: Status[];
}

/** A pull under way: pages and rows read from the API, rows already in Excel. */
export interface PullStatus {
  pages: number;
  rowsRead: number;
  rowsWritten: number;
  /** 取消 was pressed: the current page is the last. */
  cancelling: boolean;
}

/** How the last pull ended (the result line). */
export interface PullResult {
  projects: number;
  indicators: number;
  pages: number;
  sheets: string[];
  /** Wall time of the pull, milliseconds. */
  ms: number;
  cancelled: boolean;
}

/** The 汇总 section. */
export interface ConsolidationView {
  picks: ConsolidationPicks;
  /** Departments the user may pick from (`/v1/departments`: the region, or the user's own). */
  departments?: Department[];
  pulling?: PullStatus;
  /** The request of the last pull: 刷新 repeats it, whatever is picked now. */
  lastRequest?: ConsolidationRequest;
  result?: PullResult;
}

/** A self-evaluation score as the pane shows it (live, or as the server stored it). */
export interface ScoreView {
  total: number;
  grade: Grade;
  executionRate: number | null;
  ruleSetId: string;
  ruleSetVersion: number;
}

/** An ex-ante assessment's score and conclusion: the recorded one, or a provisional one from 检查. */
export interface ConclusionView {
  score: number;
  conclusion: Conclusion;
  /** True when the finance bureau recorded it at approval. */
  recorded: boolean;
}

export interface Notice {
  kind: 'info' | 'success' | 'error';
  text: BilingualText;
}

/** Everything the view shows; the controller is the only writer. */
export interface PaneState {
  lang: Lang;
  me?: Me;
  year: number;
  projects: Project[];
  projectId?: string;
  sheet?: OpenSheet;
  problems: Problem[];
  queue: SubmissionHead[];
  library: LibraryIndicator[];
  busy: boolean;
  notice?: Notice;
  /** The section shown; the target sheet when unset. */
  form?: PaneForm;
  /** Projects whose targets are approved this year (self-evaluation and monitoring need them). */
  approvedProjectIds?: string[];
  selfEvaluation?: OpenForm<SelfEvaluationSheet>;
  /** The score computed in the pane as the filer types. */
  liveScore?: ScoreView;
  /** The score the server stored at submit, and whether it differs from the live one. */
  storedScore?: ScoreView & { differs: boolean };
  /** Monitoring period (m01–m12); January–July by default (RULES.md §5). */
  period?: string;
  monitoring?: OpenForm<MonitoringSheet>;
  /** Signals of the open monitoring report: from the last check, or as the server computed them. */
  signals?: MonitoringSignals;
  exAnte?: OpenForm<ExAnteSheet>;
  exAnteConclusion?: ConclusionView;
  /** Finance: red and yellow projects per department. */
  warnings?: DepartmentWarnings[];
  /** 汇总: picks, progress and result of pulls into Excel. */
  consolidation?: ConsolidationView;
}
