import { targetSheetDefinition } from '../../domain/forms/targetSheet/targetSheetDefinition';
import { checkTargetSheet } from '../../domain/checks/checkTargetSheet';
import { defaultTargetSheetCheckOptions } from '../../domain/checks/targetSheetCheckOptions';
import { emptyTargetSheet } from '../../domain/forms/targetSheet/emptyTargetSheet';
import { TargetSheet } from '../../domain/model/targetSheet';
import type { Principal } from '../../contract/principal';
import { appError } from '../errors/appError';
import { getDepartment, getProject, getUnit } from '../store/referenceStore';
import type { StoreContext } from '../store/storeContext';
import { assertApprovalGate } from './approvalGate';
import { formLifecycle } from './formLifecycle';
import { requireRole, visibleOr404 } from './scope';
import { assertChangeAllowed, type SubmissionView, type WriteMeta } from './submissionWorkflow';
import { refuseOnErrors } from '../errors/refuseOnErrors';

/**
 * 绩效目标申报表 (RULES.md §1) as a submission: department roles create, save and submit; the finance
 * reviewer returns or approves; auditors and everyone else in scope read.
 */
export type TargetSheetView = SubmissionView<TargetSheet>;

const fileRoles = targetSheetDefinition.roles.file;

/** Reading, 退回修改 and 批复 (after the approval gate, RULES.md §4): the parts every form shares. */
export const targetSheetLifecycle = formLifecycle({
  form: 'targetSheet',
  definition: targetSheetDefinition,
  acts: { return: { zh: '退回申报表', en: 'return target sheets' }, approve: { zh: '批复申报表', en: 'approve target sheets' } },
  beforeApprove: assertApprovalGate,
});

const { currentData } = targetSheetLifecycle;

/** The head and current data. */
export const getTargetSheet = targetSheetLifecycle.get;

/** One version with its data. */
export const getTargetSheetVersion = targetSheetLifecycle.version;

/**
 * The sheet's identity cannot change: 项目, 年度 and the names copied from the project (locked cells
 * on the sheet) are taken from the stored sheet, whatever the client sends.
 */
const keepIdentity = (data: TargetSheet, stored: TargetSheet): TargetSheet => {
  if (data.projectId !== stored.projectId || data.year !== stored.year) {
    throw appError('targetSheet.projectMismatch', { zh: `表中的项目或年度（${data.projectId}，${data.year}）与此申报表（${stored.projectId}，${stored.year}）不符`, en: `The sheet's project or year (${data.projectId}, ${data.year}) differs from this target sheet's (${stored.projectId}, ${stored.year})` });
  }
  return { ...data, projectName: stored.projectName, departmentName: stored.departmentName, unitName: stored.unitName };
};

/**
 * Creates a draft for a project, prefilled from the project (emptyTargetSheet) unless the caller
 * sends data (e.g. a sheet filled offline); one sheet per project and year (409 `submission.exists`).
 */
export const createTargetSheet = async (
  store: StoreContext,
  principal: Principal,
  input: { projectId: string; year: number; data?: TargetSheet },
  meta: WriteMeta,
): Promise<TargetSheetView> => {
  const project = visibleOr404(principal, await getProject(store, input.projectId), '项目', 'Project');
  const role = requireRole(principal, fileRoles, project, '填报绩效目标', 'file performance targets');
  if (project.year !== input.year) {
    throw appError('targetSheet.yearMismatch', { zh: `项目“${project.name_zh}”属于 ${project.year} 年度，不是 ${input.year} 年度`, en: `Project "${project.name_en || project.name_zh}" belongs to budget year ${project.year}, not ${input.year}` });
  }
  const department = await getDepartment(store, project.regionId, project.departmentId);
  const unit = project.unitId === undefined ? undefined : await getUnit(store, project.regionId, project.departmentId, project.unitId);
  const prefilled = emptyTargetSheet(project, department?.name_zh ?? '', unit?.name_zh ?? '');
  const data = input.data === undefined ? prefilled : keepIdentity(input.data, prefilled);
  return targetSheetLifecycle.createDraft(store, principal, role, { subject: project, subjectType: 'project', data }, meta);
};

/** Saves a draft (only in 草稿 or 退回修改), as the version the caller read. */
export const saveTargetSheet = targetSheetLifecycle.change<{ data: TargetSheet }>({
  action: 'save',
  roles: fileRoles,
  act: { zh: '保存绩效目标', en: 'save performance targets' },
  prepare: async ({ store, current, input }) => ({ data: keepIdentity(input.data, await currentData(store, current)) }),
});

/**
 * Checks and submits (with new data, or the saved data). Errors found by checkTargetSheet refuse
 * the submission with 422 `targetSheet.invalid` and the cell-addressed problems; warnings do not.
 */
export const submitTargetSheet = targetSheetLifecycle.change<{ data?: TargetSheet }>({
  action: 'submit',
  roles: fileRoles,
  act: { zh: '提交绩效目标', en: 'submit performance targets' },
  prepare: async ({ store, current, input }) => {
    assertChangeAllowed(current, input.expectedVersion, 'submit');
    const stored = await currentData(store, current);
    const data = input.data === undefined ? stored : keepIdentity(input.data, stored);
    const project = await getProject(store, current.subjectId);
    refuseOnErrors(checkTargetSheet(data, { ...defaultTargetSheetCheckOptions, projectAmountFen: project?.amountFen }), 'targetSheet.invalid', {
      zh: '申报表',
      en: 'The sheet',
    });
    return { data };
  },
});
