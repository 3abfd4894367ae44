import { monitoringDefinition } from '../../domain/forms/monitoring/monitoringDefinition';
import { monitoringSubmissionId, periodThrough, type MonitoringPeriod } from '../../domain/forms/monitoring/monitoringPeriod';
import { monitoringSignalsOf } from '../../domain/forms/monitoring/monitoringSignalsOf';
import { MonitoringSheet, type MonitoringIndicator, type MonitoringSignals } from '../../domain/forms/monitoring/monitoringSheet';
import { submissionId, type SubmissionHead } from '../../domain/model/submission';
import { TargetSheet, totalFen } from '../../domain/model/targetSheet';
import { financeActionLabels, type FinanceAction } from '../../domain/monitoring/financeAction';
import type { Problem } from '../../domain/problem';
import type { RuleSet } from '../../domain/ruleSet/ruleSet';
import type { Principal } from '../../contract/principal';
import type { DepartmentWarnings, MonitoringInput } from '../../contract/monitoring';
import { appError } from '../errors/appError';
import type { Page, PageRequest } from '../store/queryPage';
import { getDepartment, getProject } from '../store/referenceStore';
import type { StoreContext } from '../store/storeContext';
import { getHead, getVersion } from '../store/submissionStore';
import { formLifecycle, type ListWhere } from './formLifecycle';
import { currentRuleSet } from './ruleSetService';
import { requireRole, visibleOr404 } from './scope';
import {
  allowedFrom,
  assertChangeAllowed,
  financeActRoles,
  versionConflict,
  type SubmissionView,
  type WriteMeta,
} from './submissionWorkflow';

/**
 * 绩效运行监控 ("双监控", RULES.md §5) as a submission per project and period: the department fills
 * execution to date and indicator progress on a sheet prefilled from the approved targets; the server
 * computes every signal; a signal that is not green must be explained before the report is submitted;
 * the finance reviewer returns or approves it; the finance bureau decides to continue, adjust,
 * suspend or stop funding, each decision with its reason, as a new audited version.
 */
export type MonitoringView = SubmissionView<MonitoringSheet>;

const fileRoles = monitoringDefinition.roles.file;

/** Reading, 退回修改 and 审核通过: the parts every form shares. */
export const monitoringLifecycle = formLifecycle({
  form: 'monitoring',
  definition: monitoringDefinition,
  acts: { return: { zh: '退回运行监控', en: 'return monitoring reports' }, approve: { zh: '审核运行监控', en: 'approve monitoring reports' } },
});

const { currentData } = monitoringLifecycle;

/** The department's fields laid over the stored sheet; the indicators copied from the targets stay as they were. */
const withInput = (stored: MonitoringSheet, input: MonitoringInput): MonitoringSheet => {
  if (input.indicators.length !== stored.indicators.length) {
    throw appError('monitoring.indicatorsMismatch', { zh: `指标应有 ${stored.indicators.length} 行（与批复的绩效目标一致），收到 ${input.indicators.length} 行`, en: `Expected ${stored.indicators.length} indicator rows (as in the approved targets), got ${input.indicators.length}` });
  }
  const indicators: MonitoringIndicator[] = stored.indicators.map((indicator, i) => {
    const { level1, level2, name, operator, target, unit, basis, accumulation } = indicator;
    return { level1, level2, name, operator, target, unit, ...(basis ? { basis } : {}), ...(accumulation ? { accumulation } : {}), ...input.indicators[i] };
  });
  return {
    ...stored,
    budgetFen: input.budgetFen ?? stored.budgetFen,
    executedFen: input.executedFen,
    execution: input.execution ?? {},
    remarks: input.remarks,
    indicators,
  };
};

/** The signals of a sheet under the rule set, with the problems that stop it from being submitted (cells named). */
const evaluate = (sheet: MonitoringSheet, ruleSet: RuleSet): { signals?: MonitoringSignals; errors: Problem[] } => {
  const { signals, problems } = monitoringSignalsOf(sheet, ruleSet);
  return { ...(signals ? { signals } : {}), errors: problems.filter((p) => p.severity === 'error') };
};

const rulesOf = async (store: StoreContext, head: Pick<SubmissionHead, 'regionId' | 'year'>, meta: WriteMeta): Promise<RuleSet> =>
  (await currentRuleSet(store, head.regionId, head.year, { now: meta.now, requestId: meta.requestId })).data;

