import type { Project } from '../../../domain/model/project';

/** One request the page made, as the fake server saw it. */
export interface SeenRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string | undefined;
}

type Route = (request: SeenRequest) => Response | Promise<Response>;

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers } });

export const project = (id: string, name_zh: string): Project => ({
  id, regionId: 'nantong', departmentId: 'nt-edu', year: 2026, name_zh, name_en: `${id} (en)`, budgetType: 'general', sector: 'education',
  isMajor: false, isNew: false, period: { from: 2026, to: 2026 }, amountFen: 100,
});

/**
 * A stand-in for the issuer and the API behind `fetch`: answers sign-in, /v1/me and /v1/projects
 * (two pages), and lets each test set the template and upload answers; records every request.
 */
export function fakeOfflineServer() {
  const seen: SeenRequest[] = [];
  const routes: Record<string, Route> = {
    'GET /v1/me': () => json(200, { principal: { subject: 'filer-edu', name: '王芳', roles: ['filer'], regionId: 'nantong', departmentId: 'nt-edu' }, department: { id: 'nt-edu', regionId: 'nantong', name_zh: '南通市教育局', name_en: 'Nantong Education Bureau', sector: 'education' } }),
    'GET /v1/projects': ({ url }) =>
      url.searchParams.get('cursor') === 'page-2'
        ? json(200, { items: [project(`p-${url.searchParams.get('year')}-b`, '项目乙')] })
        : json(200, { items: [project(`p-${url.searchParams.get('year')}-a`, '项目甲')], cursor: 'page-2' }),
  };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const request: SeenRequest = { method: init?.method ?? 'GET', url, headers: { ...(init?.headers as Record<string, string> | undefined) }, body: typeof init?.body === 'string' ? init.body : undefined };
    seen.push(request);
    const route = routes[`${request.method} ${url.pathname}`];
    if (!route) return json(404, { code: 'route.notFound', message_zh: '没有该地址', message_en: 'No such route' });
    return route(request);
  };
  return { fetch, seen, routes, json };
}
