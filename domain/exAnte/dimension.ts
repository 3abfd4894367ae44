import { z } from 'zod';
import type { Bilingual } from '../model/bilingual';

/**
 * The five dimensions of an ex-ante assessment (事前绩效评估, RULES.md §4), in GLOSSARY.md order.
 * Projects and policies share the identifiers; only the wording differs.
 */
export const exAnteDimensions = ['necessity', 'economy', 'targetSoundness', 'feasibility', 'financingCompliance'] as const;
export const ExAnteDimension = z.enum(exAnteDimensions);
export type ExAnteDimension = z.infer<typeof ExAnteDimension>;

/** What is assessed: a project, or a policy (worded differently, RULES.md §4). */
export const ExAnteSubject = z.enum(['project', 'policy']);
export type ExAnteSubject = z.infer<typeof ExAnteSubject>;

export const exAnteDimensionLabels: Record<ExAnteDimension, Record<ExAnteSubject, Bilingual>> = {
  necessity: {
    project: { zh: '立项必要性', en: 'Necessity of the project' },
    policy: { zh: '政策设立必要性', en: 'Necessity of the policy' },
  },
  economy: {
    project: { zh: '投入经济性', en: 'Economy of inputs' },
    policy: { zh: '政策保障充分性', en: 'Adequacy of policy support' },
  },
  targetSoundness: {
    project: { zh: '绩效目标合理性', en: 'Soundness of performance targets' },
    policy: { zh: '政策目标合理性', en: 'Soundness of policy targets' },
  },
  feasibility: {
    project: { zh: '实施方案可行性', en: 'Feasibility of the implementation plan' },
    policy: { zh: '政策实施可持续性', en: 'Sustainability of policy implementation' },
  },
  financingCompliance: {
    project: { zh: '筹资合规性', en: 'Compliance of financing' },
    policy: { zh: '政策资金合规性', en: 'Compliance of policy funding' },
  },
};
