import { ConsolidationRequest } from '../../domain/consolidation/consolidationRequest';
import { consolidationPages } from '../consolidation/consolidationPages';
import type { ConsolidationBatch } from '../../domain/consolidation/consolidationRow';
import type { ConsolidationPicks, ConsolidationView, PullStatus } from '../taskpane/paneState';
import { notice, type FormContext } from './formContext';

/** Before anything is picked: performance targets, every budget type, department and status. */
export const defaultPicks: ConsolidationPicks = { form: 'targetSheet', budgetTypes: [], departmentIds: [], statuses: [] };

type PickList = 'budgetTypes' | 'departmentIds' | 'statuses';

/** The API request for the picks and the pane's year; empty lists are left out (= all). */
const requestOf = (picks: ConsolidationPicks, year: number) =>
  ConsolidationRequest.safeParse({
    year,
    form: picks.form,
    ...(picks.budgetTypes.length > 0 ? { budgetTypes: picks.budgetTypes } : {}),
    ...(picks.departmentIds.length > 0 ? { departmentIds: picks.departmentIds } : {}),
    ...(picks.statuses.length > 0 ? { statuses: picks.statuses } : {}),
  });

/**
 * The 汇总 section's actions (docs/addin.md "Consolidate: pull into the workbook"): pick the form and filters, pull into the workbook with
 * progress and cancel, re-pull in place (刷新) with the last request. The pull itself is the host's
 * (`ExcelHost.pull`, pullIntoExcel over Office.js); pages come from `GET /v1/consolidation`
 * following its cursor. `now` times the pull for the result line.
 *
 * @example
 * const consolidate = consolidationActions(context, { now: () => performance.now() });
 * await consolidate.pull();
 */
export function consolidationActions(ctx: FormContext, clock: { now: () => number }) {
  let running: AbortController | undefined;

  const view = (): ConsolidationView => ctx.get().consolidation ?? { picks: defaultPicks };
  const patch = (change: Partial<ConsolidationView>): void => ctx.set({ consolidation: { ...view(), ...change } });
  const setPicks = (change: Partial<ConsolidationPicks>): void => patch({ picks: { ...view().picks, ...change } });

  /** The departments to pick from, fetched once per sign-in. */
  const ensureDepartments = async (): Promise<void> => {
    if (!view().departments) patch({ departments: await ctx.api.departments() });
  };

  const run = (request: ConsolidationRequest) =>
    ctx.act(async () => {
      const host = ctx.host;
      if (!host.pull) return ctx.set({ notice: notice('error', 'consolidate.unsupported') });
      if (running) return;
      const abort = new AbortController();
      running = abort;
      const status: PullStatus = { pages: 0, rowsRead: 0, rowsWritten: 0, cancelling: false };
      const show = () => patch({ pulling: { ...status, cancelling: abort.signal.aborted } });
      const started = clock.now();
      patch({ lastRequest: request, result: undefined });
      show();
      const api = ctx.api;
      async function* counted(): AsyncGenerator<ConsolidationBatch> {
        for await (const batch of consolidationPages((path) => api.getJson(path), request, { signal: abort.signal })) {
          status.pages += 1;
          status.rowsRead += batch.projects.length + batch.indicators.length;
          show();
          yield batch;
        }
      }
      try {
        const report = await host.pull(request.form, counted(), {
          signal: abort.signal,
          onProgress: (progress) => {
            status.rowsWritten = progress.projects + progress.indicators;
            show();
          },
        });
        const result = { projects: report.projects, indicators: report.indicators, pages: status.pages, sheets: report.sheets, ms: clock.now() - started, cancelled: report.cancelled };
        patch({ pulling: undefined, result });
        const rows = report.projects + report.indicators;
        ctx.set({
          notice: report.cancelled
            ? notice('info', 'consolidate.cancelled', { pages: status.pages, rows })
            : notice('success', 'consolidate.done', { rows, sheet: report.sheets[0] ?? '' }),
        });
      } finally {
        running = undefined;
        if (view().pulling) patch({ pulling: undefined });
      }
    });

  return {
    ensureDepartments,
    setConsolidationForm(form: ConsolidationPicks['form']): void {
      setPicks({ form });
    },
    /** Adds or removes one value of a multi-select (budget types, departments, statuses). */
    togglePick<K extends PickList>(list: K, value: ConsolidationPicks[K][number]): void {
      const current = view().picks[list] as string[];
      setPicks({ [list]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] } as Partial<ConsolidationPicks>);
    },
    /** 拉取到工作簿: the picks and the pane's year, into the form's 汇总/项目/指标 sheets. */
    pull: async (): Promise<void> => {
      const parsed = requestOf(view().picks, ctx.get().year);
      if (!parsed.success) return ctx.set({ notice: notice('error', 'consolidate.invalid', { detail: parsed.error.issues[0]?.message ?? '' }) });
      await run(parsed.data);
    },
    /** 刷新: the last pull again, into the same sheets (rewritten in place). */
    refreshPull: async (): Promise<void> => {
      const last = view().lastRequest;
      if (!last) return ctx.set({ notice: notice('error', 'consolidate.nothingToRefresh') });
      await run(last);
    },
    /** 取消: no page after the current one; what was read is written and summed up. */
    cancelPull(): void {
      if (!running) return;
      running.abort();
      const pulling = view().pulling;
      if (pulling) patch({ pulling: { ...pulling, cancelling: true } });
    },
  };
}
