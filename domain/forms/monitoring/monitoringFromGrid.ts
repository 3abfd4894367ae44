import { cellAddress } from '../../grid/address';
import type { CellValue } from '../../grid/grid';
import { deviationReasonLabels, type DeviationReason } from '../../monitoring/deviationReason';
import { likelihoodLabels, type Likelihood } from '../../monitoring/likelihood';
import type { DeviationExplanation } from '../../monitoring/monitoringReport';
import { qualitativeStatusLabels, type QualitativeStatus } from '../../monitoring/qualitativeStatus';
import { problem, type Problem } from '../../problem';
import type { RuleSet } from '../../ruleSet/ruleSet';
import { wanYuanToFen } from '../../values/moneyText';
import { cellText } from '../../grid/cellText';
import { monitoringCell } from './monitoringCell';
import { monitoringColumns, monitoringForm, monitoringHeaderFields, type MonitoringColumn } from './monitoringForm';
import { MonitoringSheet, type MonitoringIndicator } from './monitoringSheet';
import { monitoringSignalsOf } from './monitoringSignalsOf';
import { choiceNames, readChoice, type Choice } from '../../grid/readChoice';

export interface MonitoringReadResult {
  /**
   * The sheet as filled, present when the grid reads without errors. With a rule set it carries the
   * signals computed from it (when every value is there); without one it has none, since the stored
   * signals no longer describe what was read.
   */
  data?: MonitoringSheet;
  /** Every problem names its cell and its data path. */
  problems: Problem[];
}

const choicesOf = <T extends string>(labels: Record<T, { zh: string; en: string }>): Choice<T>[] =>
  (Object.keys(labels) as T[]).map((value) => ({ value, names: choiceNames(value, labels[value]) }));

const reasonChoices = choicesOf<DeviationReason>(deviationReasonLabels);
const likelihoodChoices = choicesOf<Likelihood>(likelihoodLabels);
const statusChoices = choicesOf<QualitativeStatus>(qualitativeStatusLabels);

const columnIndex = (key: MonitoringColumn['key']): number => monitoringColumns.findIndex((column) => column.key === key);
const header = (path: string) => monitoringHeaderFields.find((field) => field.path === path)!;

type Explanation = keyof DeviationExplanation;
const explanationFields: readonly Explanation[] = ['deviationReason', 'deviationNote', 'likelihood', 'correctiveAction'];

/**
 * Reads a 绩效运行监控表 grid (monitoringToGrid) back over `stored`, the sheet it was rendered from.
 * What the grid may change: 全年预算数 and 执行数 (万元, read to the exact fen), the execution's
 * deviation fields, 其他说明, and per indicator the actual and expected full-year values and the
 * deviation fields. The project, period, the indicators copied from the approved targets, the
 * signals and the finance decisions are taken from `stored`, whatever the cells say. Rows below the
 * last indicator are ignored with a warning (the indicators are those of the approved targets).
 *
 * With `ruleSet`, the signals are computed as the server would and the problems that would refuse
 * the report at submit (a missing value, a non-green signal without reason, likelihood or corrective
 * measure) are added with their cells; they do not withhold `data`, since a draft may be saved.
 *
 * @example
 * const { data, problems } = monitoringFromGrid(grid.values, stored, ruleSet);
 */
