import { describe, expect, it } from 'vitest';
import { ConsolidationRequest, matchesRequest } from '../../../domain/consolidation/consolidationRequest';
import { disclosureIndicatorColumns, disclosureProjectColumns, isDisclosed } from '../../../domain/consolidation/disclosureColumns';

describe('matchesRequest', () => {
  const request = ConsolidationRequest.parse({ year: 2026, form: 'targetSheet', budgetTypes: ['fund'], statuses: ['approved', 'submitted'] });

  it('keeps a subject that passes every chosen filter', () => {
    expect(matchesRequest(request, { budgetType: 'fund', status: 'approved', departmentId: 'x' })).toBe(true);
  });

  it('drops a subject outside any filter, or without the budget type a filter asks for', () => {
    expect(matchesRequest(request, { budgetType: 'general', status: 'approved', departmentId: 'x' })).toBe(false);
    expect(matchesRequest(request, { budgetType: 'fund', status: 'draft', departmentId: 'x' })).toBe(false);
    expect(matchesRequest(request, { budgetType: undefined, status: 'approved', departmentId: 'x' })).toBe(false);
  });

  it('treats absent and empty filters as "all"', () => {
    const all = ConsolidationRequest.parse({ year: 2026, form: 'targetSheet', departmentIds: [] });
    expect(matchesRequest(all, { budgetType: undefined, status: 'draft', departmentId: 'x' })).toBe(true);
  });

  it('refuses unknown fields and forms', () => {
    expect(ConsolidationRequest.safeParse({ year: 2026, form: 'targetSheet', extra: 1 }).success).toBe(false);
    expect(ConsolidationRequest.safeParse({ year: 2026, form: 'payroll' }).success).toBe(false);
  });
});

describe('disclosure columns', () => {
  it('publish no internal column (approver, review comment) and no workflow ids', () => {
    const keys = [...disclosureProjectColumns, ...disclosureIndicatorColumns].map((column) => column.key);
    expect(keys).not.toContain('approvedBy');
    expect(keys).not.toContain('comment');
    expect(keys).not.toContain('submissionId');
    expect([...disclosureProjectColumns, ...disclosureIndicatorColumns].some((column) => column.internal)).toBe(false);
  });

  it('publish approved subjects only', () => {
    expect(isDisclosed({ status: 'approved' })).toBe(true);
    expect(isDisclosed({ status: 'submitted' })).toBe(false);
  });
});
