import { z } from 'zod';
import type { Bilingual } from '../model/bilingual';

/**
 * Monitoring signals (RULES.md §5): the colour computed for an indicator or a project, red, yellow
 * or green, plus blue for an indicator running far ahead of its target (the target was likely set
 * too low). A red or yellow signal is what the warning list (预警) raises (docs/architecture.md glossary).
 */
export const signals = ['red', 'yellow', 'green', 'blue'] as const;
export const Signal = z.enum(signals);
export type Signal = z.infer<typeof Signal>;

/** The execution signal has no blue: spending ahead of time is not a warning. */
export const ExecutionSignal = z.enum(['red', 'yellow', 'green']);
export type ExecutionSignal = z.infer<typeof ExecutionSignal>;

export const signalLabels: Record<Signal, Bilingual> = {
  red: { zh: '红色预警', en: 'Red' },
  yellow: { zh: '黄色预警', en: 'Yellow' },
  green: { zh: '绿色（正常）', en: 'Green (on track)' },
  blue: { zh: '蓝色（目标可能偏低）', en: 'Blue (target likely too low)' },
};

// Worst first: a project shows the worst of its signals (RULES.md §5, red > yellow > green > blue).
const severity: Record<Signal, number> = { red: 3, yellow: 2, green: 1, blue: 0 };

/**
 * The worst of some signals; with none, green (nothing is off track).
 *
 * @example
 * worstSignal(['green', 'blue', 'yellow']) // 'yellow'
 */
export const worstSignal = (list: readonly Signal[]): Signal =>
  list.reduce<Signal>((worst, s) => (severity[s] > severity[worst] ? s : worst), list.length ? 'blue' : 'green');
