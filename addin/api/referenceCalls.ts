import type { Department } from '../../domain/model/department';
import type { Status } from '../../domain/model/submission';
import type { RuleSet } from '../../domain/ruleSet/ruleSet';
import { Me } from '../../contract/me';
import { DepartmentWarnings, MonitoringWarningsPage } from '../../contract/monitoring';
import { DepartmentPage, IndicatorLibraryAnswer, ProjectPage } from '../../contract/reference';
import { RuleSetDocument as RuleSetAnswer } from '../../contract/ruleSet';
import { SubmissionHeadPage } from '../../contract/submission';
import { formPaths } from '../../contract/formPaths';
import type { ApiRequest } from './apiRequest';
import { parseAnswer } from './parseAnswer';
import { versionFromEtag } from './versionFromEtag';

/** GET /v1/rule-sets?year=: the region's current rule set; `version` is the rule set's. */
export interface RuleSetDocument {
  data: RuleSet;
  version: number;
}

/**
 * The reading calls the pane makes besides a form's own: who am I, departments, projects, the
 * indicator library, the rule set, lists and warnings. Every answer is checked against the contract.
 */
export function referenceCalls(request: ApiRequest) {
  const get = (path: string, query?: Record<string, string | number | undefined>) => request('GET', path, query ? { query } : {});
  return {
    me: async (): Promise<Me> => parseAnswer(Me, await get('/v1/me')),
    /** Every department the caller may see (own for department roles, the region for finance), all pages. */
    departments: async (): Promise<Department[]> => {
      const all: Department[] = [];
      let cursor: string | undefined;
      do {
        const page = parseAnswer(DepartmentPage, await get('/v1/departments', { limit: 100, cursor }));
        all.push(...page.items);
        cursor = page.cursor;
      } while (cursor);
      return all;
    },
    projects: async (query: { year: number; departmentId?: string }) => parseAnswer(ProjectPage, await get('/v1/projects', query)).items,
    indicatorLibrary: async (query: { q?: string; level1?: string; sector?: string }) =>
      parseAnswer(IndicatorLibraryAnswer, await get('/v1/indicator-library', query)).items,
    listTargetSheets: async (query: { year: number; status?: Status; departmentId?: string }) =>
      parseAnswer(SubmissionHeadPage, await get(formPaths.targetSheet, query)).items,
    /** The region's current rule set for a year (the live score uses it; the server scores with the same). */
    ruleSet: async (year: number): Promise<RuleSetDocument> => {
      const answer = await get('/v1/rule-sets', { year });
      const { data } = parseAnswer(RuleSetAnswer, answer);
      return { data, version: versionFromEtag(answer.etag) ?? data.version };
    },
    /** First page of red and yellow projects per department, with the cursor of the next. */
    monitoringWarnings: async (query: { year: number; period: string; departmentId?: string; cursor?: string }): Promise<{ items: DepartmentWarnings[]; cursor?: string }> =>
      parseAnswer(MonitoringWarningsPage, await get(`${formPaths.monitoring}/warnings`, query)),
    /** Any GET by path with its query string (e.g. a consolidation page, addin/consolidation/consolidationPages.ts). */
    getJson: async (path: string): Promise<unknown> => (await request('GET', path)).body,
  };
}
