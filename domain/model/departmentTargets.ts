import { z } from 'zod';
import { Id, Year } from './ids';
import { Indicator } from './indicator';
import { Fen } from './money';

/** 年度重点工作任务: one key task of the year, the projects that carry it and its budget. */
export const KeyTask = z.object({
  task: z.string().trim().min(1).max(200),
  /** 对应项目: free text, the related projects' names. */
  projects: z.string().trim().max(500),
  budgetFen: Fen,
});
export type KeyTask = z.infer<typeof KeyTask>;

/** At most this many key tasks: the form has a fixed block of task rows. */
export const maxKeyTasks = 10;

/**
 * 部门整体绩效目标申报表 (RULES.md §3, department overall performance): the department's functions,
 * its overall goal for the year, its budget (收入 / 支出, of which 基本支出 and 项目支出), the key
 * tasks and the indicator grid (same Indicator as a project's target sheet).
 */
export const DepartmentTargets = z.object({
  departmentId: Id,
  year: Year,
  departmentName: z.string().trim().min(1).max(100),
  /** 部门职能概述. */
  functions: z.string().trim().max(2000),
  /** 年度总体目标. */
  annualGoal: z.string().trim().max(2000),
  funding: z.object({
    /** 收入预算合计. */
    incomeFen: Fen,
    /** 支出预算合计. */
    expenditureFen: Fen,
    /** 其中：基本支出. */
    basicFen: Fen,
    /** 其中：项目支出. */
    projectFen: Fen,
  }),
  tasks: z.array(KeyTask).max(maxKeyTasks),
  indicators: z.array(Indicator).max(500),
});
export type DepartmentTargets = z.infer<typeof DepartmentTargets>;

/** A blank form for a department and year, its name copied from the department. */
export const emptyDepartmentTargets = (departmentId: string, year: number, departmentName: string): DepartmentTargets => ({
  departmentId,
  year,
  departmentName,
  functions: '',
  annualGoal: '',
  funding: { incomeFen: 0, expenditureFen: 0, basicFen: 0, projectFen: 0 },
  tasks: [],
  indicators: [],
});
