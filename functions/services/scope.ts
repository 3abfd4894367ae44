import type { Role } from '../../domain/model/role';
import type { Principal } from '../../contract/principal';
import { forbidden, notFound } from '../errors/appError';

/**
 * Who sees what (DESIGN.md "Security model", docs/api.md "Scope"): finance roles and auditors see
 * their region; department roles see their own department in their region; nobody sees another
 * region. Out of scope answers 404 (existence is not revealed); in scope but the wrong role, 403.
 */
export type Visibility =
  | { kind: 'region'; regionId: string }
  | { kind: 'department'; regionId: string; departmentId: string }
  | { kind: 'none' };

const regionRoles: readonly Role[] = ['financeReviewer', 'financeAdmin', 'auditor'];

/** What a principal may read. An expert (not yet part of any workflow) sees no department data. */
export const visibilityOf = (principal: Principal): Visibility => {
  if (principal.roles.some((role) => regionRoles.includes(role))) return { kind: 'region', regionId: principal.regionId };
  if (principal.departmentId !== undefined && principal.roles.some((role) => role === 'filer' || role === 'departmentHead')) {
    return { kind: 'department', regionId: principal.regionId, departmentId: principal.departmentId };
  }
  return { kind: 'none' };
};

/** Where an item belongs. */
export interface Owner {
  regionId: string;
  departmentId: string;
}

export const canSee = (principal: Principal, owner: Owner): boolean => {
  const visibility = visibilityOf(principal);
  if (visibility.kind === 'none' || visibility.regionId !== owner.regionId) return false;
  return visibility.kind === 'region' || visibility.departmentId === owner.departmentId;
};

/**
 * Returns the item when the principal may see it, else throws 404 (also for an item that does not
 * exist, so the two cannot be told apart).
 *
 * @example
 * const project = visibleOr404(principal, await getProject(store, id), '项目', 'Project');
 */
export const visibleOr404 = <T extends Owner>(principal: Principal, item: T | undefined, what_zh: string, what_en: string): T => {
  if (item === undefined || !canSee(principal, item)) throw notFound(what_zh, what_en);
  return item;
};

/**
 * The role that allows an action on an in-scope item, else 403. A department role counts only for
 * its own department, so a finance reviewer who is also some department's filer cannot file for
 * another department.
 */
export const requireRole = (principal: Principal, allowed: readonly Role[], owner: Owner, action_zh: string, action_en: string): Role => {
  const role = principal.roles.find(
    (candidate) =>
      allowed.includes(candidate) &&
      principal.regionId === owner.regionId &&
      (!(candidate === 'filer' || candidate === 'departmentHead') || principal.departmentId === owner.departmentId),
  );
  if (role === undefined) throw forbidden(action_zh, action_en);
  return role;
};
