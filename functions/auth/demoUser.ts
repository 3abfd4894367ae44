import type { Role } from '../../domain/model/role';

/** A person the local issuer can sign in as (the seed's demo users, dev/seed.ts). */
export interface DemoUser {
  /** Becomes the token's `sub`. */
  subject: string;
  name: string;
  roles: Role[];
  regionId: string;
  departmentId?: string;
}