export const monitoringFromGrid = (
  values: CellValue[][],
  stored: MonitoringSheet,
  ruleSet?: Pick<RuleSet, 'id' | 'version' | 'monitoring'>,
): MonitoringReadResult => {
  const form = monitoringForm;
  const problems: Problem[] = [];
  const fail = (code: string, zh: string, en: string, path: string, cell: string, severity: Problem['severity'] = 'error') =>
    problems.push(problem(code, zh, en, { cell, path }, severity));

  const readMoney = (path: 'budgetFen' | 'executedFen'): number => {
    const field = header(path);
    const raw = values[field.row0]?.[field.valueCols[0]];
    const cell = cellAddress(field.row0, field.valueCols[0]);
    if (cellText(raw) === '') {
      fail('monitoring.amountMissing', `请填写“${field.label.zh}”（万元）`, `Enter the ${field.label.en.toLowerCase()} (10,000 yuan)`, path, cell);
      return stored[path];
    }
    const result = wanYuanToFen(typeof raw === 'number' ? raw : cellText(raw));
    if (result.ok) return result.fen;
    problems.push({ ...result.problem, cell, path });
    return stored[path];
  };

  const readChoiceCell = <T>(written: string, choices: Choice<T>[], label: { zh: string; en: string }, path: string, cell: string): T | undefined => {
    if (written === '') return undefined;
    const found = readChoice(written, choices);
    if (found === undefined) {
      fail('monitoring.choiceUnknown', `${label.zh}“${written}”不在下拉列表中`, `${label.en} "${written}" is not one of the list`, path, cell);
    }
    return found;
  };

  /** The four deviation fields, given where each one's cell is. */
  const readExplanation = (prefix: string, where: (field: Explanation) => { row0: number; col0: number; label: { zh: string; en: string } }): DeviationExplanation => {
    const read = (field: Explanation) => {
      const { row0, col0, label } = where(field);
      const cell = cellAddress(row0, col0);
      const written = cellText(values[row0]?.[col0]);
      const path = `${prefix}.${field}`;
      if (field === 'deviationReason') return readChoiceCell(written, reasonChoices, label, path, cell);
      if (field === 'likelihood') return readChoiceCell(written, likelihoodChoices, label, path, cell);
      return written === '' ? undefined : written;
    };
    return Object.fromEntries(explanationFields.map((field) => [field, read(field)]).filter(([, value]) => value !== undefined)) as DeviationExplanation;
  };

  const budgetFen = readMoney('budgetFen');
  const executedFen = readMoney('executedFen');
  const execution = readExplanation('execution', (field) => {
    const f = header(`execution.${field}`);
    return { row0: f.row0, col0: f.valueCols[0], label: f.label };
  });
  const remarksField = header('remarks');
  const remarks = cellText(values[remarksField.row0]?.[remarksField.valueCols[0]]);

  const indicators: MonitoringIndicator[] = stored.indicators.map((locked, i) => {
    const row0 = form.firstIndicatorRow0 + i;
    const { level1, level2, name, operator, target, unit, basis } = locked;
    const value = (key: 'actual' | 'expectedFullYear'): string | undefined => {
      const written = cellText(values[row0]?.[columnIndex(key)]);
      if (written === '') return undefined;
      // A 定性 status is stored by its id; anything else stays as written for monitoringReportOf to refuse.
      return operator === 'qualitative' ? (readChoice(written, statusChoices) ?? written) : written;
    };
    const actual = value('actual');
    const expectedFullYear = value('expectedFullYear');
    const explanation = readExplanation(`indicators.${i}`, (field) => ({ row0, col0: columnIndex(field), label: monitoringColumns[columnIndex(field)]!.label }));
    return {
      level1, level2, name, operator, target, unit,
      ...(basis ? { basis } : {}),
      ...(actual === undefined ? {} : { actual }),
      ...(expectedFullYear === undefined ? {} : { expectedFullYear }),
      ...explanation,
    };
  });

  const extraRow0 = form.firstIndicatorRow0 + stored.indicators.length;
  const extra = values.slice(extraRow0).findIndex((row) => row.some((cell) => cellText(cell) !== ''));
  if (extra >= 0) {
    fail(
      'monitoring.extraRow',
      '指标行须与批复的绩效目标一致，新增的行未读取',
      'The indicators are those of the approved targets: rows added below were not read',
      `indicators.${stored.indicators.length + extra}`,
      cellAddress(extraRow0 + extra, columnIndex('name')),
      'warning',
    );
  }

  if (problems.some((p) => p.severity === 'error')) return { problems };
  const { signals: _stale, remarks: _before, ...kept } = stored;
  const parsed = MonitoringSheet.safeParse({ ...kept, budgetFen, executedFen, execution, ...(remarks ? { remarks } : {}), indicators });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      const tooLong = issue.code === 'too_big' && 'maximum' in issue ? Number(issue.maximum) : undefined;
      const cell = monitoringCell(path);
      problems.push(
        problem(
          'monitoring.cellInvalid',
          tooLong !== undefined ? `内容过长，最多 ${tooLong} 个字符` : '此格内容不符合要求，请检查',
          tooLong !== undefined ? `Too long: at most ${tooLong} characters` : `This cell is not valid: ${issue.message}`,
          { path, ...(cell ? { cell } : {}) },
        ),
      );
    }
    return { problems };
  }
  if (!ruleSet) return { data: parsed.data, problems };
  const checked = monitoringSignalsOf(parsed.data, ruleSet);
  return { data: checked.signals ? { ...parsed.data, signals: checked.signals } : parsed.data, problems: [...problems, ...checked.problems] };
};
