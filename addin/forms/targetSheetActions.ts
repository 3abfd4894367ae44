import { targetSheetDefinition } from '../../domain/forms/targetSheet/targetSheetDefinition';
import { statusLabels, submissionId } from '../../domain/model/submission';
import { isApiProblem } from '../api/apiProblem';
import type { TargetSheetDocument } from '../api/client';
import { checkSheetInExcel } from '../check/checkSheetInExcel';
import { HostError } from '../excel/excelHost';
import type { OpenSheet } from '../taskpane/paneState';
import { mayEdit, notice, type FormContext } from './formContext';

/**
 * The pane's 绩效目标申报表 actions: the filer's new, open, check, save, submit and refresh, and the
 * reviewer's queue, open, return and approve. `loadQueue` and `loadProjects` are also what a
 * sign-in or a change of year reloads.
 *
 * @example
 * const targets = targetSheetActions(context);
 * await targets.createDraft();
 */
export function targetSheetActions(ctx: FormContext) {
  const { api, host, set } = ctx;
  const state = ctx.get;

  const requireSheet = (): OpenSheet => {
    const sheet = state().sheet;
    if (!sheet) throw new HostError('host.failed', 'no sheet');
    return sheet;
  };

  /** Writes a document into Excel and makes it the open sheet. */
  const show = async (doc: TargetSheetDocument, readOnly: boolean): Promise<OpenSheet> => {
    const grid = targetSheetDefinition.toGrid(doc.data, undefined);
    await host.writeGrid(grid, { readOnly, meta: { submissionId: doc.head.id, projectId: doc.data.projectId, year: doc.data.year } });
    const sheet: OpenSheet = { id: doc.head.id, head: doc.head, version: doc.version, data: doc.data, readOnly, sheetName: grid.sheetName };
    set({ sheet, problems: [] });
    return sheet;
  };

  /** Keeps the head and version after a write, without rewriting the sheet the user is working in. */
  const update = (doc: TargetSheetDocument, readOnly: boolean): void => {
    set({ sheet: { ...requireSheet(), head: doc.head, version: doc.version, data: doc.data, readOnly } });
  };

  /** Blocks edits on a read-only sheet with a notice; the sheet when the action may go on. */
  const editable = (): OpenSheet | undefined => {
    const sheet = state().sheet;
    if (!sheet) return void set({ notice: notice('error', 'notice.noSheet') });
    if (sheet.readOnly) return void set({ notice: notice('error', 'notice.readOnly', { status: statusLabels[sheet.head.status][state().lang] }) });
    return sheet;
  };

  const check = async (sheet: OpenSheet) => {
    const project = state().projects.find((p) => p.id === sheet.data.projectId);
    const result = await checkSheetInExcel(host, sheet.sheetName, { projectId: sheet.data.projectId, year: sheet.data.year, projectAmountFen: project?.amountFen });
    set({ problems: result.problems });
    return result;
  };

  const loadProjects = async (): Promise<void> => {
    const projects = await api.projects({ year: state().year });
    const keep = projects.some((p) => p.id === state().projectId) ? state().projectId : projects[0]?.id;
    set({ projects, projectId: keep });
  };

  const loadQueue = async (): Promise<void> => {
    set({ queue: await api.listTargetSheets({ year: state().year, status: 'submitted' }) });
  };

  /** Opens the project's sheet: editable while a draft or returned. */
  const openOwn = async (projectId: string) => {
    const doc = await api.getTargetSheet(submissionId('targetSheet', state().year, projectId));
    await show(doc, !mayEdit(doc.head.status));
    return doc;
  };

  return {
    loadProjects,
    loadQueue,
    editable,

    /** 新建申报表: a draft on the server, written into the sheet; opens the existing one if there is one. */
    createDraft: () =>
      ctx.act(async () => {
        const projectId = state().projectId;
        if (!projectId) return set({ notice: notice('error', 'notice.noProject') });
        try {
          const sheet = await show(await api.createTargetSheet({ projectId, year: state().year }), false);
          set({ notice: notice('success', 'notice.created', { sheet: sheet.sheetName }) });
        } catch (error) {
          if (!isApiProblem(error, 'submission.exists')) throw error;
          await openOwn(projectId);
          set({ notice: notice('info', 'notice.exists') });
        }
      }),

    /** 打开: the project's sheet from the server into Excel. */
    open: () =>
      ctx.act(async () => {
        const projectId = state().projectId;
        if (!projectId) return set({ notice: notice('error', 'notice.noProject') });
        const doc = await openOwn(projectId);
        set({ notice: notice('success', 'notice.opened', { version: doc.version }) });
      }),

    /** 检查: read the sheet, run the checks locally, list and mark the problems. */
    check: () =>
      ctx.act(async () => {
        const sheet = state().sheet;
        if (!sheet) return set({ notice: notice('error', 'notice.noSheet') });
        const { errors, warnings } = await check(sheet);
        set({ notice: errors + warnings === 0 ? notice('success', 'notice.checkClean') : notice(errors > 0 ? 'error' : 'info', 'notice.checkFound', { errors, warnings }) });
      }),

    /** 保存草稿: saves what the sheet holds, when it reads (check errors do not block a draft). */
    saveDraft: () =>
      ctx.act(async () => {
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
      ctx.act(async () => {
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
      ctx.act(async () => {
        const sheet = state().sheet;
        if (!sheet) return set({ notice: notice('error', 'notice.noSheet') });
        const doc = await api.getTargetSheet(sheet.id);
        const readOnly = ctx.isReviewer() || !mayEdit(doc.head.status);
        // A sheet that became editable again (退回修改) is rewritten so its inputs unlock.
        if (sheet.readOnly && !readOnly) await show(doc, false);
        else update(doc, readOnly);
      }),

    /** Reviewer: open a submission read-only. */
    openForReview: (id: string) =>
      ctx.act(async () => {
        const doc = await api.getTargetSheet(id);
        await show(doc, true);
        set({ notice: notice('success', 'notice.opened', { version: doc.version }) });
      }),

    /** 退回修改 with a comment. */
    returnForRevision: (comment: string) =>
      ctx.act(async () => {
        const sheet = state().sheet;
        if (!sheet) return set({ notice: notice('error', 'notice.noSheet') });
        if (comment.trim() === '') return set({ notice: notice('error', 'notice.commentRequired') });
        update(await api.returnTargetSheet(sheet.id, sheet.version, comment.trim()), true);
        await loadQueue();
        set({ notice: notice('success', 'notice.returned') });
      }),

    /** 批复. */
    approve: () =>
      ctx.act(async () => {
        const sheet = state().sheet;
        if (!sheet) return set({ notice: notice('error', 'notice.noSheet') });
        update(await api.approveTargetSheet(sheet.id, sheet.version), true);
        await loadQueue();
        set({ notice: notice('success', 'notice.approved') });
      }),
  };
}
