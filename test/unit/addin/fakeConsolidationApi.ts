/**
 * A stand-in for `GET /v1/consolidation` and `GET /v1/departments` with the server's rules the pane
 * relies on: filters from the query string, department roles see their own department, experts
 * 403 (auth.forbidden), pages of `limit` subjects with an opaque cursor. Rows come from the domain's
 * targetSheetRows, as the real source builds them.
 */
import { ApiProblem } from '../../../addin/api/apiProblem';
import type { ApiClient, Me } from '../../../addin/api/client';
import { ConsolidationRequest } from '../../../domain/consolidation/consolidationRequest';
import { matchesRequest } from '../../../domain/consolidation/consolidationRequest';
import type { ConsolidationBatch } from '../../../domain/consolidation/consolidationRow';
import { targetSheetRows } from '../../../domain/consolidation/targetSheetRows';
import type { BudgetType } from '../../../domain/model/budgetType';
import type { Department } from '../../../domain/model/department';
import { departmentRoles, financeRoles } from '../../../domain/model/role';
import type { Status } from '../../../domain/model/submission';
import { headOf, projectOf, sheetOf } from '../consolidation/consolidationFixtures';

export const departments: Department[] = [
  { id: 'edu', regionId: 'nantong', name_zh: '南通市教育局', name_en: 'Education Bureau', sector: 'education' },
  { id: 'health', regionId: 'nantong', name_zh: '南通市卫生健康委员会', name_en: 'Health Commission', sector: 'health' },
];

const budgetCycle: BudgetType[] = ['general', 'fund', 'general', 'socialInsurance'];
const statusCycle: Status[] = ['approved', 'submitted', 'approved', 'returned'];

/** Subject `i`: alternating departments, budget types and statuses cycling, 5 indicators each. */
const subject = (i: number): ConsolidationBatch => {
  const department = departments[i % 2]!;
  return targetSheetRows(
    headOf({ id: `targetSheet.2026.p${i}`, subjectId: `p${i}`, departmentId: department.id, status: statusCycle[i % 4]!, version: 1 + (i % 3) }),
    sheetOf({ projectId: `p${i}`, projectName: `项目${i}` }),
    projectOf({ id: `p${i}`, departmentId: department.id, budgetType: budgetCycle[i % 4]! }),
    department.name_zh,
  );
};

export class FakeConsolidation {
  readonly subjects: ConsolidationBatch[];
  /** Every consolidation path asked for, query string included. */
  readonly asked: string[] = [];
  /** Runs before page `n` (1-based) is answered: a test cancels there, as a user would mid-pull. */
  beforePage?: (n: number) => void;

  constructor(count = 12) {
    this.subjects = Array.from({ length: count }, (_, i) => subject(i));
  }

  /** The two routes as `me()` sees them. */
  client(me: () => Me): Pick<ApiClient, 'getJson' | 'departments'> {
    const scope = () => {
      const { roles, departmentId } = me().principal;
      if (roles.some((role) => financeRoles.includes(role) || role === 'auditor')) return { departmentId: undefined };
      if (roles.some((role) => departmentRoles.includes(role))) return { departmentId };
      throw new ApiProblem(403, 'auth.forbidden', '您的角色无权汇总数据', 'Your role may not consolidate data');
    };
    return {
      departments: async () => {
        const { departmentId } = scope();
        return departments.filter((d) => departmentId === undefined || d.id === departmentId);
      },
      getJson: async (path: string) => {
        this.asked.push(path);
        const url = new URL(path, 'http://api.test');
        if (url.pathname !== '/v1/consolidation') throw new ApiProblem(404, 'notFound', '未找到', 'Not found');
        const { departmentId } = scope();
        const list = (name: string) => url.searchParams.get(name)?.split(',');
        const request = ConsolidationRequest.parse({
          year: Number(url.searchParams.get('year')),
          form: url.searchParams.get('form'),
          ...(list('budgetTypes') ? { budgetTypes: list('budgetTypes') } : {}),
          ...(list('departmentIds') ? { departmentIds: list('departmentIds') } : {}),
          ...(list('statuses') ? { statuses: list('statuses') } : {}),
        });
        const limit = Number(url.searchParams.get('limit') ?? 50);
        const from = Number(url.searchParams.get('cursor') ?? 0);
        const visible = this.subjects.filter((s) => {
          const row = s.projects[0]!;
          return (departmentId === undefined || row.departmentId === departmentId) && matchesRequest(request, row);
        });
        this.beforePage?.(from / limit + 1);
        const page = visible.slice(from, from + limit);
        const next = from + limit;
        return {
          projects: page.flatMap((s) => s.projects),
          indicators: page.flatMap((s) => s.indicators),
          ...(next < visible.length ? { cursor: String(next) } : {}),
        };
      },
    };
  }
}
