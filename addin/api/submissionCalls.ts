import type { z } from 'zod';
import type { SubmissionHead } from '../../domain/model/submission';
import { SubmissionDocument as DocumentOf } from '../../contract/submission';
import type { Answer, ApiRequest } from './apiRequest';
import { parseAnswer } from './parseAnswer';
import { versionFromEtag } from './versionFromEtag';

/** A submission as the add-in holds it: its head, its data and the version for If-Match. */
export interface SubmissionDocument<D> {
  head: SubmissionHead;
  data: D;
  /** From the ETag header (`"<version>"`), else head.version. */
  version: number;
}

/** What one form needs: where it lives, the schema of its data, and how its data is written. */
export interface SubmissionForm<S extends z.ZodType, I> {
  path: string;
  data: S;
  /** What a write carries as `data`; the input as it is by default. */
  toInput?: (input: I) => unknown;
}

/**
 * The calls every filed form shares (docs/api.md): create, read, save, submit, return and approve,
 * each answer checked against the contract and carrying the version for the next If-Match. Writes
 * send an Idempotency-Key per user action.
 *
 * @example
 * const targets = submissionCalls(request, { path: formPaths.targetSheet, data: TargetSheet });
 * const doc = await targets.get('targetSheet.2026.p-1');
 */
export function submissionCalls<S extends z.ZodType, I = z.output<S>, C = unknown>(request: ApiRequest, form: SubmissionForm<S, I>) {
  type D = z.output<S>;
  const schema = DocumentOf(form.data);
  const toInput = form.toInput ?? ((input: I) => input);
  const at = (id: string, action = '') => `${form.path}/${encodeURIComponent(id)}${action}`;
  const withData = (data: I | undefined) => (data === undefined ? {} : { data: toInput(data) });

  async function document(call: Promise<Answer>): Promise<SubmissionDocument<D>> {
    const answer = await call;
    const { head, data } = parseAnswer(schema, answer) as { head: SubmissionHead; data: D };
    return { head, data, version: versionFromEtag(answer.etag) ?? head.version };
  }

  return {
    create: (body: C) => document(request('POST', form.path, { body, idempotent: true })),
    get: (id: string) => document(request('GET', at(id))),
    save: (id: string, version: number, data: I) => document(request('PUT', at(id), { body: withData(data), ifMatch: version, idempotent: true })),
    /** Checks and submits; with `data`, that data is saved in the same step (the server checks it again). */
    submit: (id: string, version: number, data?: I) => document(request('POST', at(id, '/submit'), { body: withData(data), ifMatch: version, idempotent: true })),
    returnForRevision: (id: string, version: number, comment: string) => document(request('POST', at(id, '/return'), { body: { comment }, ifMatch: version, idempotent: true })),
    approve: (id: string, version: number) => document(request('POST', at(id, '/approve'), { body: {}, ifMatch: version, idempotent: true })),
  };
}
