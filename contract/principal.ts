import { z } from 'zod';
import { Role } from '../domain/model/role';

/**
 * Who is calling, from verified JWT claims (functions/auth/claimsToPrincipal.ts); GET /v1/me returns it to
 * the add-in. Department roles carry a department.
 */
export const Principal = z.object({
  /** The token's `sub`. */
  subject: z.string().min(1),
  name: z.string(),
  roles: z.array(Role),
  regionId: z.string().min(1),
  departmentId: z.string().min(1).optional(),
});
export type Principal = z.infer<typeof Principal>;
