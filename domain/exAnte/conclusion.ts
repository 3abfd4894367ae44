import { z } from 'zod';
import type { Bilingual } from '../model/bilingual';

/** Conclusion of an ex-ante assessment (GLOSSARY.md): 予以支持 / 完善后予以支持 / 不予支持. */
export const conclusions = ['support', 'revise', 'reject'] as const;
export const Conclusion = z.enum(conclusions);
export type Conclusion = z.infer<typeof Conclusion>;

export const conclusionLabels: Record<Conclusion, Bilingual> = {
  support: { zh: '予以支持', en: 'Support' },
  revise: { zh: '完善后予以支持', en: 'Support after revision' },
  reject: { zh: '不予支持', en: 'Do not support' },
};
