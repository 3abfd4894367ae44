import { z } from 'zod';
import { Id } from './ids';

/** A city or district government (市、区两级政府). A district's parent is its city. */
export const RegionLevel = z.enum(['city', 'district']);
export type RegionLevel = z.infer<typeof RegionLevel>;

export const Region = z.object({
  id: Id,
  name_zh: z.string().min(1).max(100),
  name_en: z.string().max(100),
  level: RegionLevel,
  parentId: Id.optional(),
});
export type Region = z.infer<typeof Region>;
