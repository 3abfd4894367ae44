import { z } from 'zod';
import { Id } from './ids';
import { Sector } from './sector';

/** A budget department (预算部门), e.g. 市教育局, of one region. */
export const Department = z.object({
  id: Id,
  regionId: Id,
  name_zh: z.string().min(1).max(100),
  name_en: z.string().max(100),
  sector: Sector,
});
export type Department = z.infer<typeof Department>;

/** A budget unit (预算单位) under a department. */
export const Unit = z.object({
  id: Id,
  regionId: Id,
  departmentId: Id,
  name_zh: z.string().min(1).max(100),
  name_en: z.string().max(100),
});
export type Unit = z.infer<typeof Unit>;
