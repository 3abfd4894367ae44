import { z } from 'zod';
import { json } from '../http/json';
import type { ApiResponse, RouteDefinition } from '../http/types';
import {
  RectificationRequest,
  createRectification,
  getRectification,
  listRectifications,
  rectificationStatuses,
  respondToRectification,
  reviewRectification,
  type RectificationView,
} from '../services/rectificationService';
import type { StoreContext } from '../store/storeContext';
import { defineRoute } from './defineRoute';
import { etag, expectedVersion } from './ifMatch';
import { withRecordIdempotency } from './recordIdempotency';

const idParams = z.strictObject({ id: z.uuid() });

const taskResponse = (status: number) =>
  function render(view: RectificationView): ApiResponse {
    return json(status, view, { etag: etag(view.head.version), ...(status === 201 ? { location: `/v1/rectifications/${view.head.id}` } : {}) });
  };

// Deadlines are calendar days in China Standard Time (UTC+8, no daylight saving time).
const chinaToday = (now: Date): string => new Date(now.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** The /v1/rectifications routes of docs/api.md (整改). Writes honour If-Match and Idempotency-Key. */
export const rectificationRoutes = (store: StoreContext): RouteDefinition[] => [
  defineRoute({
    method: 'POST',
    path: '/v1/rectifications',
    body: RectificationRequest,
    handle: (context) => withRecordIdempotency(store, context, (meta) => createRectification(store, context.principal, context.body, meta), taskResponse(201)),
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/rectifications',
    query: z.strictObject({ overdue: z.enum(['true', 'false']).optional(), status: z.enum(rectificationStatuses).optional() }),
    handle: async ({ principal, query, now }) => {
      const items = await listRectifications(store, principal, {
        ...(query.overdue === undefined ? {} : { overdue: query.overdue === 'true' }),
        ...(query.status === undefined ? {} : { status: query.status }),
        today: chinaToday(now()),
      });
      return json(200, { items });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/rectifications/{id}',
    params: idParams,
    query: z.strictObject({}),
    handle: async ({ principal, params }) => {
      const task = await getRectification(store, principal, params.id);
      return json(200, task, { etag: etag(task.head.version) });
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/v1/rectifications/{id}/respond',
    params: idParams,
    body: z.strictObject({ response: z.string().trim().min(1).max(2000), evidence: z.string().trim().max(2000) }),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), ...context.body };
      return withRecordIdempotency(store, context, (meta) => respondToRectification(store, context.principal, input, meta), taskResponse(200));
    },
  }),
  ...(['close', 'reopen'] as const).map((action) =>
    defineRoute({
      method: 'POST',
      path: `/v1/rectifications/{id}/${action}`,
      params: idParams,
      body: z.strictObject({ comment: z.string().trim().max(2000).optional() }).optional(),
      handle: (context) => {
        const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), action, comment: context.body?.comment || undefined };
        return withRecordIdempotency(store, context, (meta) => reviewRectification(store, context.principal, input, meta), taskResponse(200));
      },
    }),
  ),
];
