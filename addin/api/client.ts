import type { Principal } from '../../functions/auth/principal';
import type { Department } from '../../domain/model/department';
import type { Region } from '../../domain/model/region';
import type { Project } from '../../domain/model/project';
import type { SubmissionHead, Status } from '../../domain/model/submission';
import type { TargetSheet } from '../../domain/model/targetSheet';
import type { IndicatorLibraryItem } from '../../domain/indicators/indicatorLibraryItem';
import { ApiProblem, problemFromResponse, unreachable } from './apiProblem';

/** A standard indicator from `/v1/indicator-library`. */
export type LibraryIndicator = IndicatorLibraryItem;

/** GET /v1/me: who is signed in, with the names of their region and department. */
export interface Me {
  principal: Principal;
  region?: Region;
  department?: Department;
}

/** A submission as the API returns it: its head, its data and the version for If-Match. */
export interface TargetSheetDocument {
  head: SubmissionHead;
  data: TargetSheet;
  /** From the ETag header (`"<version>"`), else head.version. */
  version: number;
}

export interface ApiClientOptions {
  /** e.g. "http://localhost:3000" (no trailing "/v1"). */
  baseUrl: string;
  /** The current bearer token, or undefined when signed out. */
  getToken: () => Promise<string | undefined>;
  fetch?: typeof fetch;
  /** New idempotency keys; `crypto.randomUUID` by default. */
  newKey?: () => string;
  /** Retries of a request that failed on the way (network, 502/503/504), with the same Idempotency-Key. */
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
}

interface RequestOptions {
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  ifMatch?: number;
  /** Writes: one key per user action, reused on every retry of that action. */
  idempotent?: boolean;
}

const retryable = new Set([502, 503, 504]);

const listOf = <T>(body: unknown): T[] => {
  if (Array.isArray(body)) return body as T[];
  const items = (body as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? (items as T[]) : [];
};

/** `"7"`, `W/"7"` or `7` → 7. */
const versionFromEtag = (etag: string | null): number | undefined => {
  const m = etag ? /(\d+)"?\s*$/.exec(etag) : null;
  return m ? Number(m[1]) : undefined;
};

/**
 * A small fetch-based client for the `/v1` API (docs/api.md): Bearer token, JSON, problem+json
 * errors thrown as {@link ApiProblem}, `If-Match` on writes to an existing submission and an
 * `Idempotency-Key` per user action, reused when a lost request is retried.
 *
 * @example
 * const api = createApiClient({ baseUrl: 'http://localhost:3000', getToken: async () => token });
 * const doc = await api.createTargetSheet({ projectId: 'p-1', year: 2026 });
 */
export function createApiClient(options: ApiClientOptions) {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const newKey = options.newKey ?? (() => crypto.randomUUID());
  const retries = options.retries ?? 2;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const base = options.baseUrl.replace(/\/+$/, '');

  async function request(method: string, path: string, opts: RequestOptions = {}): Promise<{ body: unknown; etag: string | null }> {
    const url = new URL(base + path);
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined && v !== '') url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    const token = await options.getToken();
    if (token) headers.authorization = `Bearer ${token}`;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    if (opts.ifMatch !== undefined) headers['if-match'] = `"${opts.ifMatch}"`;
    if (opts.idempotent) headers['idempotency-key'] = newKey();
    const init: RequestInit = { method, headers, ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}) };

    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await doFetch(url.toString(), init);
      } catch (cause) {
        if (attempt < retries) { await sleep(250 * 2 ** attempt); continue; }
        throw unreachable(cause);
      }
      if (retryable.has(response.status) && attempt < retries) { await sleep(250 * 2 ** attempt); continue; }
      const raw = await response.text();
      let body: unknown = undefined;
      if (raw !== '') {
        try { body = JSON.parse(raw); } catch { body = raw; }
      }
      if (!response.ok) throw problemFromResponse(response.status, body);
      return { body, etag: response.headers.get('etag') };
    }
  }

  const document = async (call: Promise<{ body: unknown; etag: string | null }>): Promise<TargetSheetDocument> => {
    const { body, etag } = await call;
    const doc = body as { head?: SubmissionHead; data?: TargetSheet } | null;
    if (!doc?.head || !doc.data) throw new ApiProblem(200, 'api.unexpectedBody', '服务器返回的数据不完整', 'The server answered with an incomplete document');
    return { head: doc.head, data: doc.data, version: versionFromEtag(etag) ?? doc.head.version };
  };

  return {
    me: async (): Promise<Me> => (await request('GET', '/v1/me')).body as Me,
    projects: async (query: { year: number; departmentId?: string }): Promise<Project[]> =>
      listOf<Project>((await request('GET', '/v1/projects', { query })).body),
    indicatorLibrary: async (query: { q?: string; level1?: string; sector?: string }): Promise<LibraryIndicator[]> =>
      listOf<LibraryIndicator>((await request('GET', '/v1/indicator-library', { query })).body),
    listTargetSheets: async (query: { year: number; status?: Status; departmentId?: string }): Promise<SubmissionHead[]> =>
      listOf<SubmissionHead>((await request('GET', '/v1/target-sheets', { query })).body),
    getTargetSheet: (id: string) => document(request('GET', `/v1/target-sheets/${encodeURIComponent(id)}`)),
    createTargetSheet: (body: { projectId: string; year: number; data?: TargetSheet }) =>
      document(request('POST', '/v1/target-sheets', { body, idempotent: true })),
    saveTargetSheet: (id: string, version: number, data: TargetSheet) =>
      document(request('PUT', `/v1/target-sheets/${encodeURIComponent(id)}`, { body: { data }, ifMatch: version, idempotent: true })),
    /** Checks and submits; with `data`, that data is saved in the same step (the server checks it again). */
    submitTargetSheet: (id: string, version: number, data?: TargetSheet) =>
      document(request('POST', `/v1/target-sheets/${encodeURIComponent(id)}/submit`, { body: data ? { data } : {}, ifMatch: version, idempotent: true })),
    returnTargetSheet: (id: string, version: number, comment: string) =>
      document(request('POST', `/v1/target-sheets/${encodeURIComponent(id)}/return`, { body: { comment }, ifMatch: version, idempotent: true })),
    approveTargetSheet: (id: string, version: number) =>
      document(request('POST', `/v1/target-sheets/${encodeURIComponent(id)}/approve`, { body: {}, ifMatch: version, idempotent: true })),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
