import type { RegisteredForm } from './registry';

/** Registered forms that can be filled offline today (a template download and an upload; functions/offline/). */
export const offlineForms = ['targetSheet'] as const satisfies readonly RegisteredForm[];
export type OfflineForm = (typeof offlineForms)[number];
