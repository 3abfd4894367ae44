import { monitoringFromGrid } from '../../domain/forms/monitoring/monitoringFromGrid';
import { monitoringPeriod, monitoringSubmissionId } from '../../domain/forms/monitoring/monitoringPeriod';
import type { MonitoringSheet } from '../../domain/forms/monitoring/monitoringSheet';
import { monitoringToGrid } from '../../domain/forms/monitoring/monitoringToGrid';
import { statusLabels } from '../../domain/model/submission';
import { isApiProblem } from '../api/apiProblem';
import type { SubmissionDocument } from '../api/client';
import type { OpenForm } from '../taskpane/paneState';
import { mayEdit, notice, type FormContext } from './formContext';
import { monitoringInput } from './monitoringInput';

type Doc = SubmissionDocument<MonitoringSheet>;

/** RULES.md §5: data for January–July, reported in August, unless the filer picks another month. */
export const defaultPeriod = monitoringPeriod(7);

/**
 * The pane's 绩效运行监控表 actions (docs/cycle-rules.md): per project and period, create (prefilled from the
 * approved targets) or open, check (signals computed with the region's rule set as the server
 * will, non-green rows lacking reason, likelihood or measure flagged by cell), save and submit; and
 * for finance roles the warnings view (red and yellow projects per department).
 *
 * @example
 * const monitoring = monitoringActions(context);
 * await monitoring.createMonitoring();
 */
export function monitoringActions(ctx: FormContext) {
  const { api, host } = ctx;
  const period = (): string => ctx.get().period ?? defaultPeriod;

  const show = async (doc: Doc, readOnly: boolean): Promise<OpenForm<MonitoringSheet>> => {
    const grid = monitoringToGrid(doc.data);
    await host.writeGrid(grid, { readOnly, meta: { submissionId: doc.head.id, projectId: doc.data.projectId, year: doc.data.year } });
    const open: OpenForm<MonitoringSheet> = { id: doc.head.id, head: doc.head, version: doc.version, data: doc.data, readOnly, sheetName: grid.sheetName };
    ctx.set({ monitoring: open, form: 'monitoring', problems: [], signals: doc.data.signals });
    return open;
  };

  const editable = (): OpenForm<MonitoringSheet> | undefined => {
    const open = ctx.get().monitoring;
    if (!open) return void ctx.set({ notice: notice('error', 'notice.noForm') });
    if (open.readOnly) return void ctx.set({ notice: notice('error', 'notice.formReadOnly', { status: statusLabels[open.head.status][ctx.get().lang] }) });
    return open;
  };

  /** Reads the sheet, computes the signals, lists and marks the problems. */
  const check = async (open: OpenForm<MonitoringSheet>) => {
    const ruleSet = await ctx.ruleSet(open.data.year);
    const { data, problems } = monitoringFromGrid(await host.readGrid(open.sheetName), open.data, ruleSet);
    await host.markProblems(open.sheetName, problems);
    ctx.set({ problems, signals: data?.signals });
    return { data, problems, errors: problems.filter((p) => p.severity === 'error').length };
  };

  const idOf = (projectId: string): string => monitoringSubmissionId(ctx.get().year, projectId, period());

  return {
    setPeriod(value: string): void {
      ctx.set({ period: value });
    },

    /** 新建监控表: prefilled from the approved targets; opens the existing one if there is one. */
    createMonitoring: () =>
      ctx.act(async () => {
        const { projectId, year } = ctx.get();
        if (!projectId) return ctx.set({ notice: notice('error', 'notice.noProject') });
        try {
          const open = await show(await api.createMonitoring({ projectId, year, period: period() }), false);
          ctx.set({ notice: notice('success', 'notice.formCreated', { sheet: open.sheetName }) });
        } catch (error) {
          if (!isApiProblem(error, 'submission.exists')) throw error;
          const doc = await api.getMonitoring(idOf(projectId));
          await show(doc, ctx.isReviewer() || !mayEdit(doc.head.status));
          ctx.set({ notice: notice('info', 'notice.formExists') });
        }
      }),

    openMonitoring: () =>
      ctx.act(async () => {
        const { projectId } = ctx.get();
        if (!projectId) return ctx.set({ notice: notice('error', 'notice.noProject') });
        const doc = await api.getMonitoring(idOf(projectId));
        const open = await show(doc, ctx.isReviewer() || !mayEdit(doc.head.status));
        ctx.set({ notice: notice('success', 'notice.formOpened', { sheet: open.sheetName, version: doc.version }) });
      }),

    checkMonitoring: () =>
      ctx.act(async () => {
        const open = ctx.get().monitoring;
        if (!open) return ctx.set({ notice: notice('error', 'notice.noForm') });
        const { problems, errors } = await check(open);
        ctx.set({ notice: problems.length === 0 ? notice('success', 'notice.checkClean') : notice(errors > 0 ? 'error' : 'info', 'notice.checkFound', { errors, warnings: problems.length - errors }) });
      }),

    saveMonitoring: () =>
      ctx.act(async () => {
        const open = editable();
        if (!open) return;
        const { data } = await check(open);
        if (!data) return ctx.set({ notice: notice('error', 'notice.fixBeforeSubmit') });
        const doc = await api.saveMonitoring(open.id, open.version, monitoringInput(data));
        ctx.set({ monitoring: { ...open, head: doc.head, version: doc.version, data: doc.data }, notice: notice('success', 'notice.saved', { version: doc.version }) });
      }),

    /** 提交: the server computes the signals again; 422 problems are listed and marked like ours. */
    submitMonitoring: () =>
      ctx.act(async () => {
        const open = editable();
        if (!open) return;
        const { data, errors } = await check(open);
        if (!data || errors > 0) return ctx.set({ notice: notice('error', 'notice.fixBeforeSubmit') });
        const doc = await api.submitMonitoring(open.id, open.version, monitoringInput(data));
        await show(doc, true);
        ctx.set({ notice: notice('success', 'notice.submitted', { version: doc.version }) });
      }),

    /** Finance: the red and yellow projects of the year and period, per department. */
    loadWarnings: () =>
      ctx.act(async () => {
        const { items } = await api.monitoringWarnings({ year: ctx.get().year, period: period() });
        ctx.set({ warnings: items, form: 'warnings' });
      }),
  };
}
