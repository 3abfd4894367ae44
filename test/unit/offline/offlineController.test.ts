import { describe, expect, it } from 'vitest';
import type { AuthProvider } from '../../../addin/auth/authProvider';
import { createOfflineApi } from '../../../addin/offline/offlineApi';
import { createOfflineController } from '../../../addin/offline/offlineController';
import { fakeOfflineServer } from './fakeOfflineServer';

const setup = () => {
  const server = fakeOfflineServer();
  // The sign-in itself (OIDC through the local issuer) is tested in test/integration/browser.
  let token: string | undefined;
  const hints: (string | undefined)[] = [];
  const auth: AuthProvider = { signIn: async (hint) => void ((token = 'token-1'), hints.push(hint)), token: async () => token, signOut: () => void (token = undefined) };
  let keys = 0;
  const api = createOfflineApi({ baseUrl: 'http://api.test/', getToken: () => auth.token(), fetch: server.fetch, newKey: () => `key-${++keys}` });
  const saved: { blob: Blob; fileName: string }[] = [];
  const controller = createOfflineController({ api, auth, save: (blob, fileName) => saved.push({ blob, fileName }), year: 2026 });
  return { server, controller, saved, hints };
};

const problemBody = {
  code: 'offline.invalid',
  message_zh: '文件中有 3 处错误，请按标出的单元格修改后重新上传',
  message_en: 'The file has 3 error(s); fix the cells listed and upload again',
  problems: [
    { code: 'targetSheet.unitMissing', message_zh: '缺少度量单位', message_en: 'Unit missing', cell: 'F16', severity: 'error' },
    { code: 'targetSheet.tooFewIndicators', message_zh: '三级指标少于 3 个', message_en: 'Fewer than 3 indicators', severity: 'error' },
    { code: 'targetSheet.goalMissing', message_zh: '年度目标必填', message_en: 'Annual goal is required', cell: 'C11', severity: 'error' },
  ],
};

