import { toHalfWidth } from '../values/toHalfWidth';

/** A value of a drop-down and every way a filer may write it (zh label, short zh, en label, id). */
export interface Choice<T> {
  value: T;
  names: readonly string[];
}

const normalize = (text: string): string => toHalfWidth(text).replace(/\s+/g, '').toLowerCase();

/**
 * Finds the choice a cell names, ignoring spaces, letter case and full-width forms; undefined when
 * none matches. The first matching choice wins, so callers list preferred choices first.
 *
 * @example
 * readChoice('产出', [{ value: 'output', names: ['产出指标', '产出', 'Output', 'output'] }]) // 'output'
 */
export const readChoice = <T>(text: string, choices: readonly Choice<T>[]): T | undefined => {
  const key = normalize(text);
  if (key === '') return undefined;
  return choices.find((choice) => choice.names.some((name) => normalize(name) === key))?.value;
};

/** Names of a labelled value: the label in zh and en, the zh label without a trailing word, the id. */
export const choiceNames = (id: string, label: { zh: string; en: string }, dropSuffix?: RegExp): string[] => {
  const names = [label.zh, label.en, id];
  if (dropSuffix) {
    const short = label.zh.replace(dropSuffix, '');
    if (short !== label.zh && short !== '') names.push(short);
  }
  return names;
};
