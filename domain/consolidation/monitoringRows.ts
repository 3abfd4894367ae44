import { periodMonth } from '../forms/monitoring/monitoringPeriod';
import type { MonitoringSheet } from '../forms/monitoring/monitoringSheet';
import type { Project } from '../model/project';
import type { SubmissionHead } from '../model/submission';
import type { ConsolidationBatch } from './consolidationRow';
import { indicatorBase, rowBase } from './rowBase';

/**
 * The consolidated rows of one 绩效运行监控表 (RULES.md §5): the project with its worst signal (预警)
 * and full-year budget, and each indicator with its actual to date and signal. A project has one
 * report per period, so the period is part of the subject's name ("…（1–7月）").
 *
 * @example
 * const { projects, indicators } = monitoringRows(head, sheet, project, '南通市教育局');
 */
export const monitoringRows = (head: SubmissionHead, sheet: MonitoringSheet, project: Project | undefined, departmentName: string): ConsolidationBatch => {
  const base = rowBase(head, 'monitoring', project, departmentName || sheet.departmentName, `${sheet.projectName}（1–${periodMonth(sheet.period)}月）`);
  const warning = sheet.signals?.project;
  return {
    projects: [
      {
        ...base,
        ...(project === undefined ? {} : { isMajor: project.isMajor, isNew: project.isNew }),
        amountFen: sheet.budgetFen,
        indicatorCount: sheet.indicators.length,
        ...(warning === undefined ? {} : { warning }),
        ...(head.comment === undefined ? {} : { comment: head.comment }),
      },
    ],
    indicators: sheet.indicators.map((indicator, i) => {
      const signal = sheet.signals?.indicators[i]?.signal;
      return {
        ...base,
        ...indicatorBase(indicator, i),
        ...(indicator.basis === undefined ? {} : { basis: indicator.basis }),
        ...(indicator.actual === undefined ? {} : { actual: indicator.actual }),
        ...(signal === undefined ? {} : { warning: signal }),
      };
    }),
  };
};
