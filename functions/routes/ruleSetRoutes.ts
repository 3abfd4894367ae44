import { z } from 'zod';
import { Id } from '../../domain/model/ids';
import { json } from '../http/json';
import type { ApiResponse, RouteDefinition } from '../http/types';
import {
  getCurrentRuleSet,
  getRuleSetAt,
  listRuleSetAuditFor,
  ruleSetWorkbook,
  updateRuleSet,
  uploadRuleSetWorkbook,
  type RuleSetView,
} from '../services/ruleSetService';
import type { StoreContext } from '../store/storeContext';
import { defineRoute } from './defineRoute';
import { etag, expectedVersion } from './ifMatch';
import { pageResponse } from './pageResponse';
import { pageQuery, versionParam, yearParam } from '../../contract/queryParams';
import { withRecordIdempotency } from './recordIdempotency';

const idParams = z.strictObject({ id: Id });

const ruleSetResponse = (view: RuleSetView): ApiResponse => json(200, view, { etag: etag(view.head.version) });

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Base64 of an .xlsx inside the 1 MiB JSON body: the rule-set workbook is a few dozen KB.
const base64 = z.string().min(1).max(1_400_000).regex(/^[A-Za-z0-9+/=\s]+$/, 'file: base64 of an .xlsx workbook');

/**
 * The /v1/rule-sets routes of docs/api.md: everyone in a region reads its rule sets; a finance
 * administrator changes them (If-Match, Idempotency-Key), each change a new version, by JSON or by
 * uploading the rule-set workbook downloaded from `/workbook`.
 */
export const ruleSetRoutes = (store: StoreContext): RouteDefinition[] => [
  defineRoute({
    method: 'GET',
    path: '/v1/rule-sets',
    query: z.strictObject({ year: yearParam }),
    handle: async ({ principal, query, now, request }) =>
      ruleSetResponse(await getCurrentRuleSet(store, principal, query.year, { now: now(), requestId: request.requestId })),
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/rule-sets/{id}/versions/{version}',
    params: z.strictObject({ id: Id, version: versionParam }),
    query: z.strictObject({}),
    handle: async ({ principal, params }) => {
      const ruleSet = await getRuleSetAt(store, principal, params.id, params.version);
      return json(200, ruleSet, { etag: etag(ruleSet.version) });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/rule-sets/{id}/audit',
    params: idParams,
    query: z.strictObject({ ...pageQuery }),
    handle: async ({ principal, params, query }) => pageResponse(await listRuleSetAuditFor(store, principal, params.id, query)),
  }),
  defineRoute({
    method: 'PUT',
    path: '/v1/rule-sets/{id}',
    params: idParams,
    // The body is a full or partial rule set; mergeRuleSet validates it field by field (422).
    body: z.record(z.string(), z.unknown()),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), patch: context.body };
      return withRecordIdempotency(store, context, (meta) => updateRuleSet(store, context.principal, input, meta), ruleSetResponse);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/rule-sets/{id}/workbook',
    params: idParams,
    query: z.strictObject({}),
    handle: async ({ principal, params }) => {
      const { ruleSet, file } = await ruleSetWorkbook(store, principal, params.id);
      const name = `绩效规则设置-${ruleSet.year}-第${ruleSet.version}版.xlsx`;
      return {
        status: 200,
        headers: {
          'content-type': xlsxType,
          // RFC 6266 / RFC 8187: an ASCII fallback plus the UTF-8 name.
          'content-disposition': `attachment; filename="${ruleSet.id}-v${ruleSet.version}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
          etag: etag(ruleSet.version),
        },
        body: new Uint8Array(file),
      };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/v1/rule-sets/{id}/workbook',
    params: idParams,
    body: z.strictObject({ file: base64 }),
    handle: (context) => {
      const input = { id: context.params.id, expectedVersion: expectedVersion(context.request), file: Buffer.from(context.body.file, 'base64') };
      return withRecordIdempotency(store, context, (meta) => uploadRuleSetWorkbook(store, context.principal, input, meta), ruleSetResponse);
    },
  }),
];
