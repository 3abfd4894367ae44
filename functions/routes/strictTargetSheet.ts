import { z } from 'zod';
import { Indicator } from '../../domain/model/indicator';
import { TargetSheet } from '../../domain/model/targetSheet';

/**
 * TargetSheet as the API accepts it: the same fields, but unknown fields anywhere are refused
 * (400 `request.unknownField`) rather than silently dropped, so a typo never loses what a filer typed.
 */
export const StrictTargetSheet = TargetSheet.extend({
  period: TargetSheet.shape.period.strict(),
  funding: TargetSheet.shape.funding.strict(),
  indicators: z.array(Indicator.strict()).max(500),
}).strict();
