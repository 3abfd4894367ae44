import { Readable } from 'node:stream';
import { z } from 'zod';
import { ConsolidationRequest } from '../../domain/consolidation/consolidationRequest';
import { contentDisposition } from '../exports/s3ExportStore';
import { exportConsolidation } from '../exports/exportConsolidation';
import type { ExportStore } from '../exports/exportStore';
import type { LocalExportStore } from '../exports/localExportStore';
import { json } from '../http/json';
import type { RouteDefinition } from '../http/types';
import type { StoreContext } from '../store/storeContext';
import { defineRoute } from './defineRoute';

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
 * `POST /v1/exports` builds a consolidated (or public) .xlsx or .csv in the export store and answers
 * 201 with a time-limited link. Locally, `GET /v1/exports/{id}/download?expires=&sig=` serves the
 * file without a Bearer token: the HMAC signature over id and expiry is the credential, as a
 * pre-signed S3 URL is in the cloud.
 */
export const exportRoutes = (store: StoreContext, exports: ExportStore): RouteDefinition[] => [
  defineRoute({
    method: 'POST',
    path: '/v1/exports',
    body: ExportBody,
    handle: async ({ principal, body, now }) => {
      const result = await exportConsolidation(store, exports, principal, body, now());
      return json(201, result, { location: result.url });
    },
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
