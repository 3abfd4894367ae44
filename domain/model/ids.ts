import { z } from 'zod';

/** Ids are short, URL-safe and key-safe (no '#', which separates parts of DynamoDB keys). */
export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'id: 1–64 of A–Z a–z 0–9 _ -');
export type Id = z.infer<typeof Id>;

/** A budget year (预算年度). */
export const Year = z.number().int().min(2000).max(2100);
export type Year = z.infer<typeof Year>;

/** Text a person types into a form: trimmed, bounded. */
export const Text = (max: number) => z.string().trim().max(max);
