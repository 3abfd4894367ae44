/**
 * The in-memory stand-in for the routes the pane uses (rule sets, self-evaluations,
 * monitoring, warnings, ex-ante assessments), with the server's rules that matter to it: one
 * submission per subject (and period), created only from approved targets, If-Match versions,
 * edits in draft/returned only, and submit re-checked and scored with the domain code and the
 * CURRENT rule set (which a test may change between the pane's fetch and the submit).
 */
import { exAnteCell, exAnteChecklistRows } from '../../../domain/forms/exAnte/exAnteCell';
import type { ExAnteSheet } from '../../../domain/forms/exAnte/exAnteSheet';
import { monitoringPeriod, monitoringSubmissionId, periodThrough } from '../../../domain/forms/monitoring/monitoringPeriod';
import type { MonitoringSheet } from '../../../domain/forms/monitoring/monitoringSheet';
import { monitoringSignalsOf } from '../../../domain/forms/monitoring/monitoringSignalsOf';
import {
  keepLockedFields,
  selfEvaluationFromTargetSheet,
  selfEvaluationScoringInput,
  type SelfEvaluationSheet,
} from '../../../domain/forms/selfEvaluation/selfEvaluationForm';
import { scoreExAnteAssessment } from '../../../domain/exAnte/scoreExAnteAssessment';
import { submissionId, type FormId, type SubmissionHead } from '../../../domain/model/submission';
import { totalFen, type TargetSheet } from '../../../domain/model/targetSheet';
import type { Problem } from '../../../domain/problem';
import { defaultRuleSet, type RuleSet } from '../../../domain/ruleSet/ruleSet';
import { scoreSelfEvaluation } from '../../../domain/scoring/scoreSelfEvaluation';
import { ApiProblem } from '../../../addin/api/apiProblem';
import type { ApiClient, DepartmentWarnings, Me, SubmissionDocument } from '../../../addin/api/client';

type CycleMethods = Pick<
  ApiClient,
  | 'ruleSet' | 'createSelfEvaluation' | 'getSelfEvaluation' | 'saveSelfEvaluation' | 'submitSelfEvaluation'
  | 'createMonitoring' | 'getMonitoring' | 'saveMonitoring' | 'submitMonitoring' | 'monitoringWarnings'
  | 'createExAnte' | 'getExAnte' | 'saveExAnte' | 'submitExAnte'
>;

const invalid = (code: string, problems: Problem[]) =>
  new ApiProblem(422, code, `有 ${problems.length} 处错误`, `${problems.length} error(s)`, problems);

export class FakeCycle {
  /** The region's current rule set; tests replace it to play a change by the finance administrator. */
  ruleSet: RuleSet = defaultRuleSet('nantong', 2026);
  readonly heads = new Map<string, SubmissionHead>();
  readonly data = new Map<string, unknown>();
  calls: string[] = [];

