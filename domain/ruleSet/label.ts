import { z } from 'zod';

/** A label a user sees: Chinese first, English second (STYLE.md). */
export const Label = z.object({ zh: z.string().min(1).max(200), en: z.string().max(200) });
export type Label = z.infer<typeof Label>;
