import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuthProvider } from '../../../addin/auth/authProvider';
import { defaultConfig } from '../../../addin/config';
import { en } from '../../../addin/i18n/en';
import { zh } from '../../../addin/i18n/zh';
import { createController } from '../../../addin/taskpane/controller';
import type { PaneForm } from '../../../addin/taskpane/paneState';
import { mountView } from '../../../addin/taskpane/view';
import { monitoringForm } from '../../../domain/forms/monitoring/monitoringForm';
import { selfEvaluationForm } from '../../../domain/forms/selfEvaluation/selfEvaluationForm';
import { approvedTargets } from './cyclePane';
import { eventfulHost } from './eventfulExcel';
import { installFakeDocument, type FakeElement } from './fakeDom';
import { FakeServer } from './fakeApi';

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

const mount = (server: FakeServer, subject = 'filer-edu') => {
  const dom = installFakeDocument();
  uninstall = dom.uninstall;
  let signedIn: string | undefined;
  // The person picked on the issuer's sign-in page, which the pane never sees.
  const auth: AuthProvider = { signIn: async () => void (signedIn = subject), token: async () => signedIn, signOut: () => void (signedIn = undefined) };
  const host = eventfulHost();
  const controller = createController({ api: server.client(() => signedIn), host, auth, year: 2026 });
  mountView(dom.root as unknown as HTMLElement, controller, defaultConfig);
  const idle = () => vi.waitFor(() => expect(controller.getState().busy).toBe(false));
  const click = async (element: FakeElement) => {
    element.fire('click');
    await idle();
  };
  const signIn = async () => {
    await click(dom.root.find('button', '登录'));
  };
  return { ...dom, controller, host, click, signIn };
};

describe('task pane view: the cycle sections', () => {
  it('self-evaluation tab: only projects with approved targets, the live score as the filer types, the stored score after submit', async () => {
    const server = new FakeServer();
    server.seedApprovedTargets(approvedTargets());
    const { root, click, signIn, host } = mount(server);
    await signIn();
    await click(root.find('button', '绩效自评'));
    expect(root.find('button', '绩效自评').attributes.get('aria-pressed')).toBe('true');
    expect(root.find('option', '义务教育学生资助')).toBeDefined();

    await click(root.find('button', '新建自评表'));
    expect(root.find('p', '填写实际完成值后自动计分')).toBeDefined();
    const sheet = selfEvaluationForm.sheetName;
    for (const [address, value] of [['E6', 154.74], ['E14', '40个'], ['F14', 30], ['E15', '210万元'], ['F15', 20], ['E16', '达成年度指标'], ['F16', 30], ['G16', 27], ['E17', '95%'], ['F17', 10]] as const) {
      host.excel.typeCell(sheet, address, value);
    }
    await vi.waitFor(() => expect(root.find('h3', '实时得分')).toBeDefined(), { timeout: 3_000 });
    expect(root.find('p', /总分 84.79/).textContent).toContain('等级 良');
    expect(root.textContent).toContain('预算执行率 49.88%');

    await click(root.find('button', '提交'));
    expect(root.find('h3', '服务器记录的得分')).toBeDefined();
    expect(root.find('dd', '已提交')).toBeDefined();
  });

  it('monitoring tab: signals in colour after a check; finance sees red projects per department', async () => {
    const server = new FakeServer();
    server.seedApprovedTargets(approvedTargets());
    const filer = mount(server);
    await filer.signIn();
    await filer.click(filer.root.find('button', '运行监控'));
    expect(filer.root.find('option', '1—7月').attributes.has('selected')).toBe(true);
    await filer.click(filer.root.find('button', '新建监控表'));
    expect(filer.root.find('p', '检查后显示预警信号')).toBeDefined();
    const sheet = monitoringForm.sheetName;
    for (const [address, value] of [['E5', 50], ['G12', 30], ['H12', 50], ['G13', 100], ['H13', 200], ['G14', '达成'], ['H14', '达成'], ['G15', 100], ['H15', 100]] as const) {
      filer.host.excel.typeCell(sheet, address, value);
    }
    await filer.click(filer.root.find('button', '检查'));
    const badges = filer.root.all().filter((e) => e.attributes.get('class')?.startsWith('signal '));
    expect(badges.map((b) => b.attributes.get('class'))).toEqual(['signal red', 'signal red', 'signal green', 'signal green', 'signal green', 'signal green']);
    expect(filer.root.find('button', /单元格 C6/)).toBeDefined();
    for (const [address, value] of [['C6', '经费保障'], ['E6', '有可能'], ['C7', '加快拨付']] as const) filer.host.excel.typeCell(sheet, address, value);
    await filer.click(filer.root.find('button', '提交'));
    expect(filer.root.find('dd', '已提交')).toBeDefined();
    uninstall?.();

    const finance = mount(server, 'reviewer-city');
    await finance.signIn();
    await finance.click(finance.root.find('button', '监控预警'));
    await finance.click(finance.root.find('button', '查看预警'));
    expect(finance.root.find('h3', '南通市教育局：红色 1 个，黄色 0 个')).toBeDefined();
    expect(finance.root.find('span', '红色预警').attributes.get('class')).toBe('signal red');
  });

  it('has a tab label in both languages for every section', () => {
    const forms: PaneForm[] = ['targetSheet', 'selfEvaluation', 'monitoring', 'exAnte', 'warnings', 'consolidate'];
    for (const form of forms) {
      const key = `tab.${form}`;
      expect(zh[key as keyof typeof zh], key).toMatch(/[\u4e00-\u9fff]/);
      expect(en[key as keyof typeof en], key).toMatch(/[A-Za-z]/);
    }
  });
});
