import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlerApp } from '../../../../functions/http/handlerApp';
import { json } from '../../../../functions/http/json';
import { silentLogger } from '../../../../functions/http/logger';
import { serveNode, type RunningServer } from '../../../../functions/http/serveNode';
import { serveStatic } from '../../../../functions/http/serveStatic';
import type { ApiRequest } from '../../../../functions/http/types';

describe('serveNode', () => {
  let server: RunningServer;
  let seen: ApiRequest[] = [];

  beforeAll(async () => {
    server = await serveNode(
      handlerApp(
        async (request) => {
          seen.push(request);
          if (request.path === '/bytes') return { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array([1, 2, 3]) };
          if (request.path === '/throw') throw new Error('handler bug');
          return json(200, { echo: request.body ?? null });
        },
        { maxBodyBytes: 1000, logger: silentLogger },
      ),
      { port: 0 },
    );
  });
  afterAll(() => server.close());

  it('turns a request into an ApiRequest: method, path, lower-case headers, repeated query joined', async () => {
    seen = [];
    const response = await fetch(`${server.url}/v1/x?year=2026&tag=a&tag=b&q=%E5%AD%A6%E6%A0%A1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'If-Match': '"2"' },
      body: '{"name":"学校"}',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ echo: '{"name":"学校"}' });
    expect(seen[0]).toMatchObject({
      method: 'POST',
      path: '/v1/x',
      query: { year: '2026', tag: 'a,b', q: '学校' },
      headers: expect.objectContaining({ 'content-type': 'application/json', 'if-match': '"2"' }),
    });
    expect(seen[0]?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives undefined for an empty body', async () => {
    seen = [];
    await fetch(`${server.url}/v1/x`);
    expect(seen[0]?.body).toBeUndefined();
  });

  it('answers 413 problem+json for a body over the limit without calling the handler', async () => {
    seen = [];
    const response = await fetch(`${server.url}/v1/x`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(5000) });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await response.json()) as unknown).toMatchObject({ code: 'request.tooLarge' });
    expect(seen).toHaveLength(0);
  });

  it('writes bytes as is', async () => {
    const response = await fetch(`${server.url}/bytes`);
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('answers 500 problem+json when a handler throws, without the message', async () => {
    const response = await fetch(`${server.url}/throw`);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('handler bug');
    expect(JSON.parse(text)).toMatchObject({ code: 'internal' });
  });
});

describe('serveStatic', () => {
  let dir: string;
  let server: RunningServer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jixiao-static-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'taskpane.html'), '<!doctype html><title>绩效</title>');
    await writeFile(join(dir, 'assets', 'icon-16.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await writeFile(join(dir, '..', 'jixiao-static-secret.txt'), 'secret');
    server = await serveNode(serveStatic(dir, 'taskpane.html', { 'referrer-policy': 'no-referrer' }), { port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
    await rm(join(dir, '..', 'jixiao-static-secret.txt'), { force: true });
  });

  it('serves the index for "/" and files with their content type', async () => {
    const index = await fetch(`${server.url}/`);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('referrer-policy')).toBe('no-referrer');
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await index.text()).toContain('绩效');
    const icon = await fetch(`${server.url}/assets/icon-16.png`);
    expect(icon.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await icon.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('answers 404 for missing files, directories and paths leaving the folder', async () => {
    expect((await fetch(`${server.url}/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/assets`)).status).toBe(404);
    expect((await fetch(`${server.url}/%2e%2e/jixiao-static-secret.txt`)).status).toBe(404);
    expect((await fetch(`${server.url}/..%2fjixiao-static-secret.txt`)).status).toBe(404);
  });

  it('refuses writes', async () => {
    expect((await fetch(`${server.url}/taskpane.html`, { method: 'POST', body: 'x' })).status).toBe(405);
  });
});
