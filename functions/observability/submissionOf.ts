import type { RouteDefinition } from '../http/types';

/**
 * The form and action a write route stands for, for the Submissions counter, read from its path
 * pattern so that route files need not declare it: POST on a collection is `create`, PUT on an item
 * is `save`, POST on an item's action segment is that action ("/v1/target-sheets/{id}/submit" →
 * target-sheets, submit). Reads and other shapes are not submissions.
 *
 * @example
 * submissionOf({ method: 'POST', path: '/v1/self-evaluations/{id}/approve' }) // { form: 'self-evaluations', action: 'approve' }
 */
export const submissionOf = (route: Pick<RouteDefinition, 'method' | 'path'>): { form: string; action: string } | undefined => {
  const segments = route.path.split('/').filter((segment) => segment !== '' && segment !== 'v1');
  const firstParam = segments.findIndex((segment) => segment.startsWith('{'));
  const form = (firstParam === -1 ? segments : segments.slice(0, firstParam)).join('/');
  if (form === '') return undefined;
  const last = segments.at(-1) ?? '';
  if (route.method === 'POST' && firstParam === -1) return { form, action: 'create' };
  if (route.method === 'PUT' && last.startsWith('{')) return { form, action: 'save' };
  if (route.method === 'POST' && firstParam !== -1 && !last.startsWith('{')) return { form, action: last };
  return undefined;
};