/** Without `signals` when the sheet cannot be read yet (a draft with values missing). */
const withSignals = (sheet: MonitoringSheet, signals: MonitoringSignals | undefined): MonitoringSheet => {
  const { signals: _old, ...rest } = sheet;
  return signals ? { ...rest, signals } : rest;
};

/**
 * Creates the report of a project for a period, prefilled from its approved targets (422
 * `monitoring.targetsNotApproved` before they are approved): the indicators, the full-year budget
 * (年度资金总额) and nothing executed yet. One report per project and period.
 */
export const createMonitoring = async (
  store: StoreContext,
  principal: Principal,
  input: { projectId: string; year: number; period: MonitoringPeriod },
  meta: WriteMeta,
): Promise<MonitoringView> => {
  const project = visibleOr404(principal, await getProject(store, input.projectId), '项目', 'Project');
  const role = requireRole(principal, fileRoles, project, '填报运行监控', 'file monitoring reports');
  const targetHead = project.year === input.year ? await getHead(store, submissionId('targetSheet', project.year, project.id)) : undefined;
  const targetVersion = targetHead?.status === 'approved' ? await getVersion(store, targetHead.id, targetHead.version) : undefined;
  if (!targetVersion) {
    throw appError('monitoring.targetsNotApproved', { zh: `“${project.name_zh}”${input.year} 年度的绩效目标尚未批复，不能开展运行监控`, en: `The ${input.year} targets of "${project.name_en || project.name_zh}" are not approved yet: there is nothing to monitor` });
  }
  const targets = TargetSheet.parse(targetVersion.data);
  const department = await getDepartment(store, project.regionId, project.departmentId);
  const data: MonitoringSheet = {
    projectId: project.id,
    year: project.year,
    period: input.period,
    through: periodThrough(project.year, input.period),
    projectName: targets.projectName,
    departmentName: department?.name_zh ?? targets.departmentName,
    budgetFen: totalFen(targets),
    executedFen: 0,
    execution: {},
    indicators: targets.indicators.map(({ level1, level2, name, operator, target, unit, basis, accumulation }) => ({
      level1, level2, name, operator, target, unit, ...(basis ? { basis } : {}), ...(accumulation ? { accumulation } : {}),
    })),
    financeActions: [],
  };
  const id = monitoringSubmissionId(project.year, project.id, input.period);
  return monitoringLifecycle.createDraft(store, principal, role, { subject: project, subjectType: 'project', data, id }, meta);
};

/** Saves a draft; the signals are computed as soon as every value is there, so the filer sees them early. */
export const saveMonitoring = monitoringLifecycle.change<{ data: MonitoringInput }>({
  action: 'save',
  roles: fileRoles,
  act: { zh: '保存运行监控', en: 'save monitoring reports' },
  prepare: async ({ store, current, input, meta }) => {
    assertChangeAllowed(current, input.expectedVersion, 'save');
    const sheet = withInput(await currentData(store, current), input.data);
    const { signals } = evaluate(sheet, await rulesOf(store, current, meta));
    return { data: withSignals(sheet, signals) };
  },
});

/**
 * Submits (with new data or the saved data): the signals are computed on the server, and every
 * missing value and every non-green signal without its reason, likelihood and corrective measure
 * refuses the report with 422 `monitoring.invalid`, one problem per field, with its cell.
 */
export const submitMonitoring = monitoringLifecycle.change<{ data?: MonitoringInput }>({
  action: 'submit',
  roles: fileRoles,
  act: { zh: '提交运行监控', en: 'submit monitoring reports' },
  prepare: async ({ store, current, input, meta }) => {
    assertChangeAllowed(current, input.expectedVersion, 'submit');
    const stored = await currentData(store, current);
    const sheet = input.data === undefined ? stored : withInput(stored, input.data);
    const { signals, errors } = evaluate(sheet, await rulesOf(store, current, meta));
    if (errors.length > 0 || !signals) {
      throw appError('monitoring.invalid', { zh: `监控表有 ${errors.length} 处需填写或修改，请按标出的单元格处理后再提交`, en: `The report has ${errors.length} field(s) to fill or fix; see the marked cells`, problems: errors });
    }
    return { data: withSignals(sheet, signals) };
  },
});

/**
 * The finance bureau's decision on a submitted or approved report (RULES.md §5): continue, adjust,
 * suspend or stop funding, with a reason. Appended to the report's decisions as a new version with
 * the status kept; the audit action is `financeAction`, its detail the decision and the reason.
 */
