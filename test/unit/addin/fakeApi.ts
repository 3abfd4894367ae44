/**
 * An in-memory stand-in for the /v1 API with the server's rules that matter to the pane: one
 * sheet per project and year (409 submission.exists), If-Match versions (409), drafts editable
 * only in draft/returned, submit re-checks with checkTargetSheet (422 with cells), return needs a
 * comment, the review queue lists submitted heads.
 */
import { checkTargetSheet } from '../../../domain/checks/checkTargetSheet';
import { emptyTargetSheet } from '../../../domain/forms/targetSheet/targetSheetForm';
import { searchIndicators } from '../../../domain/indicators/searchIndicators';
import type { Project } from '../../../domain/model/project';
import { submissionId, type SubmissionHead } from '../../../domain/model/submission';
import type { TargetSheet } from '../../../domain/model/targetSheet';
import type { Problem } from '../../../domain/problem';
import { ApiProblem } from '../../../addin/api/apiProblem';
import type { ApiClient, Me, TargetSheetDocument } from '../../../addin/api/client';
import { FakeConsolidation } from './fakeConsolidationApi';
import { FakeCycle } from './fakeCycleApi';

export const project: Project = {
  id: 'p-edu-aid', regionId: 'nantong', departmentId: 'edu', year: 2026, name_zh: '义务教育学生资助', name_en: 'Student aid',
  budgetType: 'general', sector: 'education', isMajor: false, isNew: false, period: { from: 2026, to: 2028 }, amountFen: 120_000_000,
};

const users: Record<string, Me> = {
  'filer-edu': { principal: { subject: 'filer-edu', name: '王会计', roles: ['filer'], regionId: 'nantong', departmentId: 'edu' } },
  'reviewer-city': { principal: { subject: 'reviewer-city', name: '李审核', roles: ['financeReviewer'], regionId: 'nantong' } },
  'auditor-city': { principal: { subject: 'auditor-city', name: '孙审计', roles: ['auditor'], regionId: 'nantong' } },
  'expert-city': { principal: { subject: 'expert-city', name: '吴专家', roles: ['expert'], regionId: 'nantong' } },
};

export class FakeServer {
  private readonly heads = new Map<string, SubmissionHead>();
  private readonly data = new Map<string, TargetSheet>();
  /** Problems the next submit answers with (a rule only the server knows), then cleared. */
  serverOnlyProblems: Problem[] = [];
  calls: string[] = [];
  /** Rule sets, self-evaluations, monitoring and ex-ante assessments (fakeCycleApi.ts). */
  readonly cycle = new FakeCycle();
  /** Consolidated pages and departments (fakeConsolidationApi.ts). */
  readonly consolidation = new FakeConsolidation();

  /** Test setup: an approved target sheet for the project, as if filed and approved. */
  seedApprovedTargets(data: TargetSheet): void {
    const id = submissionId('targetSheet', data.year, data.projectId);
    this.heads.set(id, { id, form: 'targetSheet', regionId: 'nantong', departmentId: 'edu', subjectType: 'project', subjectId: data.projectId, year: data.year, status: 'approved', version: 3, updatedAt: '2026-03-01T00:00:00Z', updatedBy: 'reviewer-city' });
    this.data.set(id, data);
  }

  /** A client as one signed-in user sees the API. */
  client(whoami: () => string | undefined): ApiClient {
    const me = () => {
      const user = users[whoami() ?? ''];
      if (!user) throw new ApiProblem(401, 'auth.invalidToken', '请重新登录', 'Sign in again');
      return user;
    };
    const doc = (id: string): TargetSheetDocument => {
      const head = this.heads.get(id);
      if (!head) throw new ApiProblem(404, 'notFound', '未找到申报表', 'Target sheet not found');
      return { head, data: this.data.get(id)!, version: head.version };
    };
    const change = (id: string, version: number, patch: Partial<SubmissionHead>, data?: TargetSheet): TargetSheetDocument => {
      const current = doc(id);
      if (current.version !== version) throw new ApiProblem(409, 'submission.versionConflict', '版本已变化', 'The version changed');
      const head = { ...current.head, ...patch, version: version + 1, updatedBy: me().principal.subject };
      this.heads.set(id, head);
      if (data) this.data.set(id, data);
      return doc(id);
    };
    const log = (call: string) => this.calls.push(`${whoami()}:${call}`);
    return {
      me: async () => me(),
      projects: async () => (me(), [project]),
      indicatorLibrary: async ({ q }) => searchIndicators({ q }),
      listTargetSheets: async ({ status }) => (me(), [...this.heads.values()].filter((h) => !status || h.status === status)),
      getTargetSheet: async (id) => (me(), doc(id)),
      createTargetSheet: async ({ projectId, year }) => {
        log('create');
        me();
        const id = submissionId('targetSheet', year, projectId);
        if (this.heads.has(id)) throw new ApiProblem(409, 'submission.exists', '已有申报表', 'Exists');
        this.heads.set(id, { id, form: 'targetSheet', regionId: 'nantong', departmentId: 'edu', subjectType: 'project', subjectId: projectId, year, status: 'draft', version: 1, updatedAt: '2026-01-05T00:00:00Z', updatedBy: me().principal.subject });
        this.data.set(id, emptyTargetSheet(project, '南通市教育局', '南通市学生资助管理中心'));
        return doc(id);
      },
      saveTargetSheet: async (id, version, data) => {
        log('save');
        if (!['draft', 'returned'].includes(doc(id).head.status)) throw new ApiProblem(409, 'submission.notEditable', '不可修改', 'Not editable');
        return change(id, version, {}, data);
      },
      submitTargetSheet: async (id, version, data) => {
        log('submit');
        const errors = [...checkTargetSheet(data ?? doc(id).data, { projectAmountFen: project.amountFen }).filter((p) => p.severity === 'error'), ...this.serverOnlyProblems];
        this.serverOnlyProblems = [];
        if (errors.length > 0) throw new ApiProblem(422, 'targetSheet.invalid', `申报表有 ${errors.length} 处错误`, `${errors.length} error(s)`, errors);
        return change(id, version, { status: 'submitted', comment: undefined }, data);
      },
      returnTargetSheet: async (id, version, comment) => (log('return'), change(id, version, { status: 'returned', comment })),
      approveTargetSheet: async (id, version) => (log('approve'), change(id, version, { status: 'approved' })),
      ...this.consolidation.client(me),
      ...this.cycle.client(me, (projectId, year) => {
        const head = this.heads.get(submissionId('targetSheet', year, projectId));
        return head?.status === 'approved' ? { data: this.data.get(head.id)!, version: head.version } : undefined;
      }),
    };
  }
}
