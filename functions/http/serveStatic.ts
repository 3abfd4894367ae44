import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { ApiHandler, ApiResponse } from './types';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.woff2': 'font/woff2',
};

const plain = (status: number, text: string): ApiResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: text,
});

/**
 * Serves the files under `dir` for GET and HEAD (the built task pane): "/" is `index`, paths that
 * would leave `dir` are 404, nothing is cached (the task pane is rebuilt on each start).
 *
 * @example
 * const server = await serveNode(serveStatic('.local/addin', 'taskpane.html'), { port: 3001, https });
 */
export const serveStatic = (dir: string, index = 'index.html'): ApiHandler => {
  const root = resolve(dir);
  return async function staticFiles(request) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    let relative: string;
    try {
      relative = decodeURIComponent(request.path === '/' ? `/${index}` : request.path);
    } catch {
      return plain(400, 'Bad path');
    }
    const file = resolve(root, `.${relative}`);
    if (!file.startsWith(root + sep) || relative.includes('\0')) return plain(404, 'Not found');
    const info = await stat(file).catch(() => undefined);
    if (info === undefined || !info.isFile()) return plain(404, 'Not found');
    const body = await readFile(file);
    return {
      status: 200,
      headers: {
        'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      },
      body: request.method === 'HEAD' ? '' : new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
    };
  };
};
