import type { RouteDefinition } from './types';

const isParam = (segment: string): boolean => /^\{\w+\}$/.test(segment);

/** Our `{param}` path pattern in Hono's syntax: "/v1/target-sheets/{id}" → "/v1/target-sheets/:id". */
export const toHonoPath = (path: string): string =>
  path
    .split('/')
    .map((segment) => (isParam(segment) ? `:${segment.slice(1, -1)}` : segment))
    .join('/');

/**
 * Literal segments before parameters, left to right, so that `/target-sheets/check` is registered
 * (and so tried by Hono) before `/target-sheets/{id}`; Hono answers with the first match in
 * registration order. The sort is stable: otherwise the route list's order stands.
 */
export const bySpecificity = (routes: readonly RouteDefinition[]): RouteDefinition[] => {
  const segments = (route: RouteDefinition) => route.path.split('/');
  return [...routes].sort((a, b) => {
    const sa = segments(a);
    const sb = segments(b);
    for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
      const aLiteral = !isParam(sa[i] ?? '');
      const bLiteral = !isParam(sb[i] ?? '');
      if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
    }
    return 0;
  });
};
