import type { z } from 'zod';
import { ApiProblem } from './apiProblem';

/**
 * The body of an answer, checked against its contract schema (contract/). A body that does not
 * match (an older or newer server, a proxy's HTML page) is a clear ApiProblem naming the first
 * field that differs, instead of a crash somewhere in the pane later.
 *
 * @example
 * const me = parseAnswer(Me, await request('GET', '/v1/me'));
 */
export function parseAnswer<T extends z.ZodType>(schema: T, answer: { status: number; body: unknown }): z.output<T> {
  const parsed = schema.safeParse(answer.body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : '—';
  throw new ApiProblem(
    answer.status,
    'api.unexpectedBody',
    `服务器返回的数据与约定不符（字段：${where}），请刷新页面或联系管理员`,
    `The server answered with data that does not match the API contract (field: ${where}); reload the page or ask your administrator`,
  );
}
