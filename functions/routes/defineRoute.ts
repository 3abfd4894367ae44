import type { RouteDefinition } from '../http/types';

/**
 * Declares a route so that its handler's params, query and body are typed from its zod schemas,
 * and returns it as a plain RouteDefinition for the list handed to createApp.
 *
 * @example
 * defineRoute({ method: 'GET', path: '/v1/projects/{projectId}', params: z.strictObject({ projectId: Id }), handle: async ({ params }) => … })
 */
export const defineRoute = <P, Q, B>(route: RouteDefinition<P, Q, B>): RouteDefinition => route as RouteDefinition;
