import { z } from 'zod';
import { FundYearRecord, SocialInsuranceFund } from '../../domain/budgets/socialInsuranceFund';
import { appError } from '../errors/appError';
import { json } from '../http/json';
import type { RouteDefinition } from '../http/types';
import { fundRiskReport, saveFundYear } from '../services/socialInsuranceService';
import type { StoreContext } from '../store/storeContext';
import { defineRoute } from './defineRoute';
import { yearParam } from '../../contract/queryParams';

/** GET /v1/social-insurance/funds?year= and PUT /v1/social-insurance/funds/{fund}/years/{year} (docs/api.md "Routes: ex-ante assessment, approval gate, monitoring, budgets, social insurance funds"). */
export const socialInsuranceRoutes = (store: StoreContext): RouteDefinition[] => [
  defineRoute({
    method: 'GET',
    path: '/v1/social-insurance/funds',
    query: z.strictObject({ year: yearParam }),
    handle: async ({ principal, query, now, request }) => json(200, await fundRiskReport(store, principal, query.year, { now: now(), requestId: request.requestId })),
  }),
  defineRoute({
    method: 'PUT',
    path: '/v1/social-insurance/funds/{fund}/years/{year}',
    params: z.strictObject({ fund: SocialInsuranceFund, year: yearParam }),
    body: FundYearRecord,
    handle: async ({ principal, params, body, now }) => {
      if (body.year !== params.year) {
        throw appError('socialInsurance.yearMismatch', { zh: `路径中的年度（${params.year}）与内容中的年度（${body.year}）不一致`, en: `The year in the path (${params.year}) differs from the body's (${body.year})` });
      }
      return json(200, await saveFundYear(store, principal, { fund: params.fund, record: body }, now()));
    },
  }),
];
