import { departmentTargetsDefinition } from './departmentTargets/departmentTargetsDefinition';
import { exAnteDefinition } from './exAnte/exAnteDefinition';
import { monitoringDefinition } from './monitoring/monitoringDefinition';
import { ruleSetSheetDefinition } from './ruleSetSheet/ruleSetSheetDefinition';
import { selfEvaluationDefinition } from './selfEvaluation/selfEvaluationDefinition';
import { targetSheetDefinition } from './targetSheet/targetSheetDefinition';

/**
 * Every form, by its id (docs/architecture.md "Forms registry"). Server routes, the add-in, the
 * offline page and consolidation look forms up here; a new form is its folder plus one line below.
 */
export const formRegistry = {
  targetSheet: targetSheetDefinition,
  departmentTargets: departmentTargetsDefinition,
  selfEvaluation: selfEvaluationDefinition,
  monitoring: monitoringDefinition,
  exAnteAssessment: exAnteDefinition,
  ruleSet: ruleSetSheetDefinition,
} as const;

export type RegisteredForm = keyof typeof formRegistry;

/** The definition of a registered form, typed by its id. */
export const formDefinition = <F extends RegisteredForm>(form: F): (typeof formRegistry)[F] => formRegistry[form];

/** Whether a form id (e.g. from a URL) names a registered form. */
export const isRegisteredForm = (form: string): form is RegisteredForm => Object.hasOwn(formRegistry, form);
