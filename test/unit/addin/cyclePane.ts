/** A pane over the fake server with the eventful Excel, signed in as one user, for the self-evaluation, ex-ante and monitoring flows. */
import type { AuthProvider } from '../../../addin/auth/authProvider';
import { createController } from '../../../addin/taskpane/controller';
import type { TargetSheet } from '../../../domain/model/targetSheet';
import { eventfulHost } from './eventfulExcel';
import { FakeServer } from './fakeApi';

/** The approved targets of the docs/api.md calculator example: 310.2 万元, four indicators. */
export const approvedTargets = (): TargetSheet => ({
  projectId: 'p-edu-aid',
  year: 2026,
  projectName: '义务教育学生资助',
  departmentName: '南通市教育局',
  unitName: '南通市学生资助管理中心',
  isNew: false,
  period: { from: 2026, to: 2028 },
  funding: { fiscalFen: 310_200_000, otherFen: 0 },
  overallGoal: '保障家庭经济困难学生顺利完成学业',
  annualGoal: '资助家庭经济困难学生',
  indicators: [
    { level1: 'output', level2: 'quantity', name: '资助人数', operator: 'gte', target: '50', unit: '个' },
    { level1: 'cost', level2: 'economicCost', name: '项目成本', operator: 'lte', target: '202.6', unit: '万元' },
    { level1: 'outcome', level2: 'social', name: '社会效益', operator: 'qualitative', target: '群众获得感增强', unit: '' },
    { level1: 'satisfaction', level2: 'satisfaction', name: '满意度', operator: 'gte', target: '100', unit: '%' },
  ],
});

export const cyclePane = (server: FakeServer) => {
  let subject: string | undefined;
  const auth: AuthProvider = {
    signIn: async (s) => void (subject = s),
    token: async () => subject,
    signOut: () => void (subject = undefined),
  };
  const host = eventfulHost();
  const controller = createController({ api: server.client(() => subject), host, auth, year: 2026 });
  const value = (sheetName: string, address: string) => host.excel.fake.cell(sheetName, address)?.value;
  return { controller, host, excel: host.excel, value, state: () => controller.getState() };
};
