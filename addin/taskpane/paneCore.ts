import { targetSheetForm } from '../../domain/forms/targetSheet/targetSheetLayout';
import { financeRoles } from '../../domain/model/role';
import type { RuleSet } from '../../domain/ruleSet/ruleSet';
import { isApiProblem } from '../api/apiProblem';
import type { ApiClient } from '../api/client';
import type { AuthProvider } from '../auth/authProvider';
import { HostError, type ExcelHost } from '../excel/excelHost';
import { notice, type FormContext } from '../forms/formContext';
import type { Lang } from '../i18n/i18n';
import type { Notice, PaneState } from './paneState';

export interface ControllerDeps {
  api: ApiClient;
  host: ExcelHost;
  auth: AuthProvider;
  /** The budget year to start with (the pane passes the current year; tests pass a fixed one). */
  year: number;
  lang?: Lang;
  /** Milliseconds for timing pulls; `performance.now` by default, a fixed clock in tests. */
  now?: () => number;
}

/** The user's own words from the server, or ours for Excel failures. */
const errorNotice = (error: unknown, sheetName: string): Notice => {
  if (isApiProblem(error)) return { kind: 'error', text: { zh: error.message_zh, en: error.message_en } };
  if (error instanceof HostError && error.code === 'sheet.missing') return notice('error', 'notice.sheetMissing', { sheet: sheetName });
  return notice('error', 'notice.excelFailed', { detail: (error as Error | null)?.message ?? String(error) });
};

/** The sheet of the section shown: where problems are marked and selected. */
const activeSheetName = (state: PaneState): string | undefined => {
  switch (state.form ?? 'targetSheet') {
    case 'selfEvaluation': return state.selfEvaluation?.sheetName;
    case 'monitoring': return state.monitoring?.sheetName;
    case 'exAnte': return state.exAnte?.sheetName;
    case 'warnings':
    case 'consolidate': return undefined;
    default: return state.sheet?.sheetName;
  }
};

/** What the controller's parts share: the state with its listeners, and the FormContext every form's actions get. */
export interface PaneCore {
  context: FormContext;
  /** The sheet problems are marked and selected on. */
  activeSheetName: () => string | undefined;
  subscribe: (listener: (state: PaneState) => void) => () => void;
  /** Forgets the cached rule sets (sign-out). */
  clearRuleSets: () => void;
}

/**
 * The pane's state and its one way of running a user action (`act`): the busy state, and any error
 * turned into a notice (problem+json problems with cells are listed and marked like local check
 * results). An expired sign-in signs out and calls `onSignedOut` (the live score stops).
 */
export function paneCore(deps: ControllerDeps, onSignedOut: () => Promise<void>): PaneCore {
  const { api, host, auth } = deps;
  let state: PaneState = { lang: deps.lang ?? 'zh', year: deps.year, projects: [], problems: [], queue: [], library: [], busy: false };
  const listeners = new Set<(state: PaneState) => void>();
  const ruleSets = new Map<number, Promise<RuleSet>>();

  const set = (patch: Partial<PaneState>): void => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };

  const act = async (action: () => Promise<void>): Promise<void> => {
    set({ busy: true, notice: undefined });
    try {
      await action();
    } catch (error) {
      if (isApiProblem(error, 'auth.invalidToken')) {
        auth.signOut();
        await onSignedOut();
        set({ me: undefined, sheet: undefined, selfEvaluation: undefined, monitoring: undefined, exAnte: undefined, notice: notice('error', 'notice.signedOut') });
        return;
      }
      const problems = isApiProblem(error) ? error.problems : [];
      const sheetName = activeSheetName(state);
      set({ notice: errorNotice(error, sheetName ?? targetSheetForm.sheetName), ...(problems.length > 0 ? { problems } : {}) });
      if (problems.length > 0 && sheetName) await host.markProblems(sheetName, problems).catch(() => undefined);
    } finally {
      set({ busy: false });
    }
  };

  const context: FormContext = {
    api,
    host,
    get: () => state,
    set,
    act,
    fail: (error) => set({ notice: errorNotice(error, activeSheetName(state) ?? targetSheetForm.sheetName) }),
    ruleSet: (year) => {
      const cached = ruleSets.get(year) ?? api.ruleSet(year).then((doc) => doc.data);
      ruleSets.set(year, cached);
      // A failed fetch is not cached: the next action asks again.
      cached.catch(() => ruleSets.delete(year));
      return cached;
    },
    isReviewer: () => state.me?.principal.roles.some((r) => financeRoles.includes(r)) ?? false,
  };

  return {
    context,
    activeSheetName: () => activeSheetName(state),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clearRuleSets: () => ruleSets.clear(),
  };
}
