import { z } from 'zod';
import type { Bilingual } from './bilingual';

/** Roles (GLOSSARY.md "People and bodies"). Department roles carry a department; the others a region. */
export const roles = ['filer', 'departmentHead', 'financeReviewer', 'financeAdmin', 'auditor', 'expert'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const departmentRoles: readonly Role[] = ['filer', 'departmentHead'];
export const financeRoles: readonly Role[] = ['financeReviewer', 'financeAdmin'];

export const roleLabels: Record<Role, Bilingual> = {
  filer: { zh: '部门会计（填报人）', en: 'Department accountant (filer)' },
  departmentHead: { zh: '部门负责人', en: 'Department head' },
  financeReviewer: { zh: '财政审核人', en: 'Finance reviewer' },
  financeAdmin: { zh: '财政管理员', en: 'Finance administrator' },
  auditor: { zh: '审计 / 人大（只读）', en: 'Auditor / congress (read-only)' },
  expert: { zh: '专家', en: 'Expert' },
};
