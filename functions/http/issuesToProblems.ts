import type { z } from 'zod';
import { problem, type Problem } from '../../domain/problem';

type Issue = z.core.$ZodIssue;

const typeNames: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '布尔值（true/false）',
  object: '对象',
  array: '数组',
  date: '日期',
  null: '空值',
};

const typeZh = (type: string): string => typeNames[type] ?? type;

const valueAt = (input: unknown, path: PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);

const sizeZh = (origin: string, bound: string, limit: number | bigint, inclusive: boolean, big: boolean): string => {
  if (origin === 'string') return `${bound}${limit} 个字符`;
  if (origin === 'array' || origin === 'set') return `${bound}${limit} 项`;
  if (big) return inclusive ? `不能大于 ${limit}` : `应小于 ${limit}`;
  return inclusive ? `不能小于 ${limit}` : `应大于 ${limit}`;
};

const messageZh = (issue: Issue, input: unknown): string => {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined ? `必填，应为${typeZh(issue.expected)}` : `应为${typeZh(issue.expected)}`;
    case 'too_small':
      return sizeZh(issue.origin, '至少 ', issue.minimum, issue.inclusive ?? true, false);
    case 'too_big':
      return sizeZh(issue.origin, '最多 ', issue.maximum, issue.inclusive ?? true, true);
    case 'invalid_format':
      return `格式不正确（${issue.format}）`;
    case 'not_multiple_of':
      return `应为 ${issue.divisor} 的整数倍`;
    case 'invalid_value':
      return `应为以下之一：${issue.values.map(String).join('、')}`;
    case 'invalid_union':
      return '不符合任何允许的形式';
    case 'invalid_key':
      return '键无效';
    case 'invalid_element':
      return '元素无效';
    case 'custom': {
      const zh = issue.params?.['message_zh'];
      return typeof zh === 'string' ? zh : '取值无效';
    }
    default:
      return '取值无效';
  }
};

const camel = (code: string): string => code.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

const joinPath = (prefix: string | undefined, path: PropertyKey[]): string =>
  [...(prefix === undefined ? [] : [prefix]), ...path.map(String)].join('.');

/**
 * Zod issues as problems, one per issue (and one per unknown field), each with its `path` and a zh-CN
 * and English message. Body paths are paths into the data ("indicators.3.target"); query and path
 * parameters are prefixed ("query.year", "params.id"). A custom refinement may carry its Chinese text
 * in `params.message_zh`: `.refine(ok, { message: 'English', params: { message_zh: '中文' } })`.
 *
 * @example
 * const result = schema.safeParse(body);
 * if (!result.success) throw invalidRequest(issuesToProblems(result.error.issues, body));
 */
export const issuesToProblems = (issues: readonly Issue[], input: unknown, prefix?: string): Problem[] =>
  issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) =>
          problem('request.unknownField', `不允许的字段：${key}`, `Unknown field: ${key}`, { path: joinPath(prefix, [...issue.path, key]) }),
        )
      : [problem(`request.${camel(issue.code)}`, messageZh(issue, input), issue.message, { path: joinPath(prefix, issue.path) })],
  );
