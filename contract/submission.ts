import { z } from 'zod';
import { SubmissionHead } from '../domain/model/submission';
import { PageOf } from './page';

/**
 * A submission as the API answers it: its head (status, version for If-Match) and its data.
 *
 * @example
 * SubmissionDocument(TargetSheet).parse(await response.json());
 */
export const SubmissionDocument = <T extends z.ZodType>(data: T) => z.object({ head: SubmissionHead, data });

/** GET on a form's list: a page of heads in the caller's scope. */
export const SubmissionHeadPage = PageOf(SubmissionHead);

/** POST …/{id}/return: the reviewer's 退回意见. */
export const returnComment = z.string().trim().min(1, '退回意见不能为空 / a comment is required').max(2000);

/** POST …/{id}/approve: an optional comment with the approval. */
export const approveComment = z.string().trim().max(2000).optional();
