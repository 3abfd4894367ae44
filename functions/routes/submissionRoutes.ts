import { z } from 'zod';
import type { SubmissionHead } from '../../domain/model/submission';
import type { Principal } from '../../contract/principal';
import { approveComment, returnComment } from '../../contract/submission';
import { json } from '../http/json';
import type { ApiResponse, RouteContext, RouteDefinition } from '../http/types';
import type { Change, FormLifecycle, ListWhere, Target } from '../services/formLifecycle';
import type { SubmissionView, WriteMeta } from '../services/submissionWorkflow';
import type { Page, PageRequest } from '../store/queryPage';
import type { StoreContext } from '../store/storeContext';
import { defineRoute } from './defineRoute';
import { withIdempotency } from './idempotency';
import { etag, expectedVersion } from './ifMatch';
import { pageResponse } from './pageResponse';
import { departmentIdParam, pageQuery, statusParam, submissionIdParam, versionParam, yearParam } from '../../contract/queryParams';
import { submissionResponse } from './submissionResponse';

/** The list route's query: the year, the filters and the page. */
export type ListQuery = ListWhere & PageRequest;

/** A form's list: its query (the year, filters, the page) and the heads it finds in the caller's scope. */
export interface ListSpec<Q extends ListQuery> {
  query: z.ZodType<Q>;
  heads: (principal: Principal, query: Q) => Promise<Page<SubmissionHead>>;
}

/** What the common routes of one form need: its path, its lifecycle and the writes its service adds. */
export interface SubmissionRoutesSpec<D, C, I, Q extends ListQuery> {
  /** `/v1/target-sheets`. */
  base: string;
  /** The `{id}` segment; a submission id unless the form's ids differ (monitoring's period). */
  idParam?: z.ZodType<string>;
  lifecycle: FormLifecycle<D>;
  /** POST base: the body and the service's create. */
  create: { body: z.ZodType<C>; write: (store: StoreContext, principal: Principal, input: C, meta: WriteMeta) => Promise<SubmissionView<D>> };
  /** What PUT and submit carry as `data`. */
  data: z.ZodType<I>;
  save: Change<D, { data: I }>;
  submit: Change<D, { data?: I }>;
  /** An approval of the service's own, which also accepts `data` (ex-ante: the reviewer adds scores); else the lifecycle's. */
  approve?: Change<D, { data?: I; comment?: string }>;
  /** A list with filters of its own (monitoring's period); else year, department and status. */
  list?: ListSpec<Q>;
  /** The return comment; a 退回意见 of 1–2000 characters unless given. */
  returnComment?: z.ZodType<string>;
  /** GET base/{id}/workbook: the form's grid as .xlsx (formWorkbookResponse). */
  workbook: (view: SubmissionView<D>, context: RouteContext<{ id: string }, unknown, unknown>) => Promise<ApiResponse>;
}

const noQuery = z.strictObject({});

const defaultList = <D>(store: StoreContext, lifecycle: FormLifecycle<D>): ListSpec<ListQuery> => ({
  query: z.strictObject({ year: yearParam, departmentId: departmentIdParam.optional(), status: statusParam.optional(), ...pageQuery }),
  heads: (principal: Principal, query: ListQuery) =>
    lifecycle.list(store, principal, { year: query.year, departmentId: query.departmentId, status: query.status }, query),
});

/** GET base: a page of heads in the caller's scope. */
const listRoute = <Q extends ListQuery>(base: string, list: ListSpec<Q>): RouteDefinition =>
  defineRoute({
    method: 'GET',
    path: base,
    query: list.query,
    handle: async ({ principal, query }) => pageResponse(await list.heads(principal, query)),
  });

/**
 * The routes every form shares (docs/api.md): create, list, read, save, submit, return, approve,
 * versions, one version, audit and the workbook, under `base`. Writes honour If-Match (read before
 * anything else, so a missing one is 428) and Idempotency-Key; a form's response carries its
 * version as ETag, and a create its Location. The form's routes file adds its own routes.
 *
 * @example
 * [...submissionRoutes(store, { base: '/v1/target-sheets', lifecycle: targetSheetLifecycle, create, data: StrictTargetSheet, save, submit, workbook }), checkRoute]
 */
