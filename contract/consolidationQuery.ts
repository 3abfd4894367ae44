import { z } from 'zod';
import { ConsolidationForm } from '../domain/consolidation/consolidationForm';
import { BudgetType } from '../domain/model/budgetType';
import { Id } from '../domain/model/ids';
import { Status } from '../domain/model/submission';
import { yearParam } from './queryParams';

/** A comma-separated query value ("general,fund") as a list of `item`s; repeated names arrive joined by commas too. */
const listParam = <T extends string>(item: z.ZodType<T, string>, max: number) =>
  z
    .string()
    .transform((text) => text.split(',').map((part) => part.trim()).filter((part) => part !== ''))
    .pipe(z.array(item).max(max));

/** The filters of a consolidation in a query string (docs/api.md "Consolidation"). */
export const consolidationFilterQuery = {
  year: yearParam,
  form: ConsolidationForm,
  budgetTypes: listParam(BudgetType, 4).optional(),
  departmentIds: listParam(Id, 500).optional(),
  statuses: listParam(Status, 4).optional(),
};
