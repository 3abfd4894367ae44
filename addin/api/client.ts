import type { Principal } from '../../contract/principal';
import type { Department } from '../../domain/model/department';
import type { Region } from '../../domain/model/region';
import type { Project } from '../../domain/model/project';
import type { SubmissionHead, Status } from '../../domain/model/submission';
import type { TargetSheet } from '../../domain/model/targetSheet';
import type { IndicatorLibraryItem } from '../../domain/indicators/indicatorLibraryItem';
import type { ExAnteSheet } from '../../domain/forms/exAnteSheet';
import type { MonitoringSheet } from '../../domain/forms/monitoringSheet';
import type { SelfEvaluationSheet } from '../../domain/forms/selfEvaluationSheet';
import type { DeviationExplanation } from '../../domain/monitoring/monitoringReport';
import type { RuleSet } from '../../domain/ruleSet/ruleSet';
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

/** Any submission (self-evaluation, monitoring report, ex-ante assessment) as the API returns it. */
export interface SubmissionDocument<D> {
  head: SubmissionHead;
  data: D;
  /** From the ETag header, else head.version. */
  version: number;
}

/** GET /v1/rule-sets?year=: the region's current rule set; `version` is the rule set's. */
export interface RuleSetDocument {
  data: RuleSet;
  version: number;
}

/** What a department writes on a monitoring report (PUT /v1/monitoring/{id}), indicators in target order. */
export interface MonitoringInput {
  budgetFen?: number;
  executedFen: number;
  execution?: DeviationExplanation;
  remarks?: string;
  indicators: (DeviationExplanation & { actual?: string; expectedFullYear?: string })[];
}

/** What a client writes on an ex-ante assessment: the outline and the assessment without its subject. */
export interface ExAnteInput {
  outline?: string;
  assessment: Omit<ExAnteSheet['assessment'], 'subject'>;
}

/** One project in the finance view of monitoring warnings (GET /v1/monitoring/warnings). */
export interface WarningProject {
  submissionId: string;
  projectId: string;
  projectName: string;
  status: Status;
  signal: 'red' | 'yellow';
  executionRate: number | null;
  executionSignal: string;
  financeAction?: string;
}

/** Red and yellow projects of one department. */
export interface DepartmentWarnings {
  departmentId: string;
  departmentName: string;
  red: number;
  yellow: number;
  projects: WarningProject[];
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

/** The API refuses `result` on a self-evaluation (the score is the server's alone). */
const withoutResult = (data: SelfEvaluationSheet): Omit<SelfEvaluationSheet, 'result'> => {
  const { result: _result, ...rest } = data;
  return rest;
};

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

  /** Any submission document: head, data and the version for If-Match. */
  const submission = async <D>(call: Promise<{ body: unknown; etag: string | null }>): Promise<SubmissionDocument<D>> => {
    const { body, etag } = await call;
    const doc = body as { head?: SubmissionHead; data?: D } | null;
    if (!doc?.head || !doc.data) throw new ApiProblem(200, 'api.unexpectedBody', '服务器返回的数据不完整', 'The server answered with an incomplete document');
    return { head: doc.head, data: doc.data, version: versionFromEtag(etag) ?? doc.head.version };
  };
  const at = (base: string, id: string, action = '') => `${base}/${encodeURIComponent(id)}${action}`;
  const selfEvaluations = '/v1/self-evaluations';
  const monitoring = '/v1/monitoring';
  const exAnte = '/v1/ex-ante-assessments';

