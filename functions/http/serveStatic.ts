import { serveStatic as honoServeStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { resolve } from 'node:path';

/**
 * The files under `dir` for GET and HEAD (the built task pane), through @hono/node-server's static
 * middleware, which refuses paths that would leave `dir`: "/" is `index`, anything missing is 404,
 * other methods 405, nothing is cached (the task pane is rebuilt on each start). `headers` are added
 * to every file served (the pane's security headers, contract/addin/securityHeaders.ts).
 *
 * @example
 * const server = await serveNode(serveStatic('.local/addin', 'taskpane.html', { 'referrer-policy': 'no-referrer' }), { port: 3001, https });
 */
export const serveStatic = (dir: string, index = 'index.html', headers: Record<string, string> = {}): Hono => {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    if (c.res.ok) {
      c.res.headers.set('cache-control', 'no-cache');
      c.res.headers.set('x-content-type-options', 'nosniff');
      for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
    }
  });
  app.use('*', honoServeStatic({ root: resolve(dir), index }));
  app.all('*', (c) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? c.text('Not found', 404) : c.text('Method not allowed', 405),
  );
  return app;
};
