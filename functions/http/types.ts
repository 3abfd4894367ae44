import type { z } from 'zod';
import type { Principal } from '../../contract/principal';

/**
 * The seam between Hono and our handlers: a route handler sees an ApiRequest and returns an
 * ApiResponse, whether Hono received the request from API Gateway (HTTP API, payload v2) in Lambda
 * or from the local Node.js server.
 */
export interface ApiRequest {
  method: string;
  /** Path without the stage, e.g. "/v1/projects". */
  path: string;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  /** Decoded query; a repeated name has its values joined with commas, as API Gateway does. */
  query: Record<string, string | undefined>;
  /** Raw body text (API Gateway's base64 already decoded); undefined when there is none. */
  body: string | undefined;
  /** Request id for logs and problem+json `instance`. */
  requestId: string;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  /** Text or bytes (for .xlsx downloads). */
  body: string | Uint8Array;
}

/** What a route handler receives after routing, authentication and parsing. */
export interface RouteContext<P, Q, B> {
  request: ApiRequest;
  principal: Principal;
  params: P;
  query: Q;
  body: B;
  /** The clock, passed in so services and domain/ stay testable. */
  now: () => Date;
}

export interface RouteDefinition<P = unknown, Q = unknown, B = unknown> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path pattern with {param} segments, e.g. "/v1/target-sheets/{id}/submit". */
  path: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /**
   * No Bearer token is asked for: the handler authenticates the request itself (a signed, expiring
   * download link) and gets a principal without roles or region.
   */
  public?: boolean;
  // Method syntax (not a function-typed property) so that a RouteDefinition<{ id: string }> fits a
  // RouteDefinition[] list: method parameters are checked bivariantly.
  handle(context: RouteContext<P, Q, B>): Promise<ApiResponse>;
}

/** A plain request → response function that is not a route list: the local token issuer. */
export type ApiHandler = (request: ApiRequest) => Promise<ApiResponse>;

/** What the Node.js server and the Lambda adapter serve: a Hono app, or anything with its `fetch`. */
export interface FetchApp {
  fetch(request: Request, env?: unknown): Response | Promise<Response>;
}
