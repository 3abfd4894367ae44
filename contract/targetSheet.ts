import { z } from 'zod';
import { Id, Year } from '../domain/model/ids';
import { Indicator } from '../domain/model/indicator';
import { TargetSheet } from '../domain/model/targetSheet';

/**
 * TargetSheet as the API accepts it: the same fields, but unknown fields anywhere are refused
 * (400 `request.unknownField`) rather than silently dropped, so a typo never loses what a filer typed.
 */
export const StrictTargetSheet = TargetSheet.extend({
  period: TargetSheet.shape.period.strict(),
  funding: TargetSheet.shape.funding.strict(),
  indicators: z.array(Indicator.strict()).max(500),
}).strict();

/** POST /v1/target-sheets. */
export const CreateTargetSheet = z.strictObject({ projectId: Id, year: Year, data: StrictTargetSheet.optional() });
export type CreateTargetSheet = z.input<typeof CreateTargetSheet>;

/** POST /v1/target-sheets/check: the checks alone, nothing stored. */
export const CheckTargetSheet = z.strictObject({ data: StrictTargetSheet });
