import { selfEvaluationToGrid, type SelfEvaluationSheet } from '../../domain/forms/selfEvaluation/selfEvaluationForm';
import { statusLabels, submissionId } from '../../domain/model/submission';
import type { Grade } from '../../domain/scoring/grade';
import type { SelfEvaluationResult } from '../../domain/scoring/scoreSelfEvaluation';
import { isApiProblem } from '../api/apiProblem';
import type { SubmissionDocument } from '../api/client';
import type { OpenForm, ScoreView } from '../taskpane/paneState';
import { mayEdit, notice, type FormContext } from './formContext';
import { startLiveScore, type LiveScore } from './liveScore';
import { scoreSelfEvaluationGrid, type SelfEvaluationReading } from './scoreSelfEvaluationGrid';
import { selfEvaluationScoreBlocks } from './selfEvaluationScoreBlocks';

type Doc = SubmissionDocument<SelfEvaluationSheet>;

type Scored = Pick<SelfEvaluationResult, 'ruleSetId' | 'ruleSetVersion'> & { total: number; grade: Grade; execution: { rate: number | null } };

/** A live score has a total only while no error remains (RULES.md §2); without one the pane shows none. */
const hasTotal = (score: SelfEvaluationResult | undefined): score is SelfEvaluationResult & Scored => score?.total != null && score.grade !== null;

const view = (score: Scored): ScoreView => ({
  total: score.total,
  grade: score.grade,
  executionRate: score.execution.rate,
  ruleSetId: score.ruleSetId,
  ruleSetVersion: score.ruleSetVersion,
});

/**
 * The pane's 项目支出绩效自评表 actions (docs/scoring.md): create or open the sheet from the approved
 * targets, score it live as the filer types (liveScore.ts), check, save and submit; after submit the
 * server's stored score is shown, and a difference from the live one (the rule set changed in the
 * meantime) is said out loud.
 *
 * @example
 * const selfEvaluation = selfEvaluationActions(context);
 * await selfEvaluation.createSelfEvaluation();
 */
