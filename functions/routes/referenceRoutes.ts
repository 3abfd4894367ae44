import { z } from 'zod';
import { Id } from '../../domain/model/ids';
import { json } from '../http/json';
import type { RouteDefinition } from '../http/types';
import { describeMe, getVisibleProject, listVisibleDepartments, listVisibleProjects } from '../services/referenceService';
import type { StoreContext } from '../store/storeContext';
import { defineRoute } from './defineRoute';
import { pageResponse } from './pageResponse';
import { departmentIdParam, pageQuery, yearParam } from '../../contract/queryParams';

/** GET /v1/me, /v1/departments, /v1/projects, /v1/projects/{projectId} (docs/api.md). */
export const referenceRoutes = (store: StoreContext): RouteDefinition[] => [
  defineRoute({
    method: 'GET',
    path: '/v1/me',
    query: z.strictObject({}),
    handle: async ({ principal }) => json(200, await describeMe(store, principal)),
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/departments',
    query: z.strictObject({ ...pageQuery }),
    handle: async ({ principal, query }) => pageResponse(await listVisibleDepartments(store, principal, query)),
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/projects',
    query: z.strictObject({ year: yearParam, departmentId: departmentIdParam.optional(), ...pageQuery }),
    handle: async ({ principal, query }) =>
      pageResponse(await listVisibleProjects(store, principal, { year: query.year, departmentId: query.departmentId }, query)),
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/projects/{projectId}',
    params: z.strictObject({ projectId: Id }),
    query: z.strictObject({}),
    handle: async ({ principal, params }) => json(200, await getVisibleProject(store, principal, params.projectId)),
  }),
];
