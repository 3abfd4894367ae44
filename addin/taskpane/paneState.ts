import type { Project } from '../../domain/model/project';
import type { SubmissionHead } from '../../domain/model/submission';
import type { TargetSheet } from '../../domain/model/targetSheet';
import type { ExAnteSheet } from '../../domain/forms/exAnteSheet';
import type { MonitoringSheet, MonitoringSignals } from '../../domain/forms/monitoringSheet';
import type { SelfEvaluationSheet } from '../../domain/forms/selfEvaluationSheet';
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

/** The pane's sections: one per form, and the finance view of monitoring warnings. */
export type PaneForm = 'targetSheet' | 'selfEvaluation' | 'monitoring' | 'exAnte' | 'warnings';

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
}