export function selfEvaluationActions(ctx: FormContext) {
  const { api, host } = ctx;
  let live: LiveScore | undefined;

  const stopLive = async (): Promise<void> => {
    const current = live;
    live = undefined;
    await current?.stop();
  };

  /** Shows a reading: the live score, and its problems when the self-evaluation is the section shown. */
  const showReading = (reading: SelfEvaluationReading): void => {
    ctx.set({
      liveScore: hasTotal(reading.result) ? view(reading.result) : undefined,
      ...(ctx.get().form === 'selfEvaluation' ? { problems: reading.problems } : {}),
    });
  };

  const show = async (doc: Doc, readOnly: boolean): Promise<OpenForm<SelfEvaluationSheet>> => {
    await stopLive();
    const grid = selfEvaluationToGrid(doc.data);
    await host.writeGrid(grid, { readOnly, meta: { submissionId: doc.head.id, projectId: doc.data.projectId, year: doc.data.year } });
    const open: OpenForm<SelfEvaluationSheet> = { id: doc.head.id, head: doc.head, version: doc.version, data: doc.data, readOnly, sheetName: grid.sheetName };
    const stored = doc.data.result;
    ctx.set({ selfEvaluation: open, form: 'selfEvaluation', problems: [], liveScore: undefined, storedScore: stored ? { ...view(stored), differs: false } : undefined });
    if (!readOnly && host.watchChanges) {
      const ruleSet = await ctx.ruleSet(doc.data.year);
      live = await startLiveScore({ host, sheetName: grid.sheetName, stored: doc.data, ruleSet, onScore: showReading, onError: ctx.fail });
    }
    return open;
  };

  const editable = (): OpenForm<SelfEvaluationSheet> | undefined => {
    const open = ctx.get().selfEvaluation;
    if (!open) return void ctx.set({ notice: notice('error', 'notice.noForm') });
    if (open.readOnly) return void ctx.set({ notice: notice('error', 'notice.formReadOnly', { status: statusLabels[open.head.status][ctx.get().lang] }) });
    return open;
  };

  /** 检查: read, score with the rule set, write the score cells, list and mark the problems. */
  const check = async (open: OpenForm<SelfEvaluationSheet>): Promise<SelfEvaluationReading & { errors: number }> => {
    const ruleSet = await ctx.ruleSet(open.data.year);
    const reading = scoreSelfEvaluationGrid(await host.readGrid(open.sheetName), open.data, ruleSet);
    if (!open.readOnly) await host.writeBlocks?.(open.sheetName, selfEvaluationScoreBlocks(reading.data ?? open.data, reading.result));
    await host.markProblems(open.sheetName, reading.problems);
    showReading(reading);
    ctx.set({ problems: reading.problems });
    return { ...reading, errors: reading.problems.filter((p) => p.severity === 'error').length };
  };

  const openDoc = async (projectId: string): Promise<Doc> => api.getSelfEvaluation(submissionId('selfEvaluation', ctx.get().year, projectId));

  return {
    /** 新建自评表: from the project's approved targets; opens the existing one if there is one. */
    createSelfEvaluation: () =>
      ctx.act(async () => {
        const { projectId, year } = ctx.get();
        if (!projectId) return ctx.set({ notice: notice('error', 'notice.noProject') });
        try {
          const open = await show(await api.createSelfEvaluation({ projectId, year }), false);
          ctx.set({ notice: notice('success', 'notice.formCreated', { sheet: open.sheetName }) });
        } catch (error) {
          if (!isApiProblem(error, 'submission.exists')) throw error;
          const doc = await openDoc(projectId);
          await show(doc, ctx.isReviewer() || !mayEdit(doc.head.status));
          ctx.set({ notice: notice('info', 'notice.formExists') });
        }
      }),

    /** 打开: the project's self-evaluation from the server into Excel. */
    openSelfEvaluation: () =>
      ctx.act(async () => {
        const { projectId } = ctx.get();
        if (!projectId) return ctx.set({ notice: notice('error', 'notice.noProject') });
        const doc = await openDoc(projectId);
        const open = await show(doc, ctx.isReviewer() || !mayEdit(doc.head.status));
        ctx.set({ notice: notice('success', 'notice.formOpened', { sheet: open.sheetName, version: doc.version }) });
      }),

    checkSelfEvaluation: () =>
      ctx.act(async () => {
        const open = ctx.get().selfEvaluation;
        if (!open) return ctx.set({ notice: notice('error', 'notice.noForm') });
        const { problems, errors } = await check(open);
        ctx.set({ notice: problems.length === 0 ? notice('success', 'notice.checkClean') : notice(errors > 0 ? 'error' : 'info', 'notice.checkFound', { errors, warnings: problems.length - errors }) });
      }),

    /** 保存草稿: what the sheet holds, when it reads (scoring errors do not block a draft). */
    saveSelfEvaluation: () =>
      ctx.act(async () => {
        const open = editable();
        if (!open) return;
        const { data } = await check(open);
        if (!data) return ctx.set({ notice: notice('error', 'notice.fixBeforeSubmit') });
        const doc = await api.saveSelfEvaluation(open.id, open.version, data);
        ctx.set({ selfEvaluation: { ...open, head: doc.head, version: doc.version, data: doc.data }, notice: notice('success', 'notice.saved', { version: doc.version }) });
      }),

    /** 提交: the server scores again with the region's current rule set and stores the score. */
    submitSelfEvaluation: () =>
      ctx.act(async () => {
        const open = editable();
        if (!open) return;
        const { data, result, errors } = await check(open);
        if (!data || errors > 0) return ctx.set({ notice: notice('error', 'notice.fixBeforeSubmit') });
        const doc = await api.submitSelfEvaluation(open.id, open.version, data);
        // Read-only from now on; the sheet shows the server's score.
        await show(doc, true);
        const stored = doc.data.result;
        if (!stored) return ctx.set({ notice: notice('success', 'notice.submitted', { version: doc.version }) });
        const differs = result !== undefined && (result.total !== stored.total || result.grade !== stored.grade);
        ctx.set({
          liveScore: hasTotal(result) ? view(result) : undefined,
          storedScore: { ...view(stored), differs },
          notice: differs
            ? notice('info', 'notice.scoreDiffers', { stored: stored.total, live: result.total ?? '—', id: stored.ruleSetId, version: stored.ruleSetVersion })
            : notice('success', 'notice.scoreSubmitted', { version: doc.version, total: stored.total }),
        });
      }),

    /** Stops scoring live (sign-out, another year). */
    stopLiveScore: stopLive,
  };
}
