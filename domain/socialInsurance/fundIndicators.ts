import { ratio } from '../monitoring/ratio';

/**
 * Year indicators of a social insurance fund (RULES.md §7). Every rate is a number computed from
 * exact fen; a zero denominator gives null ("not applicable"), never NaN or Infinity.
 */
export interface FundIndicators {
  /** 当期结余 = income − expenditure, in fen (negative when the fund runs a deficit). */
  currentBalanceFen: number;
  /** 收支平衡率 = income / expenditure. */
  balanceRate: number | null;
  /** 征缴率 = contributions collected / contributions due. */
  collectionRate: number | null;
  /** 财政补贴依赖度 = fiscal subsidy / fund income. */
  subsidyDependence: number | null;
}

const rate = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : ratio(BigInt(numerator), BigInt(denominator));

/**
 * Computes a fund year's indicators from its amounts in fen.
 *
 * @example
 * fundIndicators({ incomeFen: 110, expenditureFen: 100, collectedFen: 95, dueFen: 100, subsidyFen: 22 })
 * // { currentBalanceFen: 10, balanceRate: 1.1, collectionRate: 0.95, subsidyDependence: 0.2 }
 */
export const fundIndicators = (year: {
  incomeFen: number;
  expenditureFen: number;
  collectedFen: number;
  dueFen: number;
  subsidyFen: number;
}): FundIndicators => ({
  currentBalanceFen: year.incomeFen - year.expenditureFen,
  balanceRate: rate(year.incomeFen, year.expenditureFen),
  collectionRate: rate(year.collectedFen, year.dueFen),
  subsidyDependence: rate(year.subsidyFen, year.incomeFen),
});
