import type { SelfEvaluationSheet } from '../../domain/forms/selfEvaluation/selfEvaluationForm';
import type { RuleSet } from '../../domain/ruleSet/ruleSet';
import type { ExcelHost, SheetChange } from '../excel/excelHost';
import { coveredBy } from './coveredBy';
import { scoreSelfEvaluationGrid, type SelfEvaluationReading } from './scoreSelfEvaluationGrid';
import { selfEvaluationScoreBlocks } from './selfEvaluationScoreBlocks';

export interface LiveScoreOptions {
  host: ExcelHost;
  sheetName: string;
  /** The sheet as the server stored it (locked fields, indicator count). */
  stored: SelfEvaluationSheet;
  ruleSet: RuleSet;
  /** Every pass's reading, after its score cells are written. */
  onScore: (reading: SelfEvaluationReading) => void;
  /** A pass that failed (Excel or a sheet gone); the watch goes on. */
  onError: (error: unknown) => void;
  /** Quiet time after the last change before a pass runs; 300 ms by default. */
  debounceMs?: number;
}

export interface LiveScore {
  /** One pass now: read the grid (1 sync), score, write the score cells (1 sync). */
  rescore(): Promise<SelfEvaluationReading>;
  /** Resolves when no pass is waiting or running. */
  idle(): Promise<void>;
  /** Ends the watch; pending passes are dropped. */
  stop(): Promise<void>;
}

/**
 * Scores a self-evaluation as the filer types: on every change Excel reports on the sheet, after
 * `debounceMs` of quiet, one pass reads the grid, scores it with the domain's code and the region's
 * rule set, and writes the score cells back (two syncs per pass, whatever the indicator count).
 * Its own write-back does not start another pass: a change Excel marks as this add-in's, or one
 * that touches only score cells, is ignored. Passes never overlap; a change during a pass runs one
 * more pass after it.
 *
 * @example
 * const live = await startLiveScore({ host, sheetName, stored, ruleSet, onScore: show, onError: report });
 */
export async function startLiveScore(options: LiveScoreOptions): Promise<LiveScore> {
  const { host, sheetName, stored, ruleSet } = options;
  const debounceMs = options.debounceMs ?? 300;
  // The score cells depend only on the stored indicators, so their addresses are fixed for this sheet.
  const scoreCells = selfEvaluationScoreBlocks(stored, undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  let waiters: (() => void)[] = [];

  const settle = (): void => {
    if (timer !== undefined || running) return;
    const resolve = waiters;
    waiters = [];
    for (const done of resolve) done();
  };

  const rescore = async (): Promise<SelfEvaluationReading> => {
    const reading = scoreSelfEvaluationGrid(await host.readGrid(sheetName), stored, ruleSet);
    const shown = reading.data ?? stored;
    await host.writeBlocks?.(sheetName, selfEvaluationScoreBlocks(shown, reading.result));
    return reading;
  };

  const run = (): void => {
    timer = undefined;
    if (stopped) return settle();
    if (running) {
      again = true;
      return;
    }
    running = rescore()
      .then((reading) => {
        if (!stopped) options.onScore(reading);
      }, options.onError)
      .finally(() => {
        running = undefined;
        if (again && !stopped) {
          again = false;
          run();
        } else settle();
      });
  };

  const onChange = (change: SheetChange): void => {
    if (stopped || change.byThisAddin || coveredBy(change.address, scoreCells)) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  };

  const unwatch = (await host.watchChanges?.(sheetName, onChange)) ?? (async () => undefined);

  return {
    rescore,
    idle: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      }),
    stop: async () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      settle();
      await unwatch();
    },
  };
}
