import { z } from 'zod';
import { listBudgets } from '../../domain/budgets/budgetFocusPoints';
import { listSubjects } from '../../domain/budgets/formsForSubject';
import { json } from '../http/json';
import type { RouteDefinition } from '../http/types';
import { defineRoute } from './defineRoute';

/**
 * GET /v1/budgets: the four budgets (全口径) with their focus points, and the four kinds of subject
 * (全方位) with the cycle stages and forms that apply to each. Static data, one response.
 */
export const budgetRoutes = (): RouteDefinition[] => [
  defineRoute({
    method: 'GET',
    path: '/v1/budgets',
    query: z.strictObject({}),
    handle: async () => json(200, { items: listBudgets(), subjects: listSubjects() }),
  }),
];
