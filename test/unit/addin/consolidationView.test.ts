import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuthProvider } from '../../../addin/auth/authProvider';
import { defaultConfig } from '../../../addin/config';
import { createController } from '../../../addin/taskpane/controller';
import { mountView } from '../../../addin/taskpane/view';
import { FakeServer } from './fakeApi';
import { FakeExcel } from './fakeExcel';
import { installFakeDocument, type FakeElement } from './fakeDom';
import { fakeHost } from './fakeHost';

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

const mount = async (server: FakeServer, subject: string) => {
  const dom = installFakeDocument();
  uninstall = dom.uninstall;
  let signedIn: string | undefined;
  // The person picked on the issuer's sign-in page, which the pane never sees.
  const auth: AuthProvider = { signIn: async () => void (signedIn = subject), token: async () => signedIn, signOut: () => void (signedIn = undefined) };
  const controller = createController({ api: server.client(() => signedIn), host: fakeHost(new FakeExcel()), auth, year: 2026, now: () => 0 });
  mountView(dom.root as unknown as HTMLElement, controller, defaultConfig);
  const idle = () => vi.waitFor(() => expect(controller.getState().busy).toBe(false));
  const click = async (element: FakeElement) => {
    element.fire('click');
    await idle();
  };
  await click(dom.root.find('button', '登录'));
  /** The checkbox inside the label with this text. */
  const checkbox = (text: string) => dom.root.find('label', text).all().find((e) => e.tagName === 'input')!;
  return { ...dom, controller, click, checkbox };
};

describe('task pane view: 汇总', () => {
  it('finance: the tab, multi-selects that reach the query, a disabled 取消 when idle, and the result line', async () => {
    const server = new FakeServer();
    const { root, click, checkbox } = await mount(server, 'reviewer-city');
    await click(root.find('button', '汇总'));
    expect(root.find('h2', '汇总拉取到工作簿')).toBeDefined();
    expect(root.find('option', '结果应用建议')).toBeDefined();
    expect(root.find('button', '取消').attributes.has('disabled')).toBe(true);
    expect(root.find('button', '刷新').attributes.has('disabled')).toBe(true);

    checkbox('政府性基金预算').fire('change');
    checkbox('南通市教育局').fire('change');
    expect(checkbox('政府性基金预算').attributes.has('checked')).toBe(true);
    await click(root.find('button', '拉取到工作簿'));
    expect(server.consolidation.asked[0]).toContain('&budgetTypes=fund&departmentIds=edu');
    // Subjects 0–11: edu has the even ones (6, 5 indicators each), none of them in the fund budget.
    expect(root.find('p', /^0 行（0 个项目、0 条指标），3 张工作表，1 页，用时 0.0 秒$/)).toBeDefined();
    expect(root.find('p', '刷新将按上次条件重新拉取：2026 年绩效目标')).toBeDefined();
    expect(root.find('button', '刷新').attributes.has('disabled')).toBe(false);

    checkbox('政府性基金预算').fire('change');
    await click(root.find('button', '拉取到工作簿'));
    expect(root.find('p', /^36 行（6 个项目、30 条指标）/)).toBeDefined();
  });

  it('offers no 汇总 tab to an expert, and only 汇总 to an auditor', async () => {
    const server = new FakeServer();
    const expert = await mount(server, 'expert-city');
    expect(expert.root.all().some((e) => e.tagName === 'button' && e.textContent === '汇总')).toBe(false);
    uninstall?.();
    const auditor = await mount(server, 'auditor-city');
    const tabs = auditor.root.all().filter((e) => /^tab( |$)/.test(e.attributes.get('class') ?? ''));
    expect(tabs.map((tab) => tab.textContent)).toEqual(['汇总']);
    expect(auditor.root.find('label', '南通市卫生健康委员会')).toBeDefined();
  });
});
