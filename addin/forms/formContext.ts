import type { RuleSet } from '../../domain/ruleSet/ruleSet';
import type { ApiClient } from '../api/client';
import type { ExcelHost } from '../excel/excelHost';
import { both, type MessageKey } from '../i18n/i18n';
import type { Notice, PaneState } from '../taskpane/paneState';

/** What a form's pane actions get from the controller: the API, Excel, the state and the cached rule set. */
export interface FormContext {
  api: ApiClient;
  host: ExcelHost;
  get(): PaneState;
  set(patch: Partial<PaneState>): void;
  /** Runs a user action with the busy state; errors become a notice (and marked cells). */
  act(action: () => Promise<void>): Promise<void>;
  /** Shows an error outside a user action (e.g. in a live-score pass). */
  fail(error: unknown): void;
  /** The region's current rule set for the year, fetched once per year and session. */
  ruleSet(year: number): Promise<RuleSet>;
  isReviewer(): boolean;
}

/** A notice in both languages. */
export const notice = (kind: Notice['kind'], key: MessageKey, params?: Record<string, string | number>): Notice => ({ kind, text: both(key, params) });

/** A filer may change a submission only as a draft or when it was returned. */
export const mayEdit = (status: string): boolean => status === 'draft' || status === 'returned';
