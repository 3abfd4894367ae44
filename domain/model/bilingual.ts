import { z } from 'zod';

/**
 * Text a user sees, Chinese first and English second (GLOSSARY.md preamble, STYLE.md): the one
 * bilingual label type of the domain and the backend. As data (a rule set's labels) the Chinese is
 * required and both are at most 200 characters.
 */
export const Bilingual = z.object({ zh: z.string().min(1).max(200), en: z.string().max(200) });
export type Bilingual = z.infer<typeof Bilingual>;
