import { ZERO, add, div, exact, sum, cmp, type Rational } from '../values/decimal';

/**
 * Combines several evaluators' scores of one item: the mean by default (every evaluator counts the
 * same), or the median (one outlying evaluator cannot move it). Undefined when nobody scored the item.
 */
export const aggregateScores = (scores: readonly Rational[], method: 'mean' | 'median'): Rational | undefined => {
  if (scores.length === 0) return undefined;
  if (method === 'mean') return div(sum(scores), exact(scores.length));
  const sorted = [...scores].sort(cmp);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : div(add(sorted[middle - 1] ?? ZERO, sorted[middle]!), exact(2));
};
