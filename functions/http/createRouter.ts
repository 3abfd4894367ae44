import { AppError } from '../errors/appError';
import { methodNotAllowed, routeNotFound } from '../errors/requestErrors';
import type { RouteDefinition } from './types';

/** A route that matched a request, with its raw (percent-decoded) path parameters. */
export interface RouteMatch {
  route: RouteDefinition;
  params: Record<string, string>;
}

interface CompiledRoute {
  route: RouteDefinition;
  /** A literal segment, or null for a `{param}` segment whose name is in `names` at the same index. */
  segments: (string | null)[];
  names: (string | undefined)[];
}

const splitPath = (path: string): string[] => {
  // "/v1/me/" and "/v1/me" are the same resource; the root stays "/".
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed.split('/').slice(1);
};

const compile = (route: RouteDefinition): CompiledRoute => {
  const parts = splitPath(route.path);
  return {
    route,
    segments: parts.map((part) => (/^\{\w+\}$/.test(part) ? null : part)),
    names: parts.map((part) => (/^\{\w+\}$/.test(part) ? part.slice(1, -1) : undefined)),
  };
};

/** Literal segments win over parameters, left to right: `/target-sheets/check` before `/target-sheets/{id}`. */
const moreSpecific = (a: CompiledRoute, b: CompiledRoute): number => {
  for (let i = 0; i < a.segments.length; i++) {
    const aLiteral = a.segments[i] !== null;
    const bLiteral = b.segments[i] !== null;
    if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
  }
  return 0;
};

const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch (cause) {
    throw new AppError('request.malformedPath', 400, '请求路径编码有误', 'The request path is badly encoded', [], { cause });
  }
};

/**
 * A router over method + path patterns with `{param}` segments. Unknown paths throw a 404 AppError,
 * known paths with another method a 405 listing the allowed methods.
 *
 * @example
 * const match = createRouter(routes)('GET', '/v1/projects/p1'); // { route, params: { projectId: 'p1' } }
 */
export const createRouter = (routes: RouteDefinition[]) => {
  const compiled = routes.map(compile);
  return function match(method: string, path: string): RouteMatch {
    const parts = splitPath(path);
    const candidates = compiled
      .filter((c) => c.segments.length === parts.length && c.segments.every((s, i) => s === null || s === parts[i]))
      .sort(moreSpecific);
    if (candidates.length === 0) throw routeNotFound(path);
    const found = candidates.find((c) => c.route.method === method.toUpperCase());
    if (found === undefined) throw methodNotAllowed(method, [...new Set(candidates.map((c) => c.route.method))]);
    const params: Record<string, string> = {};
    found.names.forEach((name, i) => {
      if (name !== undefined) params[name] = decodeSegment(parts[i] ?? '');
    });
    return { route: found.route, params };
  };
};
