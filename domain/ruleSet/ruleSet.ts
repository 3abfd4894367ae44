import { z } from 'zod';
import { Id, Year } from '../model/ids';
import { EvaluationRules, defaultEvaluationRules } from './evaluationRules';
import { ExAnteRules, defaultExAnteRules } from './exAnteRules';
import { LinkageRules, defaultLinkageRules } from './linkageRules';
import { MonitoringRules, defaultMonitoringRules } from './monitoringRules';
import { SelfEvaluationRules, defaultSelfEvaluationRules } from './selfEvaluationRules';
import { SocialInsuranceRules, defaultSocialInsuranceRules } from './socialInsuranceRules';

/**
 * A rule set (RULES.md preamble): every number the product computes with, as data, versioned per
 * region and budget year, and recorded with every score it produced so the score can be recomputed.
 */
export const RuleSet = z.object({
  id: Id,
  regionId: Id,
  year: Year,
  /** Grows by one on every change; a score records the version it was computed with. */
  version: z.number().int().min(1),
  name_zh: z.string().trim().min(1).max(100),
  name_en: z.string().trim().max(100),
  selfEvaluation: SelfEvaluationRules,
  evaluation: EvaluationRules,
  linkage: LinkageRules,
  exAnte: ExAnteRules,
  monitoring: MonitoringRules,
  socialInsurance: SocialInsuranceRules,
});
export type RuleSet = z.infer<typeof RuleSet>;

/**
 * The default rule set of a region and year: the defaults of RULES.md, version 1.
 *
 * @example
 * defaultRuleSet('nantong', 2025).selfEvaluation.points // { output: 50, outcome: 30, satisfaction: 10, execution: 10 }
 */
export const defaultRuleSet = (regionId: string, year: number): RuleSet =>
  RuleSet.parse({
    id: `${regionId}-${year}-default`,
    regionId,
    year,
    version: 1,
    name_zh: `${year}年度默认规则`,
    name_en: `Default rules ${year}`,
    selfEvaluation: defaultSelfEvaluationRules,
    evaluation: defaultEvaluationRules,
    linkage: defaultLinkageRules,
    exAnte: defaultExAnteRules,
    monitoring: defaultMonitoringRules,
    socialInsurance: defaultSocialInsuranceRules,
  });
