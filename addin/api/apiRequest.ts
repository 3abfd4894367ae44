import { problemFromResponse, unreachable } from './apiProblem';

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

export interface RequestOptions {
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  ifMatch?: number;
  /** Writes: one key per user action, reused on every retry of that action. */
  idempotent?: boolean;
}

/** A successful answer, its body not yet checked against the contract. */
export interface Answer {
  status: number;
  body: unknown;
  etag: string | null;
}

export type ApiRequest = (method: string, path: string, opts?: RequestOptions) => Promise<Answer>;

const retryable = new Set([502, 503, 504]);

const urlOf = (base: string, path: string, query: RequestOptions['query'] = {}): string => {
  const url = new URL(base + path);
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') url.searchParams.set(k, String(v));
  return url.toString();
};

const bodyOf = (raw: string): unknown => {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
};

/**
 * One request to the `/v1` API (docs/api.md): Bearer token, JSON, problem+json errors thrown as
 * ApiProblem, `If-Match` and an `Idempotency-Key` per user action, reused when a lost request
 * (network, 502/503/504) is retried with backoff.
 */
export function createApiRequest(options: ApiClientOptions): ApiRequest {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const newKey = options.newKey ?? (() => crypto.randomUUID());
  const retries = options.retries ?? 2;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const base = options.baseUrl.replace(/\/+$/, '');

  return async function request(method, path, opts = {}) {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    const token = await options.getToken();
    if (token) headers.authorization = `Bearer ${token}`;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    if (opts.ifMatch !== undefined) headers['if-match'] = `"${opts.ifMatch}"`;
    if (opts.idempotent) headers['idempotency-key'] = newKey();
    const init: RequestInit = { method, headers, ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}) };
    const url = urlOf(base, path, opts.query);

    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await doFetch(url, init);
      } catch (cause) {
        if (attempt < retries) { await sleep(250 * 2 ** attempt); continue; }
        throw unreachable(cause);
      }
      if (retryable.has(response.status) && attempt < retries) { await sleep(250 * 2 ** attempt); continue; }
      const body = bodyOf(await response.text());
      if (!response.ok) throw problemFromResponse(response.status, body);
      return { status: response.status, body, etag: response.headers.get('etag') };
    }
  };
}
