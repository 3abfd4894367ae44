import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Verifier } from '../../../../functions/auth/verifier';
import { createApp } from '../../../../functions/http/createApp';
import { json } from '../../../../functions/http/json';
import type { RouteDefinition } from '../../../../functions/http/types';

const verifier: Verifier = async () => ({ subject: 'u1', name: '张会计', roles: ['filer'], regionId: 'nantong', departmentId: 'edu' });
let saved: unknown[] = [];
const routes: RouteDefinition[] = [
  {
    method: 'POST',
    path: '/v1/target-sheets',
    body: z.strictObject({ projectName: z.string(), indicators: z.array(z.strictObject({ name: z.string() })) }),
    handle: async ({ body }) => {
      saved.push(body);
      return json(201, body);
    },
  },
];
const app = createApp(routes, { verifier, logger: { info: () => {}, warn: () => {}, error: () => {} } });
const post = async (body: unknown) => {
  const response = await app.request(
    '/v1/target-sheets',
    { method: 'POST', headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, body: JSON.stringify(body) },
    { requestContext: { requestId: 'r1' } },
  );
  return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
};
const parse = (response: { text: string }) => JSON.parse(response.text) as { code: string; message_zh: string; message_en: string; problems: { code: string; path: string; message_zh: string }[] };

describe('the API refuses text XML 1.0 cannot carry', () => {
  it('answers 400 request.invalidCharacter naming each JSON path, and saves nothing', async () => {
    saved = [];
    // JSON.stringify writes a lone surrogate as \\ud800 and U+0001 as \\u0001: valid JSON, invalid XML.
    const response = await post({ projectName: '校舍\uFFFE维修', indicators: [{ name: '合格率' }, { name: 'a\uD800' }, { name: '\u0001' }] });
    expect(response.status).toBe(400);
    expect(response.contentType).toMatch(/problem\+json/);
    const body = parse(response);
    expect(body.code).toBe('request.invalidCharacter');
    expect(body.message_zh).toMatch(/无法保存的字符/);
    expect(body.problems.map((p) => [p.code, p.path])).toEqual([
      ['text.invalidCharacter', 'projectName'],
      ['text.invalidCharacter', 'indicators.1.name'],
      ['text.invalidCharacter', 'indicators.2.name'],
    ]);
    expect(body.problems[0]!.message_zh).toContain('U+FFFE');
    expect(saved).toEqual([]);
  });

  it('passes Chinese text, emoji, tabs and line breaks through', async () => {
    const response = await post({ projectName: '校舍维修\t𠀀😀\r\n', indicators: [{ name: '合格率 ≥ 95%' }] });
    expect(response.status).toBe(201);
  });
});