  /** The methods as one signed-in user sees them; `targets` finds a project's approved target sheet. */
  client(me: () => Me, targets: (projectId: string, year: number) => { data: TargetSheet; version: number } | undefined): CycleMethods {
    const doc = <D>(id: string): SubmissionDocument<D> => {
      me();
      const head = this.heads.get(id);
      if (!head) throw new ApiProblem(404, 'notFound', '未找到', 'Not found');
      return { head, data: this.data.get(id) as D, version: head.version };
    };
    const create = <D>(form: FormId, id: string, subjectId: string, year: number, data: D): SubmissionDocument<D> => {
      const who = me().principal.subject;
      if (this.heads.has(id)) throw new ApiProblem(409, 'submission.exists', '已存在', 'Exists');
      this.heads.set(id, { id, form, regionId: 'nantong', departmentId: 'edu', subjectType: 'project', subjectId, year, status: 'draft', version: 1, updatedAt: '2026-08-01T00:00:00Z', updatedBy: who });
      this.data.set(id, data);
      return doc<D>(id);
    };
    const change = <D>(id: string, version: number, data: D, status?: SubmissionHead['status']): SubmissionDocument<D> => {
      const current = doc<D>(id);
      if (current.version !== version) throw new ApiProblem(409, 'submission.versionConflict', '版本已变化', 'The version changed');
      if (!['draft', 'returned'].includes(current.head.status)) throw new ApiProblem(409, 'submission.notEditable', '不可修改', 'Not editable');
      this.heads.set(id, { ...current.head, version: version + 1, ...(status ? { status } : {}) });
      this.data.set(id, data);
      return doc<D>(id);
    };
    const approved = (projectId: string, year: number, code: string) => {
      const found = targets(projectId, year);
      if (!found) throw new ApiProblem(code.startsWith('monitoring') ? 422 : 409, code, '绩效目标尚未批复', 'The targets are not approved');
      return found;
    };
    const log = (call: string) => this.calls.push(call);

    return {
      ruleSet: async () => (me(), log('ruleSet'), { data: this.ruleSet, version: this.ruleSet.version }),

      createSelfEvaluation: async ({ projectId, year }) => {
        log('selfEvaluation.create');
        const found = approved(projectId, year, 'selfEvaluation.targetsNotApproved');
        return create('selfEvaluation', submissionId('selfEvaluation', year, projectId), projectId, year, selfEvaluationFromTargetSheet(found.data, found.version));
      },
      getSelfEvaluation: async (id) => doc<SelfEvaluationSheet>(id),
      saveSelfEvaluation: async (id, version, data) => {
        log('selfEvaluation.save');
        return change(id, version, keepLockedFields(data, doc<SelfEvaluationSheet>(id).data));
      },
      submitSelfEvaluation: async (id, version, data) => {
        log('selfEvaluation.submit');
        const stored = doc<SelfEvaluationSheet>(id).data;
        const sheet = keepLockedFields(data ?? stored, stored);
        const result = scoreSelfEvaluation(selfEvaluationScoringInput(sheet), this.ruleSet);
        const errors = result.problems.filter((p) => p.severity === 'error');
        if (errors.length > 0) throw invalid('selfEvaluation.invalid', errors);
        const { problems: _problems, total, grade, ...score } = result;
        if (total === null || grade === null) throw new Error('no total without an error');
        const indicators = score.indicators.map(({ problems: _p, ...rest }) => rest);
        return change(id, version, { ...sheet, result: { ...score, total, grade, indicators, computedAt: '2026-12-20T00:00:00Z' } }, 'submitted');
      },

      createMonitoring: async ({ projectId, year, period }) => {
        log('monitoring.create');
        const { data: t } = approved(projectId, year, 'monitoring.targetsNotApproved');
        const sheet: MonitoringSheet = {
          projectId, year, period, through: periodThrough(year, period), projectName: t.projectName, departmentName: t.departmentName,
          budgetFen: totalFen(t), executedFen: 0, execution: {}, financeActions: [],
          indicators: t.indicators.map(({ level1, level2, name, operator, target, unit }) => ({ level1, level2, name, operator, target, unit })),
        };
        return create('monitoring', monitoringSubmissionId(year, projectId, period), projectId, year, sheet);
      },
      getMonitoring: async (id) => doc<MonitoringSheet>(id),
      saveMonitoring: async (id, version, input) => {
        log('monitoring.save');
        const stored = doc<MonitoringSheet>(id).data;
        return change(id, version, applyMonitoringInput(stored, input));
      },
      submitMonitoring: async (id, version, input) => {
        log('monitoring.submit');
        const stored = doc<MonitoringSheet>(id).data;
        const sheet = input ? applyMonitoringInput(stored, input) : stored;
        const { signals, problems } = monitoringSignalsOf(sheet, this.ruleSet);
        const errors = problems.filter((p) => p.severity === 'error');
        if (errors.length > 0 || !signals) throw invalid('monitoring.invalid', errors);
        return change(id, version, { ...sheet, signals }, 'submitted');
      },
      monitoringWarnings: async ({ year, period }) => {
        me();
        const byDepartment = new Map<string, DepartmentWarnings>();
        for (const head of this.heads.values()) {
          if (head.form !== 'monitoring' || head.year !== year || !head.id.endsWith(`.${period}`) || head.status === 'draft') continue;
          const sheet = this.data.get(head.id) as MonitoringSheet;
          const signal = sheet.signals?.project;
          if (signal !== 'red' && signal !== 'yellow') continue;
          const entry = byDepartment.get(head.departmentId) ?? { departmentId: head.departmentId, departmentName: sheet.departmentName, red: 0, yellow: 0, projects: [] };
          entry[signal]++;
          entry.projects.push({ submissionId: head.id, projectId: sheet.projectId, projectName: sheet.projectName, status: head.status, signal, executionRate: sheet.signals!.executionRate, executionSignal: sheet.signals!.execution });
          byDepartment.set(head.departmentId, entry);
        }
        return { items: [...byDepartment.values()] };
      },

      createExAnte: async ({ subjectId, year }) => {
        log('exAnte.create');
        const found = targets(subjectId, year);
        const sheet: ExAnteSheet = {
          subjectType: 'project', subjectId, year, subjectName: found?.data.projectName ?? subjectId, departmentName: '南通市教育局',
          amountFen: found ? totalFen(found.data) : 0, outline: '',
          assessment: { subject: 'project', assessors: [{ assessor: 'departmentSelf', scores: {} }], checklistAnswers: {} },
        };
        return create('exAnteAssessment', submissionId('exAnteAssessment', year, subjectId), subjectId, year, sheet);
      },
      getExAnte: async (id) => doc<ExAnteSheet>(id),
      saveExAnte: async (id, version, input) => {
        log('exAnte.save');
        const stored = doc<ExAnteSheet>(id).data;
        return change(id, version, { ...stored, outline: input.outline ?? stored.outline, assessment: { ...input.assessment, subject: stored.subjectType } });
      },
      submitExAnte: async (id, version, input) => {
        log('exAnte.submit');
        const stored = doc<ExAnteSheet>(id).data;
        const sheet = input ? { ...stored, outline: input.outline ?? stored.outline, assessment: { ...input.assessment, subject: stored.subjectType } } : stored;
        const rows = exAnteChecklistRows(sheet.assessment.category, this.ruleSet.exAnte.checklists);
        const errors = scoreExAnteAssessment(sheet.assessment, this.ruleSet.exAnte)
          .problems.filter((p) => p.severity === 'error' && p.code !== 'exAnte.noCountingAssessor')
          .map((p) => ({ ...p, ...(p.path && exAnteCell(p.path, rows) ? { cell: exAnteCell(p.path, rows) } : {}) }));
        if (errors.length > 0) throw invalid('exAnte.invalid', errors);
        return change(id, version, sheet, 'submitted');
      },
    };
  }

