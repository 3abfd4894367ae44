import { z } from 'zod';
import { Id } from '../../domain/model/ids';
import { json } from '../http/json';
import type { RouteDefinition } from '../http/types';
import { offlineForms } from '../../domain/forms/offlineForms';
import { offlineTemplate } from '../offline/offlineTemplate';
import { uploadOfflineWorkbook } from '../offline/offlineUpload';
import { contentDisposition } from '../exports/s3ExportStore';
import { xlsxContentType } from '../exports/exportStore';
import type { StoreContext } from '../store/storeContext';
import { defineRoute } from './defineRoute';
import { withIdempotency } from './idempotency';
import { etag } from './ifMatch';

// Base64 of an .xlsx inside the 1 MiB JSON body: a filled target sheet is a few dozen KB.
const base64 = z.string().min(1).max(1_400_000).regex(/^[A-Za-z0-9+/=\s]+$/, 'file: base64 of an .xlsx workbook');

/**
 * Offline filling (docs/offline.md): `GET /v1/offline/templates` downloads a protected workbook for a
 * form and subject; `POST /v1/offline/uploads` takes it back filled (base64 in JSON), runs the same
 * reader and checks as the add-in and saves a new draft version.
 */
export const offlineRoutes = (store: StoreContext): RouteDefinition[] => [
  defineRoute({
    method: 'GET',
    path: '/v1/offline/templates',
    query: z.strictObject({ form: z.enum(offlineForms), subjectId: Id }),
    handle: async ({ principal, query }) => {
      const template = await offlineTemplate(store, principal, query);
      const asciiName = { id: `${query.form}-${query.subjectId}`, fileName: template.fileName, contentType: xlsxContentType };
      return {
        status: 200,
        headers: { 'content-type': xlsxContentType, 'content-disposition': contentDisposition(asciiName), etag: etag(template.version) },
        body: new Uint8Array(template.file),
      };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/v1/offline/uploads',
    body: z.strictObject({ file: base64 }),
    handle: (context) =>
      withIdempotency(
        store,
        context,
        (meta) => uploadOfflineWorkbook(store, context.principal, Buffer.from(context.body.file, 'base64'), meta),
        (view) => json(200, view, { etag: etag(view.head.version) }),
      ),
  }),
];
