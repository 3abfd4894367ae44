import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { selfEvaluationForm, selfEvaluationToGrid } from '../../../domain/forms/selfEvaluation/selfEvaluationForm';
import { defaultRuleSet } from '../../../domain/ruleSet/ruleSet';
import { startLiveScore } from '../../../addin/forms/liveScore';
import type { SelfEvaluationReading } from '../../../addin/forms/scoreSelfEvaluationGrid';
import { eventfulHost } from './eventfulExcel';
import { largeSelfEvaluation, storedSelfEvaluation } from './selfEvaluationFixture';

const sheetName = selfEvaluationForm.sheetName;
const ruleSet = defaultRuleSet('nantong', 2026);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** The sheet in the workbook as the pane writes it, and a live score watching it. */
const setUp = async (stored = storedSelfEvaluation()) => {
  const host = eventfulHost();
  await host.writeGrid(selfEvaluationToGrid(stored));
  const readings: SelfEvaluationReading[] = [];
  const errors: unknown[] = [];
  const live = await startLiveScore({ host, sheetName, stored, ruleSet, onScore: (r) => readings.push(r), onError: (e) => errors.push(e) });
  const { excel } = host;
  const value = (address: string) => excel.fake.cell(sheetName, address)?.value;
  /** Lets the debounce run out and the pass finish. */
  const settle = async () => {
    await vi.advanceTimersByTimeAsync(300);
    await live.idle();
  };
  return { host, excel, live, readings, errors, value, settle };
};

describe('live score of the self-evaluation', () => {
  it('scores the docs/api.md example as the filer types and writes the score cells', async () => {
    const { excel, readings, errors, value, settle } = await setUp();
    excel.typeCell(sheetName, 'E6', 154.74); // 全年执行数 in 万元, against 310.2 全年预算数
    excel.typeCell(sheetName, 'E14', '40个');
    excel.typeCell(sheetName, 'E15', '210万元');
    excel.typeCell(sheetName, 'E16', '达成年度指标');
    excel.typeCell(sheetName, 'G16', 27); // 定性: the filer's score within the tier
    excel.typeCell(sheetName, 'E17', '95%');
    await settle();

    expect(errors).toEqual([]);
    // Five changes inside the debounce: one pass.
    expect(readings).toHaveLength(1);
    expect(readings[0]!.problems).toEqual([]);
    expect(value('G14')).toBe(24);
    expect(value('G15')).toBe(19.3);
    expect(value('G16')).toBe(27);
    expect(value('G17')).toBe(9.5);
    expect(value('G6')).toBe(0.4988);
    expect(value('H6')).toBe(4.99);
    expect(value('C9')).toBe(84.79);
    expect(value('E9')).toBe('良');
    expect(String(value('F9'))).toContain(`${ruleSet.id} 第 1 版`);
    // The write-back keeps the sheet protected.
    expect(excel.fake.sheet(sheetName).protected).toBe(true);
  });

  it('costs two syncs a pass whatever the indicator count, and its own write-back does not retrigger', async () => {
    for (const count of [4, 200]) {
      const { excel, readings, value, settle } = await setUp(largeSelfEvaluation(count));
      const before = excel.fake.syncs;
      const raisedBefore = excel.raised.length;
      excel.typeCell(sheetName, 'E14', '80人');
      await settle();
      expect(readings, `count ${count}`).toHaveLength(1);
      expect(excel.fake.syncs - before, `count ${count}`).toBe(2);
      // The cell holds what the pass computed: 80 of 100 scores 0.8 of the indicator's share of the points.
      const first = readings[0]!.result!.indicators[0]!;
      expect(value('G14')).toBe(first.score);
      expect(first.score).toBeCloseTo(first.points * 0.8, 2);
      // Excel raised change events for the score cells the pass wrote...
      const own = excel.raised.slice(raisedBefore + 1);
      expect(own.length, `count ${count}`).toBeGreaterThan(3);
      expect(own).toContain(`${sheetName}!C9`);
      // ...and nothing more happens however long we wait.
      await vi.advanceTimersByTimeAsync(5_000);
      expect(readings).toHaveLength(1);
      expect(excel.fake.syncs - before).toBe(2);
    }
  });

  it('ignores writes Excel marks as this add-in’s (ExcelApi 1.14) and rescoring stops with stop()', async () => {
    const { excel, live, readings, settle } = await setUp();
    excel.reportAddinWrites = true;
    excel.typeCell(sheetName, 'E14', '50个');
    await settle();
    expect(readings).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(readings).toHaveLength(1);

    expect(excel.listeners(sheetName)).toBe(1);
    await live.stop();
    expect(excel.listeners(sheetName)).toBe(0);
    excel.typeCell(sheetName, 'E14', '60个');
    await settle();
    expect(readings).toHaveLength(1);
  });

  it('a change during a pass runs one more pass after it, never two at once', async () => {
    const { excel, readings, settle } = await setUp();
    excel.typeCell(sheetName, 'E14', '10个');
    await vi.advanceTimersByTimeAsync(300); // the first pass starts
    excel.typeCell(sheetName, 'E14', '50个');
    await settle();
    await settle();
    expect(readings).toHaveLength(2);
    expect(readings[1]!.result?.indicators[0]?.score).toBe(30);
  });

  it('an amount that does not read clears the score cells and names its cell', async () => {
    const { excel, readings, value, settle } = await setUp();
    excel.typeCell(sheetName, 'E14', '50个');
    await settle();
    expect(value('G14')).toBe(30);
    excel.typeCell(sheetName, 'E6', '一千万');
    await settle();
    expect(readings[1]!.data).toBeUndefined();
    expect(readings[1]!.problems.map((p) => p.cell)).toContain('E6');
    expect(value('G14')).toBe('');
    expect(value('C9')).toBe('');
    expect(value('E9')).toBe('');
  });
});
