import { defaultRuleSet } from '../domain/ruleSet/ruleSet';
import { isAppError } from '../functions/errors/appError';
import { putRuleSet } from '../functions/store/ruleSetStore';
import type { StoreContext } from '../functions/store/storeContext';

/**
 * Stores the default rule set (RULES.md defaults, version 1) of a region and year unless one exists;
 * returns whether it wrote. The API would materialise it on first read anyway; seeding it makes the
 * demo's rule sets visible in the table from the start, audited as written by the system.
 *
 * @example
 * await seedDefaultRuleSet(store, 'nantong', 2026, new Date()) // true the first time
 */
export const seedDefaultRuleSet = async (store: StoreContext, regionId: string, year: number, now: Date): Promise<boolean> => {
  try {
    await putRuleSet(store, {
      ruleSet: defaultRuleSet(regionId, year),
      at: now.toISOString(),
      by: 'system',
      audit: { action: 'create', subject: 'system', name: '系统（默认规则）/ System (defaults)', role: 'system', requestId: 'seed' },
    });
    return true;
  } catch (error) {
    if (isAppError(error, 'record.exists')) return false;
    throw error;
  }
};
