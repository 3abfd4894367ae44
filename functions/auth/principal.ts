import type { Role } from '../../domain/model/role';

/** Who is calling, from verified JWT claims. Department roles carry a department. */
export interface Principal {
  /** The token's `sub`. */
  subject: string;
  name: string;
  roles: Role[];
  regionId: string;
  departmentId?: string;
}
