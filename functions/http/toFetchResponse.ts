import type { ApiResponse } from './types';

/** An ApiResponse as a fetch Response, for Hono; 204 and 304 carry no body by definition. */
export const toFetchResponse = (response: ApiResponse): Response => {
  const noBody = response.status === 204 || response.status === 304;
  const body = typeof response.body === 'string' ? response.body : new Uint8Array(response.body);
  return new Response(noBody ? null : body, { status: response.status, headers: response.headers });
};
