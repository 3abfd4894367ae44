import { z } from 'zod';
import { RuleSet } from '../domain/ruleSet/ruleSet';

/** GET /v1/rule-sets?year=: the region's current rule set (its head is for the finance administrator's edits). */
export const RuleSetDocument = z.object({ data: RuleSet });
