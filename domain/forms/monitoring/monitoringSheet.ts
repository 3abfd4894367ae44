import { z } from 'zod';
import { Accumulation, Basis, Level1, Level2 } from '../../model/indicator';
import { Id, Text, Year } from '../../model/ids';
import { Fen } from '../../model/money';
import { DeviationExplanation } from '../../monitoring/monitoringReport';
import { FinanceAction } from '../../monitoring/financeAction';
import { Signal, ExecutionSignal } from '../../monitoring/signal';
import { IsoDate } from '../../monitoring/timeProgress';
import { MonitoringPeriod } from './monitoringPeriod';

/**
 * One indicator on 绩效运行监控表: copied from the approved targets (一级, 二级, name, operator,
 * target, unit), then filled in: the actual to date and the expected full-year value (decimal
 * strings; for a 定性 indicator a status `achieved` / `partial` / `notAchieved`), and for a signal that
 * is not green the reason, likelihood and corrective measure. Left empty in a draft.
 */
export const MonitoringIndicator = DeviationExplanation.extend({
  level1: Level1,
  level2: Level2,
  name: z.string().trim().min(1).max(200),
  operator: z.enum(['gte', 'lte', 'eq', 'qualitative']),
  target: z.string().trim().max(500),
  unit: z.string().trim().max(20),
  basis: Basis.optional(),
  /** As the target sheet says (cumulative or level); absent → by unit (RULES.md §5). Locked. */
  accumulation: Accumulation.optional(),
  actual: z.string().trim().max(40).optional(),
  expectedFullYear: z.string().trim().max(40).optional(),
});
export type MonitoringIndicator = z.infer<typeof MonitoringIndicator>;

/** A finance decision on the report (RULES.md §5), with its reason; the newest is last. */
export const FinanceActionRecord = z.object({
  action: FinanceAction,
  reason: z.string().min(1).max(2000),
  at: z.string(),
  by: z.string(),
  byName: z.string(),
  role: z.string(),
});
export type FinanceActionRecord = z.infer<typeof FinanceActionRecord>;

/** The signals as the server computed them from the data (checkMonitoringReport); never taken from a client. */
export const MonitoringSignals = z.object({
  timeProgress: z.object({ elapsed: z.number(), total: z.number(), value: z.number() }),
  executionRate: z.number().nullable(),
  execution: ExecutionSignal,
  indicators: z.array(z.object({ ratio: z.number().nullable(), signal: Signal })),
  project: Signal,
  ruleSetId: z.string(),
  ruleSetVersion: z.number().int().min(1),
});
export type MonitoringSignals = z.infer<typeof MonitoringSignals>;

/**
 * 绩效运行监控表 (RULES.md §5, "双监控") of one project and period as a submission: budget and
 * execution to date in fen, the indicators' progress, explanations, the computed signals and the
 * finance bureau's decisions. The period runs from 1 January to `through`.
 */
export const MonitoringSheet = z.object({
  projectId: Id,
  year: Year,
  period: MonitoringPeriod,
  through: IsoDate,
  projectName: z.string().trim().min(1).max(200),
  departmentName: z.string().trim().max(100),
  /** Full-year budget after adjustment (调整后预算数), in fen. */
  budgetFen: Fen,
  /** Executed from 1 January to `through` (执行数), in fen. */
  executedFen: Fen,
  execution: DeviationExplanation.default({}),
  indicators: z.array(MonitoringIndicator).max(500),
  /** Free remarks of the department (其他说明). */
  remarks: Text(2000).optional(),
  signals: MonitoringSignals.optional(),
  financeActions: z.array(FinanceActionRecord).max(100).default([]),
});
export type MonitoringSheet = z.infer<typeof MonitoringSheet>;
