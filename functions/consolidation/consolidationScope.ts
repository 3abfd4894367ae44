import type { Principal } from '../../contract/principal';
import { forbidden } from '../errors/appError';
import { visibilityOf } from '../services/scope';
import type { ConsolidationScope } from './consolidationSource';

/**
 * What a principal may consolidate: finance roles and auditors their whole region, department
 * roles their own department only (the same rule as every read, functions/services/scope.ts);
 * anyone else 403.
 *
 * @example
 * consolidationScope(reviewer) // { regionId: 'nantong' }
 */
export const consolidationScope = (principal: Principal): ConsolidationScope => {
  const visibility = visibilityOf(principal);
  if (visibility.kind === 'region') return { regionId: visibility.regionId };
  if (visibility.kind === 'department') return { regionId: visibility.regionId, departmentId: visibility.departmentId };
  throw forbidden('汇总数据', 'consolidate data');
};