describe('offline page controller', () => {
  it('signs in with the demo user, then loads who is signed in and every page of the year’s projects with the Bearer token', async () => {
    const { server, controller, hints } = setup();
    await controller.signIn('filer-edu');
    const state = controller.state();
    expect(state.me?.principal.name).toBe('王芳');
    expect(state.projects.map((p) => p.id)).toEqual(['p-2026-a', 'p-2026-b']);
    expect(state.subjectId).toBe('p-2026-a');
    expect(hints).toEqual(['filer-edu']);
    const projectCalls = server.seen.filter((r) => r.url.pathname === '/v1/projects');
    expect(projectCalls.map((r) => r.url.searchParams.get('cursor'))).toEqual([null, 'page-2']);
    for (const call of projectCalls) expect(call.headers.authorization).toBe('Bearer token-1');
  });

  it('reloads the projects when the year changes, keeping the chosen project only while the year still has it', async () => {
    const { controller } = setup();
    await controller.signIn('filer-edu');
    controller.setSubject('p-2026-b');
    await controller.setYear(2026);
    expect(controller.state().subjectId).toBe('p-2026-b');
    await controller.setYear(2027);
    expect(controller.state().projects.map((p) => p.id)).toEqual(['p-2027-a', 'p-2027-b']);
    expect(controller.state().subjectId).toBe('p-2027-a');
  });

  it('downloads the template of the chosen form and project under the Chinese name the server offers', async () => {
    const { server, controller, saved } = setup();
    server.routes['GET /v1/offline/templates'] = () =>
      new Response(new Uint8Array([80, 75, 3, 4]), {
        headers: { etag: '"3"', 'content-disposition': `attachment; filename="targetSheet-p.xlsx"; filename*=UTF-8''${encodeURIComponent('绩效目标申报表-项目甲-2026.xlsx')}` },
      });
    await controller.signIn('filer-edu');
    await controller.download();
    const call = server.seen.at(-1);
    expect(call?.url.searchParams.get('form')).toBe('targetSheet');
    expect(call?.url.searchParams.get('subjectId')).toBe('p-2026-a');
    expect(call?.headers.authorization).toBe('Bearer token-1');
    expect(saved).toHaveLength(1);
    expect(saved[0]?.fileName).toBe('绩效目标申报表-项目甲-2026.xlsx');
    expect([...new Uint8Array(await saved[0]!.blob.arrayBuffer())]).toEqual([80, 75, 3, 4]);
    expect(controller.state().notice?.text.zh).toContain('第 3 版');
    expect(controller.state().busy).toBe(false);
  });

  it('uploads the file as base64 with an idempotency key and lists the problems by cell in sheet order', async () => {
    const { server, controller } = setup();
    server.routes['POST /v1/offline/uploads'] = () => server.json(422, problemBody);
    await controller.signIn('filer-edu');
    const bytes = new Uint8Array([80, 75, 3, 4, 255, 0]);
    await controller.upload({ name: '绩效目标申报表.xlsx', bytes });
    const call = server.seen.at(-1);
    expect(call?.headers['idempotency-key']).toBe('key-1');
    expect(JSON.parse(call?.body ?? '{}')).toEqual({ file: Buffer.from(bytes).toString('base64') });
    const state = controller.state();
    expect(state.problems.map((p) => p.cell ?? '-')).toEqual(['C11', 'F16', '-']);
    expect(state.notice).toEqual({ kind: 'error', text: { zh: problemBody.message_zh, en: problemBody.message_en } });
    expect(state.saved).toBeUndefined();
  });

  it('shows the saved version and status after an accepted upload, in both languages, and clears earlier problems', async () => {
    const { server, controller } = setup();
    let answer = server.json(422, problemBody);
    server.routes['POST /v1/offline/uploads'] = () => answer;
    await controller.signIn('filer-edu');
    await controller.upload({ name: 'a.XLSX', bytes: new Uint8Array([1]) });
    expect(controller.state().problems).toHaveLength(3);
    answer = server.json(200, {
      head: { id: 'targetSheet.2026.p-2026-a', form: 'targetSheet', regionId: 'nantong', departmentId: 'edu', subjectType: 'project', subjectId: 'p-2026-a', year: 2026, version: 2, status: 'returned', updatedAt: '2026-03-01T08:00:00Z', updatedBy: 'filer-edu' },
      data: {},
    });
    await controller.upload({ name: 'a.XLSX', bytes: new Uint8Array([1]) });
    const state = controller.state();
    expect(state.problems).toEqual([]);
    expect(state.saved?.version).toBe(2);
    expect(state.notice).toEqual({ kind: 'success', text: { zh: '已保存为第 2 版（退回修改）', en: 'Saved as version 2 (Returned for revision)' } });
  });

  it('refuses a file that is not .xlsx or too large before sending anything', async () => {
    const { server, controller } = setup();
    await controller.signIn('filer-edu');
    const before = server.seen.length;
    await controller.upload({ name: '目标表.et', bytes: new Uint8Array([1]) });
    expect(controller.state().notice?.text.zh).toContain('.xlsx');
    await controller.upload({ name: 'big.xlsx', bytes: new Uint8Array(800_000) });
    expect(controller.state().notice?.text.en).toContain('too large');
    expect(server.seen.length).toBe(before);
  });

  it('signs out when the API answers 401, and says so', async () => {
    const { server, controller } = setup();
    server.routes['GET /v1/offline/templates'] = () => server.json(401, { code: 'auth.invalidToken', message_zh: '令牌无效', message_en: 'Invalid token' });
    await controller.signIn('filer-edu');
    await controller.download();
    const state = controller.state();
    expect(state.me).toBeUndefined();
    expect(state.projects).toEqual([]);
    expect(state.notice?.text.zh).toBe('登录已失效，请重新登录');
  });

  it('turns an unreachable API into a notice instead of an unhandled error', async () => {
    const { server, controller } = setup();
    await controller.signIn('filer-edu');
    server.routes['GET /v1/offline/templates'] = () => {
      throw new TypeError('Failed to fetch');
    };
    await controller.download();
    expect(controller.state().notice?.kind).toBe('error');
    expect(controller.state().notice?.text.en).toContain('Cannot reach the server');
  });

  it('notifies subscribers on every change and stops after unsubscribe', async () => {
    const { controller } = setup();
    const langs: string[] = [];
    const stop = controller.subscribe((s) => langs.push(s.lang));
    controller.setLang('en');
    stop();
    controller.setLang('zh');
    expect(langs).toEqual(['zh', 'en']);
  });
});
