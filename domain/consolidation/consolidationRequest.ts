import { z } from 'zod';
import { BudgetType } from '../model/budgetType';
import { Id, Year } from '../model/ids';
import { Status } from '../model/submission';
import { ConsolidationForm } from './consolidationForm';
import type { ConsolidationOwner, ProjectRow } from './consolidationRow';

/**
 * What a finance user picks before pulling or exporting (docs/addin.md "Consolidate: pull into the workbook"): a year, a form, and
 * optionally budget types, departments and statuses (empty or absent = all).
 */
export const ConsolidationRequest = z.strictObject({
  year: Year,
  form: ConsolidationForm,
  budgetTypes: z.array(BudgetType).max(4).optional(),
  departmentIds: z.array(Id).max(500).optional(),
  statuses: z.array(Status).max(4).optional(),
});
export type ConsolidationRequest = z.infer<typeof ConsolidationRequest>;

const allows = <T>(chosen: readonly T[] | undefined, value: T | undefined): boolean =>
  chosen === undefined || chosen.length === 0 || (value !== undefined && chosen.includes(value));

/** True when a subject passes the request's filters. */
export const matchesRequest = (
  request: ConsolidationRequest,
  row: Pick<ProjectRow, 'budgetType' | 'status'> & Pick<ConsolidationOwner, 'departmentId'>,
): boolean =>
  allows(request.budgetTypes, row.budgetType) && allows(request.departmentIds, row.departmentId) && allows(request.statuses, row.status);
