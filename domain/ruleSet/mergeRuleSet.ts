import { problem, type Problem } from '../problem';
import { RuleSet } from './ruleSet';

/** Any part of a rule set; arrays (bands, tiers, framework parts) are replaced whole, never merged by index. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export type MergeResult = { ok: true; ruleSet: RuleSet } | { ok: false; problems: Problem[] };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const deepMerge = (base: unknown, patch: unknown): unknown => {
  if (patch === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) merged[key] = deepMerge(base[key], value);
  return merged;
};

/**
 * A rule set with `partial` laid over `base` (deep; arrays replaced whole), validated again. Used for
 * the calculator's what-if rule sets ("what if 80/70/60 bands?"). Invalid results come back as
 * problems with code `ruleSet.invalid` and the path of the offending field.
 *
 * @example
 * mergeRuleSet(defaultRuleSet('nantong', 2025), { selfEvaluation: { reverseVariant: 'B' } })
 */
export const mergeRuleSet = (base: RuleSet, partial: DeepPartial<RuleSet>): MergeResult => {
  const parsed = RuleSet.safeParse(deepMerge(base, partial));
  if (parsed.success) return { ok: true, ruleSet: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) =>
      problem(
        'ruleSet.invalid',
        `规则设置无效（${issue.path.join('.') || '根'}）：${issue.message}`,
        `Invalid rule set (${issue.path.join('.') || 'root'}): ${issue.message}`,
        { path: issue.path.join('.') },
      ),
    ),
  };
};
