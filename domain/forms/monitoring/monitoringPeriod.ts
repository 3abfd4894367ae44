import { z } from 'zod';

/**
 * A monitoring period: the data run from 1 January to the end of one month (RULES.md §5: January–July
 * by default, monthly reports allowed). Written `m01`…`m12` in ids and queries.
 */
export const MonitoringPeriod = z.string().regex(/^m(0[1-9]|1[0-2])$/, 'period: m01–m12');
export type MonitoringPeriod = z.infer<typeof MonitoringPeriod>;

/** The period ending with `month` (1–12). */
export const monitoringPeriod = (month: number): MonitoringPeriod => `m${String(month).padStart(2, '0')}`;

/** The month a period ends with (1–12). */
export const periodMonth = (period: MonitoringPeriod): number => Number(period.slice(1));

/**
 * The last day a period's data covers, 'YYYY-MM-DD'.
 *
 * @example
 * periodThrough(2026, 'm07') // '2026-07-31'
 */
export const periodThrough = (year: number, period: MonitoringPeriod): string => {
  const month = periodMonth(period);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
};

/**
 * The id of a monitoring report: `monitoring.<year>.<projectId>.<period>`. A submission id is
 * `<form>.<year>.<subjectId>` (domain/model/submission.ts); monitoring has one report per project
 * and period, so the period is a fourth part. The head's subjectId stays the project id, so the
 * department and region indexes list a project's reports together.
 *
 * @example
 * monitoringSubmissionId(2026, 'nt-edu-2026-student-aid', 'm07') // 'monitoring.2026.nt-edu-2026-student-aid.m07'
 */
export const monitoringSubmissionId = (year: number, projectId: string, period: MonitoringPeriod): string =>
  `monitoring.${year}.${projectId}.${period}`;

/** Ids of monitoring reports, as route parameters accept them. */
export const monitoringIdPattern = /^monitoring\.(\d{4})\.([A-Za-z0-9_-]{1,64})\.(m(?:0[1-9]|1[0-2]))$/;

/** The period of a monitoring report's id; undefined when it is not one. */
export const periodOfMonitoringId = (id: string): MonitoringPeriod | undefined => monitoringIdPattern.exec(id)?.[3];
