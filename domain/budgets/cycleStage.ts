import { z } from 'zod';
import type { Bilingual } from '../model/bilingual';

/** The stages of the whole cycle (全过程, GLOSSARY.md "The cycle"). */
export const cycleStages = [
  'exAnteAssessment',
  'targetSheet',
  'monitoring',
  'selfEvaluation',
  'keyEvaluation',
  'departmentEvaluation',
  'fiscalEvaluation',
  'resultApplication',
] as const;
export const CycleStage = z.enum(cycleStages);
export type CycleStage = z.infer<typeof CycleStage>;

export const cycleStageLabels: Record<CycleStage, Bilingual> = {
  exAnteAssessment: { zh: '事前绩效评估', en: 'Ex-ante performance assessment' },
  targetSheet: { zh: '绩效目标', en: 'Performance targets' },
  monitoring: { zh: '绩效运行监控', en: 'In-year monitoring' },
  selfEvaluation: { zh: '绩效自评', en: 'Self-evaluation' },
  keyEvaluation: { zh: '财政重点评价', en: 'Key evaluation' },
  departmentEvaluation: { zh: '部门整体绩效评价', en: 'Department overall evaluation' },
  fiscalEvaluation: { zh: '财政运行综合绩效评价', en: 'Comprehensive fiscal evaluation' },
  resultApplication: { zh: '评价结果应用', en: 'Application of results' },
};
