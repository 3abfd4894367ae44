import type { MonitoringSheet } from '../../domain/forms/monitoring/monitoringSheet';
import type { MonitoringInput } from '../api/client';

/**
 * What the department writes on a monitoring report (PUT /v1/monitoring/{id}): amounts, the
 * explanations and each indicator's progress in target order. The locked target columns, signals
 * and finance decisions are the server's and are never sent.
 *
 * @example
 * await api.saveMonitoring(id, version, monitoringInput(data));
 */
export function monitoringInput(sheet: MonitoringSheet): MonitoringInput {
  return {
    budgetFen: sheet.budgetFen,
    executedFen: sheet.executedFen,
    execution: sheet.execution,
    ...(sheet.remarks ? { remarks: sheet.remarks } : {}),
    indicators: sheet.indicators.map(({ actual, expectedFullYear, deviationReason, deviationNote, likelihood, correctiveAction }) => ({
      ...(actual === undefined ? {} : { actual }),
      ...(expectedFullYear === undefined ? {} : { expectedFullYear }),
      ...(deviationReason ? { deviationReason } : {}),
      ...(deviationNote ? { deviationNote } : {}),
      ...(likelihood ? { likelihood } : {}),
      ...(correctiveAction ? { correctiveAction } : {}),
    })),
  };
}
