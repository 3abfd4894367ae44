import type { Project } from '../../domain/model/project';
import type { SubmissionHead } from '../../domain/model/submission';
import type { TargetSheet } from '../../domain/model/targetSheet';
import type { Problem } from '../../domain/problem';
import type { LibraryIndicator, Me } from '../api/client';
import type { BilingualText, Lang } from '../i18n/i18n';

/** The target sheet open in the workbook. */
export interface OpenSheet {
  id: string;
  head: SubmissionHead;
  /** For If-Match on the next write. */
  version: number;
  data: TargetSheet;
  /** Review mode, or a sheet the filer may no longer change (submitted, approved). */
  readOnly: boolean;
  sheetName: string;
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
}
