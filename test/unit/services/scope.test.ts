import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../contract/principal';
import { isAppError } from '../../../functions/errors/appError';
import { canSee, requireRole, visibilityOf, visibleOr404 } from '../../../functions/services/scope';

const filer: Principal = { subject: 'f', name: '张会计', roles: ['filer'], regionId: 'nantong', departmentId: 'nt-edu' };
const reviewer: Principal = { subject: 'r', name: '陈审核', roles: ['financeReviewer'], regionId: 'nantong' };
const auditor: Principal = { subject: 'a', name: '孙审计', roles: ['auditor'], regionId: 'nantong' };
const expert: Principal = { subject: 'e', name: '吴专家', roles: ['expert'], regionId: 'nantong' };
const edu = { regionId: 'nantong', departmentId: 'nt-edu' };
const health = { regionId: 'nantong', departmentId: 'nt-health' };
const haimenEdu = { regionId: 'haimen', departmentId: 'hm-edu' };

describe('scope', () => {
  it('gives department roles their department, finance and auditors their region, experts nothing', () => {
    expect(visibilityOf(filer)).toEqual({ kind: 'department', regionId: 'nantong', departmentId: 'nt-edu' });
    expect(visibilityOf(reviewer)).toEqual({ kind: 'region', regionId: 'nantong' });
    expect(visibilityOf(auditor)).toEqual({ kind: 'region', regionId: 'nantong' });
    expect(visibilityOf(expert)).toEqual({ kind: 'none' });
    // A department role without a department sees nothing rather than everything.
    expect(visibilityOf({ ...filer, departmentId: undefined })).toEqual({ kind: 'none' });
  });

  it('never lets anyone see another region', () => {
    expect(canSee(filer, edu)).toBe(true);
    expect(canSee(filer, health)).toBe(false);
    expect(canSee(reviewer, health)).toBe(true);
    expect(canSee(reviewer, haimenEdu)).toBe(false);
    expect(canSee(auditor, haimenEdu)).toBe(false);
    expect(canSee(expert, edu)).toBe(false);
  });

  it('answers 404 for missing and out-of-scope items alike', () => {
    expect(visibleOr404(filer, { ...edu, id: 'x' }, '项目', 'Project').id).toBe('x');
    for (const item of [undefined, { ...health, id: 'y' }]) {
      expect(() => visibleOr404(filer, item, '项目', 'Project')).toThrow(expect.objectContaining({ code: 'notFound', status: 404 }));
    }
  });

  it('returns the allowing role, and 403 for a role that may not act; department roles only for their own department', () => {
    expect(requireRole(filer, ['filer', 'departmentHead'], edu, '提交', 'submit')).toBe('filer');
    expect(requireRole(reviewer, ['financeReviewer'], health, '批复', 'approve')).toBe('financeReviewer');
    let error: unknown;
    try {
      requireRole(auditor, ['financeReviewer'], edu, '批复', 'approve');
    } catch (caught) {
      error = caught;
    }
    expect(isAppError(error, 'auth.forbidden')).toBe(true);
    const both: Principal = { ...reviewer, roles: ['financeReviewer', 'filer'], departmentId: 'nt-edu' };
    expect(() => requireRole(both, ['filer'], health, '提交', 'submit')).toThrow(expect.objectContaining({ status: 403 }));
    expect(requireRole(both, ['filer'], edu, '提交', 'submit')).toBe('filer');
    expect(() => requireRole(reviewer, ['financeReviewer'], haimenEdu, '批复', 'approve')).toThrow(expect.objectContaining({ status: 403 }));
  });
});
