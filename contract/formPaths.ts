import type { FormId } from '../domain/model/submission';

/** Where each filed form lives in the API (docs/api.md): create, list, read and act under this path. */
export const formPaths = {
  targetSheet: '/v1/target-sheets',
  selfEvaluation: '/v1/self-evaluations',
  monitoring: '/v1/monitoring',
  exAnteAssessment: '/v1/ex-ante-assessments',
} as const satisfies Partial<Record<FormId, string>>;