export const recordFinanceAction = monitoringLifecycle.change<{ action: FinanceAction; reason: string }>({
  action: 'financeAction',
  roles: financeActRoles('financeAction'),
  act: { zh: '作出监控处理决定', en: 'decide on monitoring reports' },
  prepare: async ({ store, principal, role, current, input, meta }) => {
    if (current.version !== input.expectedVersion) throw versionConflict(current.version, input.expectedVersion);
    if (!allowedFrom('financeAction', current.status)) {
      throw appError('monitoring.notReported', { zh: '监控表尚未提交，不能作出处理决定', en: 'The report has not been submitted: there is nothing to decide on yet' });
    }
    const stored = await currentData(store, current);
    const label = financeActionLabels[input.action];
    const decision = { action: input.action, reason: input.reason, at: meta.now.toISOString(), by: principal.subject, byName: principal.name, role };
    return {
      data: { ...stored, financeActions: [...stored.financeActions, decision] },
      comment: `${label.zh} / ${label.en}: ${input.reason}`,
      detail: { kind: 'financeAction', financeAction: input.action, reason: input.reason },
    };
  },
});

/** Reports in scope for a year (optionally one period): a department's, the region's, or the region's in one status. */
export const listMonitoring = async (
  store: StoreContext,
  principal: Principal,
  where: ListWhere & { period?: MonitoringPeriod },
  page?: PageRequest,
): Promise<Page<SubmissionHead>> => {
  const result = await monitoringLifecycle.list(store, principal, where, page);
  return where.period === undefined ? result : { ...result, items: result.items.filter((head) => head.id.endsWith(`.${where.period}`)) };
};

/**
 * The finance view (预警): red and yellow projects of a year and period, per department, from the
 * reports that were submitted (drafts are not reported yet). Finance roles and auditors see their
 * region, department roles their own department. Pages follow the reports: pass `cursor` for more.
 */
export const listMonitoringWarnings = async (
  store: StoreContext,
  principal: Principal,
  where: { year: number; period: MonitoringPeriod; departmentId?: string },
  page?: PageRequest,
): Promise<Page<DepartmentWarnings>> => {
  const heads = await listMonitoring(store, principal, where, page);
  const reported = heads.items.filter((head) => head.status === 'submitted' || head.status === 'approved');
  const sheets = await Promise.all(reported.map(async (head) => ({ head, data: await currentData(store, head) })));
  const groups = new Map<string, DepartmentWarnings>();
  for (const { head, data } of sheets) {
    const signal = data.signals?.project;
    if (signal !== 'red' && signal !== 'yellow') continue;
    let group = groups.get(head.departmentId);
    if (!group) {
      const department = await getDepartment(store, head.regionId, head.departmentId);
      group = { departmentId: head.departmentId, departmentName: department?.name_zh ?? data.departmentName, red: 0, yellow: 0, projects: [] };
      groups.set(head.departmentId, group);
    }
    group[signal] += 1;
    const latest = data.financeActions[data.financeActions.length - 1];
    group.projects.push({
      submissionId: head.id,
      projectId: data.projectId,
      projectName: data.projectName,
      status: head.status,
      signal,
      executionRate: data.signals?.executionRate ?? null,
      executionSignal: data.signals?.execution ?? 'green',
      ...(latest ? { financeAction: latest.action } : {}),
    });
  }
  return { items: [...groups.values()], ...(heads.cursor ? { cursor: heads.cursor } : {}) };
};

/**
 * Execution to date of a project from its latest submitted report of the year: what next year's
 * budget linkage (RULES.md §6) reads. Undefined when nothing was reported.
 */
export const latestExecution = async (
  store: StoreContext,
  principal: Principal,
  where: { projectId: string; year: number },
): Promise<{ submissionId: string; through: string; budgetFen: number; executedFen: number; executionRate: number | null } | undefined> => {
  const project = visibleOr404(principal, await getProject(store, where.projectId), '项目', 'Project');
  const ids = Array.from({ length: 12 }, (_, i) => monitoringSubmissionId(where.year, project.id, `m${String(12 - i).padStart(2, '0')}`));
  for (const id of ids) {
    const head = await getHead(store, id);
    if (head?.status !== 'submitted' && head?.status !== 'approved') continue;
    const data = await currentData(store, head);
    return { submissionId: id, through: data.through, budgetFen: data.budgetFen, executedFen: data.executedFen, executionRate: data.signals?.executionRate ?? null };
  }
  return undefined;
};
