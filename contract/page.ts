import { z } from 'zod';

/** The most items one page carries (`limit` 1–100, docs/api.md "Pages"). */
export const maxPageSize = 100;

/**
 * A page as the API answers it: `{ items, cursor? }`; the cursor, passed back, gives the next page.
 *
 * @example
 * const departments = PageOf(Department).parse(await response.json());
 */
export const PageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), cursor: z.string().min(1).optional() });
