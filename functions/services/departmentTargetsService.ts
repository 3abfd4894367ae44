import { departmentTargetsDefinition } from '../../domain/forms/departmentTargets/departmentTargetsDefinition';
import { checkDepartmentTargets } from '../../domain/checks/checkDepartmentTargets';
import { DepartmentTargets, emptyDepartmentTargets } from '../../domain/model/departmentTargets';
import type { Principal } from '../../contract/principal';
import { appError } from '../errors/appError';
import { getDepartment } from '../store/referenceStore';
import type { StoreContext } from '../store/storeContext';
import { formLifecycle } from './formLifecycle';
import { requireRole, visibleOr404 } from './scope';
import { assertChangeAllowed, type SubmissionView, type WriteMeta } from './submissionWorkflow';
import { refuseOnErrors } from '../errors/refuseOnErrors';

const fileRoles = departmentTargetsDefinition.roles.file;

/** Reading, 退回修改 and 批复 of 部门整体绩效目标申报表 (RULES.md §3). */
export const departmentTargetsLifecycle = formLifecycle({
  form: 'departmentTargets',
  definition: departmentTargetsDefinition,
  acts: { return: { zh: '退回部门整体绩效目标', en: 'return department targets' }, approve: { zh: '批复部门整体绩效目标', en: 'approve department targets' } },
});

/** The department and year are the form's identity; its name is the stored one, whatever the client sends. */
const keepIdentity = (data: DepartmentTargets, stored: DepartmentTargets): DepartmentTargets => {
  if (data.departmentId !== stored.departmentId || data.year !== stored.year) {
    throw appError('departmentTargets.identityMismatch', { zh: `表中的部门或年度（${data.departmentId}，${data.year}）与此申报表（${stored.departmentId}，${stored.year}）不符`, en: `The form's department or year (${data.departmentId}, ${data.year}) differs from this one's (${stored.departmentId}, ${stored.year})` });
  }
  return { ...data, departmentName: stored.departmentName };
};

/** Creates the department's draft for a year (one per department and year, 409 `submission.exists`), blank unless data is sent. */
export const createDepartmentTargets = async (
  store: StoreContext,
  principal: Principal,
  input: { departmentId: string; year: number; data?: DepartmentTargets },
  meta: WriteMeta,
): Promise<SubmissionView<DepartmentTargets>> => {
  const found = await getDepartment(store, principal.regionId, input.departmentId);
  const department = visibleOr404(principal, found && { ...found, departmentId: found.id }, '部门', 'Department');
  const role = requireRole(principal, fileRoles, department, '填报部门整体绩效目标', 'file department targets');
  const prefilled = emptyDepartmentTargets(department.id, input.year, department.name_zh);
  const data = input.data === undefined ? prefilled : keepIdentity(input.data, prefilled);
  const subject = { id: department.id, regionId: department.regionId, departmentId: department.id, year: input.year };
  return departmentTargetsLifecycle.createDraft(store, principal, role, { subject, subjectType: 'department', data }, meta);
};

/** Saves a draft (草稿 or 退回修改) as the version the caller read. */
export const saveDepartmentTargets = departmentTargetsLifecycle.change<{ data: DepartmentTargets }>({
  action: 'save',
  roles: fileRoles,
  act: { zh: '保存部门整体绩效目标', en: 'save department targets' },
  prepare: async ({ store, current, input }) => ({ data: keepIdentity(input.data, await departmentTargetsLifecycle.currentData(store, current)) }),
});

/** Checks and submits; errors of checkDepartmentTargets refuse with 422 `departmentTargets.invalid` and their cells. */
export const submitDepartmentTargets = departmentTargetsLifecycle.change<{ data?: DepartmentTargets }>({
  action: 'submit',
  roles: fileRoles,
  act: { zh: '提交部门整体绩效目标', en: 'submit department targets' },
  prepare: async ({ store, current, input }) => {
    assertChangeAllowed(current, input.expectedVersion, 'submit');
    const stored = await departmentTargetsLifecycle.currentData(store, current);
    const data = input.data === undefined ? stored : keepIdentity(input.data, stored);
    refuseOnErrors(checkDepartmentTargets(data), 'departmentTargets.invalid', { zh: '申报表', en: 'The form' });
    return { data };
  },
});