export const submissionRoutes = <D, C, I, Q extends ListQuery = ListQuery>(
  store: StoreContext,
  spec: SubmissionRoutesSpec<D, C, I, Q>,
): RouteDefinition[] => {
  const { base, lifecycle, create, data, save, submit, approve } = spec;
  const id = spec.idParam ?? submissionIdParam;
  const idParams = z.strictObject({ id });
  const versionParams = z.strictObject({ id, version: versionParam });
  const comment = spec.returnComment ?? returnComment;
  const created = submissionResponse(201, (newId) => `${base}/${newId}`);
  const ok = submissionResponse(200);
  const target = (context: RouteContext<{ id: string }, unknown, unknown>): Target => ({ id: context.params.id, expectedVersion: expectedVersion(context.request) });
  return [
    defineRoute({
      method: 'POST',
      path: base,
      body: create.body,
      handle: (context) => withIdempotency(store, context, (meta) => create.write(store, context.principal, context.body, meta), created),
    }),
    spec.list ? listRoute(base, spec.list) : listRoute(base, defaultList(store, lifecycle)),
    defineRoute({
      method: 'GET',
      path: `${base}/{id}`,
      params: idParams,
      query: noQuery,
      handle: async ({ principal, params }) => ok(await lifecycle.get(store, principal, params.id)),
    }),
    defineRoute({
      method: 'PUT',
      path: `${base}/{id}`,
      params: idParams,
      body: z.strictObject({ data }),
      handle: (context) => {
        const input = { ...target(context), data: context.body.data };
        return withIdempotency(store, context, (meta) => save(store, context.principal, input, meta), ok);
      },
    }),
    defineRoute({
      method: 'POST',
      path: `${base}/{id}/submit`,
      params: idParams,
      body: z.strictObject({ data: data.optional() }).optional(),
      handle: (context) => {
        const input = { ...target(context), data: context.body?.data };
        return withIdempotency(store, context, (meta) => submit(store, context.principal, input, meta), ok);
      },
    }),
    defineRoute({
      method: 'POST',
      path: `${base}/{id}/return`,
      params: idParams,
      body: z.strictObject({ comment }),
      handle: (context) => {
        const input = { ...target(context), comment: context.body.comment };
        return withIdempotency(store, context, (meta) => lifecycle.returnForRevision(store, context.principal, input, meta), ok);
      },
    }),
    approve
      ? defineRoute({
          method: 'POST',
          path: `${base}/{id}/approve`,
          params: idParams,
          body: z.strictObject({ data: data.optional(), comment: approveComment }).optional(),
          handle: (context) => {
            const input = { ...target(context), data: context.body?.data, comment: context.body?.comment || undefined };
            return withIdempotency(store, context, (meta) => approve(store, context.principal, input, meta), ok);
          },
        })
      : defineRoute({
          method: 'POST',
          path: `${base}/{id}/approve`,
          params: idParams,
          body: z.strictObject({ comment: approveComment }).optional(),
          handle: (context) => {
            const input = { ...target(context), comment: context.body?.comment || undefined };
            return withIdempotency(store, context, (meta) => lifecycle.approve(store, context.principal, input, meta), ok);
          },
        }),
    defineRoute({
      method: 'GET',
      path: `${base}/{id}/versions`,
      params: idParams,
      query: z.strictObject({ ...pageQuery }),
      handle: async ({ principal, params, query }) => pageResponse(await lifecycle.versions(store, principal, params.id, query)),
    }),
    defineRoute({
      method: 'GET',
      path: `${base}/{id}/versions/{version}`,
      params: versionParams,
      query: noQuery,
      handle: async ({ principal, params }) => {
        const version = await lifecycle.version(store, principal, params.id, params.version);
        return json(200, version, { etag: etag(version.version) });
      },
    }),
    defineRoute({
      method: 'GET',
      path: `${base}/{id}/audit`,
      params: idParams,
      query: z.strictObject({ ...pageQuery }),
      handle: async ({ principal, params, query }) => pageResponse(await lifecycle.audit(store, principal, params.id, query)),
    }),
    defineRoute({
      method: 'GET',
      path: `${base}/{id}/workbook`,
      params: idParams,
      query: noQuery,
      handle: async (context) => spec.workbook(await lifecycle.get(store, context.principal, context.params.id), context),
    }),
  ];
};
