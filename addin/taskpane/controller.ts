import type { Problem } from '../../domain/problem';
import { consolidatesOnly } from '../consolidation/consolidationAccess';
import { consolidationActions } from '../forms/consolidationActions';
import { exAnteActions } from '../forms/exAnteActions';
import { indicatorLibraryActions } from '../forms/indicatorLibraryActions';
import { monitoringActions } from '../forms/monitoringActions';
import { selfEvaluationActions } from '../forms/selfEvaluationActions';
import { targetSheetActions } from '../forms/targetSheetActions';
import type { Lang } from '../i18n/i18n';
import { paneCore, type ControllerDeps } from './paneCore';
import type { PaneForm, PaneState } from './paneState';

export type { ControllerDeps } from './paneCore';

/**
 * The task pane's logic, free of DOM and Office: state, and one method per user action. Each action
 * runs through `act` (paneCore.ts), which shows the busy state and turns any error into a notice.
 * Each form's actions live in addin/forms/; this composes them with the session's own (sign-in,
 * year, section). The view renders the state and calls the methods; tests drive the same methods
 * with a fake ExcelHost and a fake API.
 *
 * @example
 * const pane = createController({ api, host: officeExcelHost(), auth, year: 2026 });
 * pane.subscribe(render);
 * await pane.signIn('filer-edu');
 */
export function createController(deps: ControllerDeps) {
  const { api, host, auth } = deps;
  const core = paneCore(deps, () => forms.stopLiveScore());
  const { context } = core;
  const { act, set, isReviewer } = context;
  const state = context.get;
  const { loadProjects, loadQueue, editable, ...targetSheet } = targetSheetActions(context);
  const forms = { ...selfEvaluationActions(context), ...monitoringActions(context), ...exAnteActions(context) };
  const { ensureDepartments, ...consolidate } = consolidationActions(context, { now: deps.now ?? (() => performance.now()) });

  /** Leaves every open form (sign-out, another year). */
  const closeForms = async (): Promise<void> => {
    await forms.stopLiveScore();
    set({ selfEvaluation: undefined, liveScore: undefined, storedScore: undefined, monitoring: undefined, signals: undefined, exAnte: undefined, exAnteConclusion: undefined, warnings: undefined, approvedProjectIds: undefined });
  };

  return {
    getState: (): PaneState => state(),
    /** Calls `listener` on every change; returns the unsubscribe function. */
    subscribe: core.subscribe,
    setLang(lang: Lang): void {
      set({ lang });
    },

    signIn: (subject?: string) =>
      act(async () => {
        await auth.signIn(subject);
        const me = await api.me();
        set({ me });
        if (isReviewer()) await loadQueue();
        else if (consolidatesOnly(me.principal.roles)) {
          // An auditor only reads: the pane opens on 汇总.
          set({ form: 'consolidate' });
          await ensureDepartments();
        } else await loadProjects();
      }),
    signOut(): void {
      auth.signOut();
      core.clearRuleSets();
      consolidate.cancelPull();
      void closeForms();
      set({ me: undefined, sheet: undefined, projects: [], queue: [], problems: [], library: [], notice: undefined, form: undefined, consolidation: undefined });
    },
    setYear: (year: number) =>
      act(async () => {
        await closeForms();
        set({ year, sheet: undefined, problems: [] });
        if (isReviewer()) await loadQueue();
        else await loadProjects();
      }),
    selectProject(projectId: string): void {
      set({ projectId });
    },

    /** Click on a problem: go to its cell on the sheet of the section shown. */
    selectProblem: (problem: Problem) =>
      act(async () => {
        const sheetName = core.activeSheetName();
        if (sheetName && problem.cell) await host.selectCell(sheetName, problem.cell);
      }),

    /**
     * Shows a section. Self-evaluation and monitoring need approved targets, so the projects that have
     * them are looked up; the problems listed are those of the section's own sheet.
     */
    showForm: (form: PaneForm) =>
      act(async () => {
        set({ form, problems: [] });
        if (form === 'consolidate') await ensureDepartments();
        if ((form === 'selfEvaluation' || form === 'monitoring') && !isReviewer()) {
          const approved = await api.listTargetSheets({ year: state().year, status: 'approved' });
          const ids = approved.map((head) => head.subjectId);
          const keep = ids.includes(state().projectId ?? '') ? state().projectId : (ids[0] ?? state().projectId);
          set({ approvedProjectIds: ids, projectId: keep });
        }
      }),

    ...targetSheet,
    ...forms,
    ...consolidate,
    loadQueue: () => act(loadQueue),
    ...indicatorLibraryActions(context, editable),
  };
}

export type PaneController = ReturnType<typeof createController>;
