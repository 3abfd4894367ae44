import { ZERO, div, exact, sub, sum, toNumber, type Rational } from '../values/decimal';

export interface ScorePair {
  projectId: string;
  departmentId: string;
  /** The unit's self-evaluation total. */
  selfScore: number;
  /** The finance (re-)evaluation total. */
  financeScore: number;
}

export interface SelfScoreGaps {
  /** gap = self − finance: positive when the unit rated itself higher than finance did. */
  projects: { projectId: string; departmentId: string; gap: number; absoluteGap: number }[];
  /** Per department: mean gap (bias) and mean absolute gap (how far off, either way). */
  departments: { departmentId: string; projects: number; meanGap: number; meanAbsoluteGap: number }[];
}

const abs = (r: Rational): Rational => (r.n < 0n ? { n: -r.n, d: r.d } : r);

/**
 * The gap between self-scores and finance scores (RULES.md §3: the gap measures the quality of
 * self-evaluation), per project and per department, computed exactly and rounded to `decimals`.
 *
 * @example
 * selfScoreGap([{ projectId: 'p1', departmentId: 'd1', selfScore: 95, financeScore: 82.5 }], 2).projects[0].gap // 12.5
 */
export const selfScoreGap = (pairs: readonly ScorePair[], decimals: number): SelfScoreGaps => {
  const gaps = pairs.map((p) => ({ ...p, gap: sub(exact(p.selfScore), exact(p.financeScore)) }));
  const byDepartment = new Map<string, Rational[]>();
  for (const g of gaps) byDepartment.set(g.departmentId, [...(byDepartment.get(g.departmentId) ?? []), g.gap]);
  const mean = (values: Rational[]): Rational => (values.length === 0 ? ZERO : div(sum(values), exact(values.length)));
  return {
    projects: gaps.map((g) => ({
      projectId: g.projectId,
      departmentId: g.departmentId,
      gap: toNumber(g.gap, decimals),
      absoluteGap: toNumber(abs(g.gap), decimals),
    })),
    departments: [...byDepartment].map(([departmentId, values]) => ({
      departmentId,
      projects: values.length,
      meanGap: toNumber(mean(values), decimals),
      meanAbsoluteGap: toNumber(mean(values.map(abs)), decimals),
    })),
  };
};
