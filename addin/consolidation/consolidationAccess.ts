import { departmentRoles, financeRoles, type Role } from '../../domain/model/role';

/**
 * Who sees the pane's 汇总 tab: the finance bureau and auditors (their region) and department roles
 * (their own department: the API scopes the rows, docs/api.md `GET /v1/consolidation`). Experts
 * cannot consolidate (403), so the tab is not offered to them.
 */
export const mayConsolidate = (roles: readonly Role[]): boolean =>
  roles.some((role) => role === 'auditor' || financeRoles.includes(role) || departmentRoles.includes(role));

/** An auditor with no finance or department role only reads: 汇总 is their whole pane. */
export const consolidatesOnly = (roles: readonly Role[]): boolean =>
  roles.includes('auditor') && !roles.some((role) => financeRoles.includes(role) || departmentRoles.includes(role));
