import { targetSheetCell, targetSheetForm, targetSheetToGrid } from '../../domain/forms/targetSheet/targetSheetForm';
import { parseAddress } from '../../domain/grid/address';
import { indicatorFromLibrary } from '../../domain/indicators/indicatorFromLibrary';
import { basisLabels, level1Labels, level2Labels, operatorSymbols } from '../../domain/model/indicator';
import { financeRoles } from '../../domain/model/role';
import { statusLabels, submissionId } from '../../domain/model/submission';
import type { Problem } from '../../domain/problem';
import { isApiProblem } from '../api/apiProblem';
import type { ApiClient, LibraryIndicator, TargetSheetDocument } from '../api/client';
import type { AuthProvider } from '../auth/authProvider';
import { checkSheetInExcel } from '../check/checkSheetInExcel';
import { HostError, type CellWrite, type ExcelHost } from '../excel/excelHost';
import { consolidatesOnly } from '../consolidation/consolidationAccess';
import { consolidationActions } from '../forms/consolidationActions';
import { exAnteActions } from '../forms/exAnteActions';
import { notice, type FormContext } from '../forms/formContext';
import { monitoringActions } from '../forms/monitoringActions';
import { selfEvaluationActions } from '../forms/selfEvaluationActions';
import type { Lang } from '../i18n/i18n';
import type { RuleSet } from '../../domain/ruleSet/ruleSet';
import type { Notice, OpenSheet, PaneForm, PaneState } from './paneState';

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

/**
 * The task pane's logic, free of DOM and Office: state, and one method per user action. Each action
 * runs through `act`, which shows the busy state and turns any error into a notice (problem+json
 * problems with cells are listed and marked like local check results). The view renders the state
 * and calls the methods; tests drive the same methods with a fake ExcelHost and a fake API.
 *
 * @example
 * const pane = createController({ api, host: officeExcelHost(), auth, year: 2026 });
 * pane.subscribe(render);
 * await pane.signIn('filer-edu');
 */