  return {
    me: async (): Promise<Me> => (await request('GET', '/v1/me')).body as Me,
    /** Any GET by path with its query string (e.g. a consolidation page, addin/consolidation/consolidationPages.ts). */
    getJson: async (path: string): Promise<unknown> => (await request('GET', path)).body,
    /** Every department the caller may see (own for department roles, the region for finance), all pages. */
    departments: async (): Promise<Department[]> => {
      const all: Department[] = [];
      let cursor: string | undefined;
      do {
        const { body } = await request('GET', '/v1/departments', { query: { limit: 100, cursor } });
        all.push(...listOf<Department>(body));
        const next = (body as { cursor?: unknown } | null)?.cursor;
        cursor = typeof next === 'string' ? next : undefined;
      } while (cursor);
      return all;
    },
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

    /** The region's current rule set for a year (the live score uses it; the server scores with the same). */
    ruleSet: async (year: number): Promise<RuleSetDocument> => {
      const { body, etag } = await request('GET', '/v1/rule-sets', { query: { year } });
      const data = (body as { data?: RuleSet } | null)?.data;
      if (!data) throw new ApiProblem(200, 'api.unexpectedBody', '服务器返回的数据不完整', 'The server answered with an incomplete document');
      return { data, version: versionFromEtag(etag) ?? data.version };
    },

    createSelfEvaluation: (body: { projectId: string; year: number }) =>
      submission<SelfEvaluationSheet>(request('POST', selfEvaluations, { body, idempotent: true })),
    getSelfEvaluation: (id: string) => submission<SelfEvaluationSheet>(request('GET', at(selfEvaluations, id))),
    saveSelfEvaluation: (id: string, version: number, data: SelfEvaluationSheet) =>
      submission<SelfEvaluationSheet>(request('PUT', at(selfEvaluations, id), { body: { data: withoutResult(data) }, ifMatch: version, idempotent: true })),
    /** The server scores with the region's current rule set and stores `data.result`. */
    submitSelfEvaluation: (id: string, version: number, data?: SelfEvaluationSheet) =>
      submission<SelfEvaluationSheet>(request('POST', at(selfEvaluations, id, '/submit'), { body: data ? { data: withoutResult(data) } : {}, ifMatch: version, idempotent: true })),

    createMonitoring: (body: { projectId: string; year: number; period: string }) =>
      submission<MonitoringSheet>(request('POST', monitoring, { body, idempotent: true })),
    getMonitoring: (id: string) => submission<MonitoringSheet>(request('GET', at(monitoring, id))),
    saveMonitoring: (id: string, version: number, data: MonitoringInput) =>
      submission<MonitoringSheet>(request('PUT', at(monitoring, id), { body: { data }, ifMatch: version, idempotent: true })),
    /** The server computes the signals; a non-green one without explanations → 422 with cells. */
    submitMonitoring: (id: string, version: number, data?: MonitoringInput) =>
      submission<MonitoringSheet>(request('POST', at(monitoring, id, '/submit'), { body: data ? { data } : {}, ifMatch: version, idempotent: true })),
    /** First page of red and yellow projects per department, with the cursor of the next. */
    monitoringWarnings: async (query: { year: number; period: string; departmentId?: string; cursor?: string }): Promise<{ items: DepartmentWarnings[]; cursor?: string }> => {
      const { body } = await request('GET', `${monitoring}/warnings`, { query });
      const cursor = (body as { cursor?: unknown } | null)?.cursor;
      return { items: listOf<DepartmentWarnings>(body), ...(typeof cursor === 'string' ? { cursor } : {}) };
    },

    createExAnte: (body: { subjectType: 'project' | 'policy'; subjectId: string; year: number }) =>
      submission<ExAnteSheet>(request('POST', exAnte, { body, idempotent: true })),
    getExAnte: (id: string) => submission<ExAnteSheet>(request('GET', at(exAnte, id))),
    saveExAnte: (id: string, version: number, data: ExAnteInput) =>
      submission<ExAnteSheet>(request('PUT', at(exAnte, id), { body: { data }, ifMatch: version, idempotent: true })),
    submitExAnte: (id: string, version: number, data?: ExAnteInput) =>
      submission<ExAnteSheet>(request('POST', at(exAnte, id, '/submit'), { body: data ? { data } : {}, ifMatch: version, idempotent: true })),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
