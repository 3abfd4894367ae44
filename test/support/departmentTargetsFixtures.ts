import type { DepartmentTargets } from '../../domain/model/departmentTargets';
import { goodStudentAidIndicators } from './targetSheetFixtures';

/**
 * What 南通市教育局 fills on a well-formed 部门整体绩效目标申报表 (all but its identity): the parts of
 * the expenditure add up to the total and the indicators pass the target sheet's checks.
 */
export const goodDepartmentTargetsFields: Omit<DepartmentTargets, 'departmentId' | 'year' | 'departmentName'> = {
  functions: '负责全市教育事业发展规划和管理',
  annualGoal: '提升全市基础教育质量，保障家庭经济困难学生应助尽助',
  funding: { incomeFen: 123_456_789_01, expenditureFen: 123_456_789_01, basicFen: 23_456_789_00, projectFen: 100_000_000_01 },
  tasks: [
    { task: '学生资助', projects: '家庭经济困难学生资助', budgetFen: 3_000_000_00 },
    { task: '教师培训', projects: '中小学教师培训', budgetFen: 420_000_01 },
  ],
  indicators: goodStudentAidIndicators,
};
