import type { Department } from '../../domain/model/department';
import type { Project } from '../../domain/model/project';
import type { Region } from '../../domain/model/region';
import type { Principal } from '../../contract/principal';
import { notFound } from '../errors/appError';
import type { Page, PageRequest } from '../store/queryPage';
import {
  getDepartment,
  getProject,
  getRegion,
  listDepartments,
  listProjectsOfDepartment,
  listProjectsOfRegion,
} from '../store/referenceStore';
import type { StoreContext } from '../store/storeContext';
import { visibilityOf, visibleOr404 } from './scope';

/** The caller with its region and department, for the task pane's header. */
export const describeMe = async (store: StoreContext, principal: Principal): Promise<{ principal: Principal; region?: Region; department?: Department }> => {
  const region = await getRegion(store, principal.regionId);
  const department = principal.departmentId === undefined ? undefined : await getDepartment(store, principal.regionId, principal.departmentId);
  return { principal, region, department };
};

/** Departments the caller may see: its own for department roles, the region's for finance and auditors. */
export const listVisibleDepartments = async (store: StoreContext, principal: Principal, page?: PageRequest): Promise<Page<Department>> => {
  const visibility = visibilityOf(principal);
  if (visibility.kind === 'none') return { items: [] };
  if (visibility.kind === 'region') return listDepartments(store, visibility.regionId, page);
  const own = await getDepartment(store, visibility.regionId, visibility.departmentId);
  return { items: own ? [own] : [] };
};

/**
 * Resolves the department a list is about: a department role may only name its own (or none); a
 * region role may name any department of its region, or none for the whole region. 404 otherwise.
 */
export const departmentFilter = async (
  store: StoreContext,
  principal: Principal,
  departmentId: string | undefined,
): Promise<{ regionId: string; departmentId?: string }> => {
  const visibility = visibilityOf(principal);
  if (visibility.kind === 'none') throw notFound('部门', 'Department');
  if (visibility.kind === 'department') {
    if (departmentId !== undefined && departmentId !== visibility.departmentId) throw notFound('部门', 'Department');
    return { regionId: visibility.regionId, departmentId: visibility.departmentId };
  }
  if (departmentId === undefined) return { regionId: visibility.regionId };
  if (!(await getDepartment(store, visibility.regionId, departmentId))) throw notFound('部门', 'Department');
  return { regionId: visibility.regionId, departmentId };
};

/** Projects of a year the caller may see, for one department or (finance, auditors) the whole region. */
export const listVisibleProjects = async (
  store: StoreContext,
  principal: Principal,
  where: { year: number; departmentId?: string },
  page?: PageRequest,
): Promise<Page<Project>> => {
  const scope = await departmentFilter(store, principal, where.departmentId);
  return scope.departmentId === undefined
    ? listProjectsOfRegion(store, { regionId: scope.regionId, year: where.year }, page)
    : listProjectsOfDepartment(store, { regionId: scope.regionId, departmentId: scope.departmentId, year: where.year }, page);
};

/** One project, 404 outside the caller's scope. */
export const getVisibleProject = async (store: StoreContext, principal: Principal, projectId: string): Promise<Project> =>
  visibleOr404(principal, await getProject(store, projectId), '项目', 'Project');
