import { json } from '../http/json';
import type { ApiResponse } from '../http/types';
import type { Page } from '../store/queryPage';

/** A page as JSON: `{ items, cursor? }`; pass `cursor` back to get the next page. */
export const pageResponse = <T>(page: Page<T>): ApiResponse => json(200, page.cursor === undefined ? { items: page.items } : { items: page.items, cursor: page.cursor });
