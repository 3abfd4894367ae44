import { z } from 'zod';
import { Department } from '../domain/model/department';
import { Region } from '../domain/model/region';
import { Principal } from './principal';

/** GET /v1/me: who is signed in, with their region and department (absent when not on record). */
export const Me = z.object({
  principal: Principal,
  region: Region.optional(),
  department: Department.optional(),
});
export type Me = z.infer<typeof Me>;
