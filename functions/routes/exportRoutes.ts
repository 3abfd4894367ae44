import { Readable } from 'node:stream';
import { z } from 'zod';
import { ConsolidationRequest } from '../../domain/consolidation/consolidationRequest';
import { contentDisposition } from '../exports/s3ExportStore';
import { createExportJob } from '../exports/createExportJob';
import type { ExportJobRunner } from '../exports/exportJobRunner';
import type { ExportJobView } from '../exports/exportJobView';
import type { ExportStore } from '../exports/exportStore';
import { readExportJob } from '../exports/readExportJob';
import type { LocalExportStore } from '../exports/localExportStore';
import { json } from '../http/json';
import type { RouteDefinition } from '../http/types';
import type { StoreContext } from '../store/storeContext';
import { defineRoute } from './defineRoute';
import { withRecordIdempotency } from './recordIdempotency';

const ExportBody = ConsolidationRequest.extend({
  kind: z.enum(['consolidation', 'disclosure']).default('consolidation'),
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

const isLocal = (exports: ExportStore): exports is LocalExportStore => 'open' in exports;

const readAll = async (stream: Readable): Promise<Uint8Array> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
};

/**
 * Exports as jobs, so a city- or province-wide export is not bound by API Gateway's 30 s:
 * `POST /v1/exports` checks the request and the caller's role, writes a queued job and answers 202
 * with its `Location`; the worker (the stream-triggered Lambda, or `runner` locally) streams the
 * file into the export store; `GET /v1/exports/{id}` reports the status and, once done, a fresh
 * time-limited link. Locally, `GET /v1/exports/{id}/download?expires=&sig=` serves the file without
 * a Bearer token: the HMAC signature over id and expiry is the credential, as a pre-signed S3 URL is
 * in the cloud.
 */
export const exportRoutes = (store: StoreContext, exports: ExportStore, runner: ExportJobRunner): RouteDefinition[] => [
  defineRoute({
    method: 'POST',
    path: '/v1/exports',
    body: ExportBody,
    handle: async (context) =>
      withRecordIdempotency(
        store,
        context,
        async (meta) => {
          const view = await createExportJob(store, context.principal, context.body, meta);
          // Only a newly written job is started: a replayed request starts nothing.
          runner.enqueue(view.id);
          return view;
        },
        (view: ExportJobView) => json(202, view, { location: `/v1/exports/${view.id}` }),
      ),
  }),
  defineRoute({
    method: 'GET',
    path: '/v1/exports/{id}',
    params: z.strictObject({ id: z.string().max(64) }),
    handle: async ({ principal, params, now }) => json(200, await readExportJob(store, exports, principal, params.id, now())),
  }),
  ...(isLocal(exports)
    ? [
        defineRoute({
          method: 'GET',
          path: '/v1/exports/{id}/download',
          public: true,
          params: z.strictObject({ id: z.string().max(64) }),
          query: z.strictObject({
            expires: z.string().regex(/^\d{1,12}$/, 'expires: epoch seconds').transform(Number),
            sig: z.string().max(128),
          }),
          handle: async ({ params, query, now }) => {
            const opened = await exports.open(params.id, query.expires, query.sig, now());
            return {
              status: 200,
              headers: { 'content-type': opened.file.contentType, 'content-disposition': contentDisposition(opened.file), 'content-length': String(opened.bytes) },
              // The local runtime's responses are whole bodies; in the cloud S3 serves the file.
              body: await readAll(opened.stream()),
            };
          },
        }),
      ]
    : []),
];
