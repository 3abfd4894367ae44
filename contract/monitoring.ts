import { z } from 'zod';
import { MonitoringPeriod, monitoringIdPattern } from '../domain/forms/monitoring/monitoringPeriod';
import { Id, Text, Year } from '../domain/model/ids';
import { Fen } from '../domain/model/money';
import { Status } from '../domain/model/submission';
import { FinanceAction } from '../domain/monitoring/financeAction';
import { DeviationExplanation } from '../domain/monitoring/monitoringReport';
import { PageOf } from './page';
import { departmentIdParam, pageQuery, statusParam, yearParam } from './queryParams';

const value = z.string().trim().max(40).optional();

/** What the department writes on a monitoring report; the indicators in the order of the approved targets. */
export const StrictMonitoringInput = z.strictObject({
  budgetFen: Fen.optional(),
  executedFen: Fen,
  execution: DeviationExplanation.strict().optional(),
  remarks: Text(2000).optional(),
  indicators: z.array(DeviationExplanation.extend({ actual: value, expectedFullYear: value }).strict()).max(500),
});
export type MonitoringInput = z.infer<typeof StrictMonitoringInput>;

/** POST /v1/monitoring: one report per project, year and period. */
export const CreateMonitoring = z.strictObject({ projectId: Id, year: Year, period: MonitoringPeriod });
export type CreateMonitoring = z.input<typeof CreateMonitoring>;

/** `monitoring.<year>.<projectId>.<period>` (domain/forms/monitoringPeriod.ts). */
export const monitoringIdParam = z.string().regex(monitoringIdPattern, 'id: monitoring.<year>.<projectId>.m01–m12');

/** A return comment or the reason of a finance decision. */
export const monitoringComment = z.string().trim().min(1, '意见不能为空 / a comment is required').max(2000);

/** GET /v1/monitoring. */
export const ListMonitoringQuery = z.strictObject({ year: yearParam, period: MonitoringPeriod.optional(), departmentId: departmentIdParam.optional(), status: statusParam.optional(), ...pageQuery });

/** GET /v1/monitoring/warnings. */
export const MonitoringWarningsQuery = z.strictObject({ year: yearParam, period: MonitoringPeriod, departmentId: departmentIdParam.optional(), ...pageQuery });

/** GET /v1/monitoring/execution: the latest submitted execution of a project. */
export const MonitoringExecutionQuery = z.strictObject({ year: yearParam, projectId: Id });

/** POST /v1/monitoring/{id}/actions: the finance bureau's decision and its reason. */
export const RecordFinanceAction = z.strictObject({ action: FinanceAction, reason: monitoringComment });

/** A project's line in the finance view of warnings. */
export const MonitoringWarning = z.object({
  submissionId: z.string(),
  projectId: z.string(),
  projectName: z.string(),
  status: Status,
  signal: z.enum(['red', 'yellow']),
  executionRate: z.number().nullable(),
  executionSignal: z.string(),
  /** The latest finance decision, if any. */
  financeAction: FinanceAction.optional(),
});
export type MonitoringWarning = z.infer<typeof MonitoringWarning>;

/** Red and yellow projects of one department. */
export const DepartmentWarnings = z.object({
  departmentId: z.string(),
  departmentName: z.string(),
  red: z.number().int(),
  yellow: z.number().int(),
  projects: z.array(MonitoringWarning),
});
export type DepartmentWarnings = z.infer<typeof DepartmentWarnings>;

/** GET /v1/monitoring/warnings answers a page of departments. */
export const MonitoringWarningsPage = PageOf(DepartmentWarnings);
