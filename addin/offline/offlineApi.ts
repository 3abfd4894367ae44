import { z } from 'zod';
import { Me } from '../../contract/me';
import { ProjectPage } from '../../contract/reference';
import type { Project } from '../../domain/model/project';
import { SubmissionHead } from '../../domain/model/submission';
import { problemFromResponse, unreachable } from '../api/apiProblem';
import { parseAnswer } from '../api/parseAnswer';
import { bytesToBase64 } from './bytesToBase64';
import { fileNameFromDisposition } from './fileNameFromDisposition';
import type { OfflineForm } from './offlineForms';

export interface OfflineApiOptions {
  /** API origin without "/v1", e.g. "http://localhost:3000". */
  baseUrl: string;
  /** The current bearer token, or undefined when signed out. */
  getToken: () => Promise<string | undefined>;
  fetch?: typeof fetch;
  /** A new Idempotency-Key per upload; `crypto.randomUUID` by default. */
  newKey?: () => string;
}

/** A downloaded template: the file, the name to save it under and the version it was made from. */
export interface DownloadedTemplate {
  blob: Blob;
  fileName: string;
  version: number;
}

/** GET /v1/me, as far as this page needs it. */
export type OfflineMe = Pick<Me, 'principal' | 'department'>;

/** POST /v1/offline/uploads answers the accepted submission; this page needs its head. */
const UploadAnswer = z.object({ head: SubmissionHead });

// Paged lists stop here: a department has far fewer projects a year than 20 pages of 100.
const maxPages = 20;

/**
 * The four API calls of the offline page (docs/api.md, docs/offline.md): who am I, the projects of a
 * year, download a template, upload a filled workbook. Errors come back as {@link ApiProblem}
 * (problem+json, with the cell-addressed problems of `offline.invalid`).
 *
 * @example
 * const api = createOfflineApi({ baseUrl: 'http://localhost:3000', getToken: () => auth.token() });
 * const template = await api.downloadTemplate('targetSheet', 'nt-edu-2026-student-aid');
 */
export function createOfflineApi(options: OfflineApiOptions) {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const newKey = options.newKey ?? (() => crypto.randomUUID());
  const base = options.baseUrl.replace(/\/+$/, '');

  const send = async (path: string, init: { method: string; headers?: Record<string, string>; body?: string } = { method: 'GET' }): Promise<Response> => {
    const token = await options.getToken();
    const headers: Record<string, string> = { ...init.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) };
    let response: Response;
    try {
      response = await doFetch(base + path, { ...init, headers });
    } catch (cause) {
      throw unreachable(cause);
    }
    if (!response.ok) throw problemFromResponse(response.status, await response.json().catch(() => undefined));
    return response;
  };
  const getJson = async <T extends z.ZodType>(schema: T, path: string): Promise<z.output<T>> => {
    const response = await send(path, { method: 'GET', headers: { accept: 'application/json' } });
    return parseAnswer(schema, { status: response.status, body: await response.json().catch(() => undefined) });
  };

  return {
    me: (): Promise<OfflineMe> => getJson(Me, '/v1/me'),

    /** Every project of the year the caller may see, all pages. */
    projects: async (year: number): Promise<Project[]> => {
      const all: Project[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < maxPages; page++) {
        const query = new URLSearchParams({ year: String(year), limit: '100', ...(cursor ? { cursor } : {}) });
        const body = await getJson(ProjectPage, `/v1/projects?${query.toString()}`);
        all.push(...body.items);
        cursor = body.cursor;
        if (!cursor) break;
      }
      return all;
    },

    downloadTemplate: async (form: OfflineForm, subjectId: string): Promise<DownloadedTemplate> => {
      const query = new URLSearchParams({ form, subjectId });
      const response = await send(`/v1/offline/templates?${query.toString()}`);
      const version = Number(/(\d+)"?\s*$/.exec(response.headers.get('etag') ?? '')?.[1] ?? 0);
      return { blob: await response.blob(), fileName: fileNameFromDisposition(response.headers.get('content-disposition'), `${form}-${subjectId}.xlsx`), version };
    },

    /** Uploads a filled workbook; the accepted form comes back as its new head. */
    upload: async (bytes: Uint8Array): Promise<SubmissionHead> => {
      const response = await send('/v1/offline/uploads', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': newKey() },
        body: JSON.stringify({ file: bytesToBase64(bytes) }),
      });
      return parseAnswer(UploadAnswer, { status: response.status, body: await response.json().catch(() => undefined) }).head;
    },
  };
}

export type OfflineApi = ReturnType<typeof createOfflineApi>;
