import type { ExAnteSheet } from '../../domain/forms/exAnte/exAnteSheet';
import { exAnteToGrid } from '../../domain/forms/exAnte/exAnteToGrid';
import { statusLabels, submissionId } from '../../domain/model/submission';
import { isApiProblem } from '../api/apiProblem';
import type { ExAnteInput, SubmissionDocument } from '../api/client';
import type { ConclusionView, OpenForm } from '../taskpane/paneState';
import { checkExAnteGrid } from './checkExAnteGrid';
import { mayEdit, notice, type FormContext } from './formContext';

type Doc = SubmissionDocument<ExAnteSheet>;

/** The conclusion the finance bureau recorded at approval, if any. */
const recorded = (sheet: ExAnteSheet): ConclusionView | undefined =>
  sheet.result ? { score: sheet.result.score, conclusion: sheet.result.conclusion, recorded: true } : undefined;

/** What the client writes: outline and assessment, without the subject (the server's). */
const inputOf = (sheet: ExAnteSheet): ExAnteInput => {
  const { subject: _subject, ...assessment } = sheet.assessment;
  return { outline: sheet.outline, assessment };
};

/**
 * The pane's 事前绩效评估表 actions (docs/cycle-rules.md) for the department's project: create or open, check
 * (scores against their points, every dimension scored, checklist answers; a provisional score and
 * conclusion), save and submit; the recorded conclusion is shown once the finance bureau approved.
 *
 * @example
 * const exAnte = exAnteActions(context);
 * await exAnte.createExAnte();
 */
export function exAnteActions(ctx: FormContext) {
  const { api, host } = ctx;

  const show = async (doc: Doc, readOnly: boolean): Promise<OpenForm<ExAnteSheet>> => {
    const rules = (await ctx.ruleSet(doc.data.year)).exAnte;
    const grid = exAnteToGrid(doc.data, rules);
    await host.writeGrid(grid, { readOnly, meta: { submissionId: doc.head.id, projectId: doc.data.subjectId, year: doc.data.year } });
    const open: OpenForm<ExAnteSheet> = { id: doc.head.id, head: doc.head, version: doc.version, data: doc.data, readOnly, sheetName: grid.sheetName };
    ctx.set({ exAnte: open, form: 'exAnte', problems: [], exAnteConclusion: recorded(doc.data) });
    return open;
  };

  const editable = (): OpenForm<ExAnteSheet> | undefined => {
    const open = ctx.get().exAnte;
    if (!open) return void ctx.set({ notice: notice('error', 'notice.noForm') });
    if (open.readOnly) return void ctx.set({ notice: notice('error', 'notice.formReadOnly', { status: statusLabels[open.head.status][ctx.get().lang] }) });
    return open;
  };

  const check = async (open: OpenForm<ExAnteSheet>) => {
    const rules = (await ctx.ruleSet(open.data.year)).exAnte;
    const reading = checkExAnteGrid(await host.readGrid(open.sheetName), open.data, rules);
    await host.markProblems(open.sheetName, reading.problems);
    const { score, conclusion } = reading.result ?? {};
    const provisional = score != null && conclusion != null ? { score, conclusion, recorded: false } : undefined;
    ctx.set({ problems: reading.problems, exAnteConclusion: recorded(open.data) ?? provisional });
    return { ...reading, errors: reading.problems.filter((p) => p.severity === 'error').length };
  };

  const idOf = (projectId: string): string => submissionId('exAnteAssessment', ctx.get().year, projectId);

  return {
    /** 新建评估表 for the selected project; opens the existing one if there is one. */
    createExAnte: () =>
      ctx.act(async () => {
        const { projectId, year } = ctx.get();
        if (!projectId) return ctx.set({ notice: notice('error', 'notice.noProject') });
        try {
          const open = await show(await api.createExAnte({ subjectType: 'project', subjectId: projectId, year }), false);
          ctx.set({ notice: notice('success', 'notice.formCreated', { sheet: open.sheetName }) });
        } catch (error) {
          if (!isApiProblem(error, 'submission.exists')) throw error;
          const doc = await api.getExAnte(idOf(projectId));
          await show(doc, !mayEdit(doc.head.status));
          ctx.set({ notice: notice('info', 'notice.formExists') });
        }
      }),

    openExAnte: () =>
      ctx.act(async () => {
        const { projectId } = ctx.get();
        if (!projectId) return ctx.set({ notice: notice('error', 'notice.noProject') });
        const doc = await api.getExAnte(idOf(projectId));
        const open = await show(doc, !mayEdit(doc.head.status));
        ctx.set({ notice: notice('success', 'notice.formOpened', { sheet: open.sheetName, version: doc.version }) });
      }),

    checkExAnte: () =>
      ctx.act(async () => {
        const open = ctx.get().exAnte;
        if (!open) return ctx.set({ notice: notice('error', 'notice.noForm') });
        const { problems, errors } = await check(open);
        ctx.set({ notice: problems.length === 0 ? notice('success', 'notice.checkClean') : notice(errors > 0 ? 'error' : 'info', 'notice.checkFound', { errors, warnings: problems.length - errors }) });
      }),

    saveExAnte: () =>
      ctx.act(async () => {
        const open = editable();
        if (!open) return;
        const { data } = await check(open);
        if (!data) return ctx.set({ notice: notice('error', 'notice.fixBeforeSubmit') });
        const doc = await api.saveExAnte(open.id, open.version, inputOf(data));
        ctx.set({ exAnte: { ...open, head: doc.head, version: doc.version, data: doc.data }, notice: notice('success', 'notice.saved', { version: doc.version }) });
      }),

    submitExAnte: () =>
      ctx.act(async () => {
        const open = editable();
        if (!open) return;
        const { data, errors } = await check(open);
        if (!data || errors > 0) return ctx.set({ notice: notice('error', 'notice.fixBeforeSubmit') });
        const doc = await api.submitExAnte(open.id, open.version, inputOf(data));
        await show(doc, true);
        ctx.set({ notice: notice('success', 'notice.submitted', { version: doc.version }) });
      }),

    /** 刷新: the head and recorded conclusion from the server (after the finance bureau decided). */
    refreshExAnte: () =>
      ctx.act(async () => {
        const open = ctx.get().exAnte;
        if (!open) return ctx.set({ notice: notice('error', 'notice.noForm') });
        const doc = await api.getExAnte(open.id);
        await show(doc, !mayEdit(doc.head.status));
      }),
  };
}