  /** Test setup: the finance bureau approved an ex-ante assessment with this recorded result. */
  recordExAnteResult(id: string, score: number, conclusion: 'support' | 'revise' | 'reject'): void {
    const head = this.heads.get(id)!;
    const sheet = this.data.get(id) as ExAnteSheet;
    this.heads.set(id, { ...head, status: 'approved', version: head.version + 1 });
    this.data.set(id, { ...sheet, result: { score, conclusion, byAssessor: {}, ruleSetId: this.ruleSet.id, ruleSetVersion: this.ruleSet.version, at: '2026-09-01T00:00:00Z', by: 'reviewer-city' } });
  }
}

const applyMonitoringInput = (stored: MonitoringSheet, input: Parameters<ApiClient['saveMonitoring']>[2]): MonitoringSheet => ({
  ...stored,
  budgetFen: input.budgetFen ?? stored.budgetFen,
  executedFen: input.executedFen,
  execution: input.execution ?? {},
  ...(input.remarks ? { remarks: input.remarks } : {}),
  indicators: stored.indicators.map((locked, i) => {
    const { level1, level2, name, operator, target, unit, basis } = locked;
    return { level1, level2, name, operator, target, unit, ...(basis ? { basis } : {}), ...input.indicators[i] };
  }),
});

/** The default monitoring period, as the pane uses it. */
export const july = monitoringPeriod(7);
