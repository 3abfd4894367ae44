import type { Project } from '../../../domain/model/project';
import type { SubmissionHead } from '../../../domain/model/submission';
import type { TargetSheet } from '../../../domain/model/targetSheet';
import { goodStudentAidIndicators } from '../../support/targetSheetFixtures';

/** A head, a sheet and a project for consolidation tests (not test files themselves). */
export const headOf = (over: Partial<SubmissionHead> = {}): SubmissionHead => ({
  id: 'targetSheet.2026.p1',
  form: 'targetSheet',
  regionId: 'nantong',
  departmentId: 'nt-edu',
  subjectType: 'project',
  subjectId: 'p1',
  year: 2026,
  status: 'approved',
  version: 4,
  updatedAt: '2026-03-02T08:00:00.000Z',
  updatedBy: 'reviewer-city',
  approvedAt: '2026-03-02T08:00:00.000Z',
  approvedBy: 'reviewer-city',
  ...over,
});

export const sheetOf = (over: Partial<TargetSheet> = {}): TargetSheet => ({
  projectId: 'p1',
  year: 2026,
  projectName: '家庭经济困难学生资助',
  departmentName: '南通市教育局',
  unitName: '南通市学生资助管理中心',
  isNew: false,
  period: { from: 2024, to: 2026 },
  funding: { fiscalFen: 35_600_000_01, otherFen: 2_000_000 },
  overallGoal: '保障家庭经济困难学生顺利完成学业',
  annualGoal: '资助 12000 人次',
  indicators: goodStudentAidIndicators,
  ...over,
});

export const projectOf = (over: Partial<Project> = {}): Project => ({
  id: 'p1',
  regionId: 'nantong',
  departmentId: 'nt-edu',
  year: 2026,
  name_zh: '家庭经济困难学生资助',
  name_en: 'Student aid',
  budgetType: 'general',
  sector: 'education',
  isMajor: true,
  isNew: false,
  period: { from: 2024, to: 2026 },
  amountFen: 35_620_000_01,
  ...over,
});
