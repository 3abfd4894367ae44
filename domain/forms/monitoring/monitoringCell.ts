import { cellAddress } from '../../grid/address';
import { monitoringColumns, monitoringForm, monitoringHeaderFields, type MonitoringColumn } from './monitoringForm';

// Report paths of the domain check that have another name on the sheet.
const indicatorAliases: Record<string, MonitoringColumn['key']> = { status: 'actual' };
const headerAliases: Record<string, string> = { execution: 'execution.deviationReason' };

/**
 * Where a data path of a monitoring report lives on 绩效运行监控表, so that problems found on JSON
 * data name cells: `indicators.2.deviationReason` → J14, `execution.correctiveAction` → C7.
 * Undefined for paths with no cell.
 *
 * @example
 * monitoringCell('indicators.0.actual') // 'G12'
 */
export const monitoringCell = (path: string): string | undefined => {
  const [head, index, field] = path.split('.');
  if (head === 'indicators') {
    const i = index === undefined ? 0 : Number(index);
    if (!Number.isInteger(i) || i < 0) return undefined;
    const key = indicatorAliases[field ?? ''] ?? field ?? 'name';
    const col0 = monitoringColumns.findIndex((column) => column.key === key);
    return cellAddress(monitoringForm.firstIndicatorRow0 + i, col0 < 0 ? 2 : col0);
  }
  const fieldPath = headerAliases[path] ?? path;
  const header = monitoringHeaderFields.find((f) => f.path === fieldPath);
  return header ? cellAddress(header.row0, header.valueCols[0]) : undefined;
};
