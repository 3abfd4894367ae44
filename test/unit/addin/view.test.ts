import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../../../addin/config';
import type { AuthProvider } from '../../../addin/auth/authProvider';
import { createController } from '../../../addin/taskpane/controller';
import { mountView } from '../../../addin/taskpane/view';
import { installFakeDocument, type FakeElement } from './fakeDom';
import { FakeServer } from './fakeApi';
import { fakeHost } from './fakeHost';

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

/** `chosen` is the person picked on the issuer's sign-in page, which the pane never sees. */
const mount = (chosen = 'filer-edu') => {
  const dom = installFakeDocument();
  uninstall = dom.uninstall;
  let subject: string | undefined;
  const auth: AuthProvider = { signIn: async () => void (subject = chosen), token: async () => subject, signOut: () => void (subject = undefined) };
  const host = fakeHost();
  const controller = createController({ api: new FakeServer().client(() => subject), host, auth, year: 2026 });
  mountView(dom.root as unknown as HTMLElement, controller, defaultConfig);
  const idle = () => vi.waitFor(() => expect(controller.getState().busy).toBe(false));
  const click = async (element: FakeElement) => {
    element.fire('click');
    await idle();
  };
  return { ...dom, controller, host, click };
};

describe('task pane view', () => {
  it('signs in a demo user, creates a sheet, lists problems and goes to a cell on click', async () => {
    const { root, click, host, documentElement } = mount();
    expect(root.find('h2', '登录')).toBeDefined();
    // Who signs in is chosen at the issuer: the pane offers one button and no user picker.
    expect(root.all().filter((e) => e.tagName === 'select')).toEqual([]);
    expect(root.all().filter((e) => e.tagName === 'button' && e.textContent === '登录')).toHaveLength(1);
    expect(documentElement.lang).toBe('zh-CN');

    await click(root.find('button', '登录'));
    expect(root.textContent).toContain('当前用户：王会计（部门会计（填报人））');
    expect(root.find('option', '义务教育学生资助').attributes.has('selected')).toBe(true);

    await click(root.find('button', '新建申报表'));
    expect(root.find('p', /已新建申报表/).attributes.get('class')).toBe('notice success');
    expect(root.find('dd', '草稿')).toBeDefined();

    await click(root.find('button', '检查'));
    const goal = root.find('button', /单元格 C10/);
    expect(goal.textContent).toMatch(/^错误/);
    await click(goal);
    expect(host.fake.selected).toBe('C10');
  });

  it('switches to English and back, keeping what was typed in the search box', async () => {
    const { root, click, documentElement } = mount();
    await click(root.find('button', '登录'));
    const search = root.all().find((e) => e.tagName === 'input')!;
    search.value = '满意度';
    search.fire('input');
    await click(root.find('button', 'English'));
    expect(documentElement.lang).toBe('en');
    expect(root.find('button', 'New target sheet')).toBeDefined();
    expect(root.all().find((e) => e.tagName === 'input')!.attributes.get('value')).toBe('满意度');
    root.find('form', /Search/).fire('submit');
    await vi.waitFor(() => expect(root.textContent).toContain('Insert into selected row'));
    await click(root.find('button', '中文'));
    expect(root.find('button', '新建申报表')).toBeDefined();
  });

  it('shows the review queue to a finance reviewer', async () => {
    const { root, click } = mount('reviewer-city');
    await click(root.find('button', '登录'));
    expect(root.find('h2', '审核队列')).toBeDefined();
    expect(root.find('p', '没有待审核的申报表')).toBeDefined();
  });
});