export function createController(deps: ControllerDeps) {
  const { api, host, auth } = deps;
  let state: PaneState = { lang: deps.lang ?? 'zh', year: deps.year, projects: [], problems: [], queue: [], library: [], busy: false };
  const listeners = new Set<(state: PaneState) => void>();
  const ruleSets = new Map<number, Promise<RuleSet>>();

  const set = (patch: Partial<PaneState>): void => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };

  /** The sheet of the section shown: where problems are marked and selected. */
  const activeSheetName = (): string | undefined => {
    switch (state.form ?? 'targetSheet') {
      case 'selfEvaluation': return state.selfEvaluation?.sheetName;
      case 'monitoring': return state.monitoring?.sheetName;
      case 'exAnte': return state.exAnte?.sheetName;
      case 'warnings':
      case 'consolidate': return undefined;
      default: return state.sheet?.sheetName;
    }
  };

  const act = async (action: () => Promise<void>): Promise<void> => {
    set({ busy: true, notice: undefined });
    try {
      await action();
    } catch (error) {
      if (isApiProblem(error, 'auth.invalidToken')) {
        auth.signOut();
        await forms.stopLiveScore();
        set({ me: undefined, sheet: undefined, selfEvaluation: undefined, monitoring: undefined, exAnte: undefined, notice: notice('error', 'notice.signedOut') });
        return;
      }
      const problems = isApiProblem(error) ? error.problems : [];
      const sheetName = activeSheetName();
      set({ notice: errorNotice(error, sheetName ?? targetSheetForm.sheetName), ...(problems.length > 0 ? { problems } : {}) });
      if (problems.length > 0 && sheetName) await host.markProblems(sheetName, problems).catch(() => undefined);
    } finally {
      set({ busy: false });
    }
  };

  const isReviewer = (): boolean => state.me?.principal.roles.some((r) => financeRoles.includes(r)) ?? false;

  const requireSheet = (): OpenSheet => {
    if (!state.sheet) throw new HostError('host.failed', 'no sheet');
    return state.sheet;
  };

  /** Writes a document into Excel and makes it the open sheet. */
  const show = async (doc: TargetSheetDocument, readOnly: boolean): Promise<OpenSheet> => {
    const grid = targetSheetToGrid(doc.data);
    await host.writeGrid(grid, { readOnly, meta: { submissionId: doc.head.id, projectId: doc.data.projectId, year: doc.data.year } });
    const sheet: OpenSheet = { id: doc.head.id, head: doc.head, version: doc.version, data: doc.data, readOnly, sheetName: grid.sheetName };
    set({ sheet, problems: [] });
    return sheet;
  };

  /** Keeps the head and version after a write, without rewriting the sheet the user is working in. */
  const update = (doc: TargetSheetDocument, readOnly: boolean): void => {
    const current = requireSheet();
    set({ sheet: { ...current, head: doc.head, version: doc.version, data: doc.data, readOnly } });
  };

  const filerMayEdit = (doc: TargetSheetDocument): boolean => doc.head.status === 'draft' || doc.head.status === 'returned';

  const loadProjects = async (): Promise<void> => {
    const projects = await api.projects({ year: state.year });
    const keep = projects.some((p) => p.id === state.projectId) ? state.projectId : projects[0]?.id;
    set({ projects, projectId: keep });
  };

  const loadQueue = async (): Promise<void> => {
    set({ queue: await api.listTargetSheets({ year: state.year, status: 'submitted' }) });
  };

  /** Blocks edits on a read-only sheet with a notice; true when the action may go on. */
  const editable = (): OpenSheet | undefined => {
    const sheet = state.sheet;
    if (!sheet) {
      set({ notice: notice('error', 'notice.noSheet') });
      return undefined;
    }
    if (sheet.readOnly) {
      set({ notice: notice('error', 'notice.readOnly', { status: statusLabels[sheet.head.status][state.lang] }) });
      return undefined;
    }
    return sheet;
  };

  const context: FormContext = {
    api,
    host,
    get: () => state,
    set,
    act,
    fail: (error) => set({ notice: errorNotice(error, activeSheetName() ?? targetSheetForm.sheetName) }),
    ruleSet: (year) => {
      const cached = ruleSets.get(year) ?? api.ruleSet(year).then((doc) => doc.data);
      ruleSets.set(year, cached);
      // A failed fetch is not cached: the next action asks again.
      cached.catch(() => ruleSets.delete(year));
      return cached;
    },
    isReviewer,
  };
  const forms = { ...selfEvaluationActions(context), ...monitoringActions(context), ...exAnteActions(context) };
  const { ensureDepartments, ...consolidate } = consolidationActions(context, { now: deps.now ?? (() => performance.now()) });

  /** Leaves every open form (sign-out, another year). */
  const closeForms = async (): Promise<void> => {
    await forms.stopLiveScore();
    set({ selfEvaluation: undefined, liveScore: undefined, storedScore: undefined, monitoring: undefined, signals: undefined, exAnte: undefined, exAnteConclusion: undefined, warnings: undefined, approvedProjectIds: undefined });
  };

  const check = async (sheet: OpenSheet) => {
    const project = state.projects.find((p) => p.id === sheet.data.projectId);
    const result = await checkSheetInExcel(host, sheet.sheetName, { projectId: sheet.data.projectId, year: sheet.data.year, projectAmountFen: project?.amountFen });
    set({ problems: result.problems });
    return result;
  };

  return {
    getState: (): PaneState => state,
    /** Calls `listener` on every change; returns the unsubscribe function. */
    subscribe(listener: (state: PaneState) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
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
      ruleSets.clear();
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

    /** 新建申报表: a draft on the server, written into the sheet; opens the existing one if there is one. */
    createDraft: () =>
      act(async () => {
        const projectId = state.projectId;
        if (!projectId) return set({ notice: notice('error', 'notice.noProject') });
        try {
          const sheet = await show(await api.createTargetSheet({ projectId, year: state.year }), false);
          set({ notice: notice('success', 'notice.created', { sheet: sheet.sheetName }) });
        } catch (error) {
          if (!isApiProblem(error, 'submission.exists')) throw error;
          const doc = await api.getTargetSheet(submissionId('targetSheet', state.year, projectId));
          await show(doc, !filerMayEdit(doc));
          set({ notice: notice('info', 'notice.exists') });
        }
      }),

    /** 打开: the project's sheet from the server into Excel. */
    open: () =>
      act(async () => {
        const projectId = state.projectId;
        if (!projectId) return set({ notice: notice('error', 'notice.noProject') });
        const doc = await api.getTargetSheet(submissionId('targetSheet', state.year, projectId));
        await show(doc, !filerMayEdit(doc));
        set({ notice: notice('success', 'notice.opened', { version: doc.version }) });
      }),

    /** 检查: read the sheet, run the checks locally, list and mark the problems. */
    check: () =>
      act(async () => {
        if (!state.sheet) return set({ notice: notice('error', 'notice.noSheet') });
        const { errors, warnings } = await check(state.sheet);
        set({ notice: errors + warnings === 0 ? notice('success', 'notice.checkClean') : notice(errors > 0 ? 'error' : 'info', 'notice.checkFound', { errors, warnings }) });
      }),

    /** Click on a problem: go to its cell on the sheet of the section shown. */
    selectProblem: (problem: Problem) =>
      act(async () => {
        const sheetName = activeSheetName();
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
          const approved = await api.listTargetSheets({ year: state.year, status: 'approved' });
          const ids = approved.map((head) => head.subjectId);
          const keep = ids.includes(state.projectId ?? '') ? state.projectId : (ids[0] ?? state.projectId);
          set({ approvedProjectIds: ids, projectId: keep });
        }
      }),

    ...forms,
    ...consolidate,

    /** 保存草稿: saves what the sheet holds, when it reads (check errors do not block a draft). */
    saveDraft: () =>
      act(async () => {
        const sheet = editable();
        if (!sheet) return;
        const result = await check(sheet);
        if (!result.data) return set({ notice: notice('error', 'notice.fixBeforeSubmit') });
        const doc = await api.saveTargetSheet(sheet.id, sheet.version, result.data);
        update(doc, false);
        set({ notice: notice('success', 'notice.saved', { version: doc.version }) });
      }),

    /** 提交: local check first; the server checks again and answers 422 with cells, shown the same way. */
    submit: () =>
      act(async () => {
        const sheet = editable();
        if (!sheet) return;
        const result = await check(sheet);
        if (!result.data || result.errors > 0) return set({ notice: notice('error', 'notice.fixBeforeSubmit') });
        const doc = await api.submitTargetSheet(sheet.id, sheet.version, result.data);
        update(doc, true);
        set({ notice: notice('success', 'notice.submitted', { version: doc.version }) });
      }),

    /** 刷新状态: the head (status, reviewer comment) from the server, e.g. after a return. */
    refresh: () =>
      act(async () => {
        const sheet = state.sheet;
        if (!sheet) return set({ notice: notice('error', 'notice.noSheet') });
        const doc = await api.getTargetSheet(sheet.id);
        const readOnly = isReviewer() || !filerMayEdit(doc);
        // A sheet that became editable again (退回修改) is rewritten so its inputs unlock.
        if (sheet.readOnly && !readOnly) await show(doc, false);
        else update(doc, readOnly);
      }),

    loadQueue: () => act(loadQueue),

    /** Reviewer: open a submission read-only. */
    openForReview: (id: string) =>
      act(async () => {
        const doc = await api.getTargetSheet(id);
        await show(doc, true);
        set({ notice: notice('success', 'notice.opened', { version: doc.version }) });
      }),

    /** 退回修改 with a comment. */
    returnForRevision: (comment: string) =>
      act(async () => {
        const sheet = state.sheet;
        if (!sheet) return set({ notice: notice('error', 'notice.noSheet') });
        if (comment.trim() === '') return set({ notice: notice('error', 'notice.commentRequired') });
        update(await api.returnTargetSheet(sheet.id, sheet.version, comment.trim()), true);
        await loadQueue();
        set({ notice: notice('success', 'notice.returned') });
      }),

    /** 批复. */
    approve: () =>
      act(async () => {
        const sheet = state.sheet;
        if (!sheet) return set({ notice: notice('error', 'notice.noSheet') });
        update(await api.approveTargetSheet(sheet.id, sheet.version), true);
        await loadQueue();
        set({ notice: notice('success', 'notice.approved') });
      }),

    searchLibrary: (q: string) =>
      act(async () => {
        set({ library: await api.indicatorLibrary({ q: q.trim() || undefined }) });
      }),

    /** Fills level1, level2, name, operator, unit, basis and the library id into the selected indicator row. */
    insertIndicator: (item: LibraryIndicator) =>
      act(async () => {
        const sheet = editable();
        if (!sheet) return;
        const selected = await host.selectedCell();
        const row0 = parseAddress(selected.address)?.row0 ?? -1;
        const index = row0 - targetSheetForm.firstIndicatorRow0;
        if (selected.sheetName !== sheet.sheetName || index < 0 || index >= targetSheetForm.maxIndicators) {
          return set({ notice: notice('error', 'notice.selectIndicatorRow', { sheet: sheet.sheetName }) });
        }
        const indicator = indicatorFromLibrary(item);
        const cell = (field: string) => targetSheetCell(`indicators.${index}.${field}`)!;
        // The same labels targetSheetToGrid writes, so the row reads back like any other; the target is the filer's.
        const cells: CellWrite[] = [
          { address: cell('level1'), value: level1Labels[indicator.level1].zh },
          { address: cell('level2'), value: level2Labels[indicator.level2].zh },
          { address: cell('name'), value: indicator.name },
          { address: cell('operator'), value: operatorSymbols[indicator.operator] },
          { address: cell('unit'), value: indicator.unit },
          { address: cell('basis'), value: indicator.basis ? basisLabels[indicator.basis].zh : null },
          { address: cell('libraryId'), value: item.id },
        ];
        await host.writeCells(sheet.sheetName, cells);
        set({ notice: notice('success', 'notice.inserted', { name: item.name_zh, row: row0 + 1 }) });
      }),
  };
}

export type PaneController = ReturnType<typeof createController>;
