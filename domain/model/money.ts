import { z } from 'zod';

/**
 * Money is integer fen (分) in storage and on the wire (GLOSSARY.md "Money").
 * Bounded to what a double holds exactly, so no amount ever loses a fen.
 */
export const Fen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export type Fen = z.infer<typeof Fen>;
