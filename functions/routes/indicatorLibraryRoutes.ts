import { z } from 'zod';
import { LibrarySector } from '../../domain/indicators/indicatorLibraryItem';
import { searchIndicators } from '../../domain/indicators/searchIndicators';
import { BudgetType } from '../../domain/model/budgetType';
import { Level1, Level2 } from '../../domain/model/indicator';
import { json } from '../http/json';
import type { RouteDefinition } from '../http/types';
import { defineRoute } from './defineRoute';

/**
 * GET /v1/indicator-library?sector=&level1=&level2=&budgetType=&q= (the whole library is a few
 * hundred items of static data, so it is answered in one response, not paged).
 */
export const indicatorLibraryRoutes = (): RouteDefinition[] => [
  defineRoute({
    method: 'GET',
    path: '/v1/indicator-library',
    query: z.strictObject({
      sector: LibrarySector.optional(),
      level1: Level1.optional(),
      level2: Level2.optional(),
      budgetType: BudgetType.optional(),
      q: z.string().trim().max(100).optional(),
    }),
    handle: async ({ query }) => json(200, { items: searchIndicators(query) }),
  }),
];
