/**
 * Dotted paths into plain data ("selfEvaluation.points.output", "linkage.table.fair.cutPercent",
 * "evaluation.frameworks.project.parts.1.items"), as the rule-set sheet names its cells.
 */

const isContainer = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The value at a dotted path; undefined where the path leads nowhere.
 *
 * @example
 * valueAtPath({ a: [{ b: 1 }] }, 'a.0.b') // 1
 */
export const valueAtPath = (data: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (isContainer(node) ? node[key] : undefined), data);

/**
 * Sets the value at a dotted path in place, creating plain objects on the way.
 *
 * @example
 * setAtPath(data, 'selfEvaluation.points.output', 60)
 */
export const setAtPath = (data: Record<string, unknown>, path: string, value: unknown): void => {
  const keys = path.split('.');
  const last = keys.pop();
  if (last === undefined) return;
  let node: Record<string, unknown> = data;
  for (const key of keys) {
    const next = node[key];
    if (!isContainer(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[last] = value;
};
