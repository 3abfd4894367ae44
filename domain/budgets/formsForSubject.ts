import type { FormId } from '../model/submission';
import { subjectTypeLabels, subjectTypes, type SubjectType } from '../model/subject';
import { cycleStageLabels, type CycleStage } from './cycleStage';
import type { Bilingual } from '../model/bilingual';

/** A stage of the cycle as it applies to one kind of subject; `form` names the submission form that carries it, where one exists. */
export interface SubjectStage {
  stage: CycleStage;
  label: Bilingual;
  form?: FormId;
}

// Which stages apply to which subject (全方位 × 全过程): ex-ante assessment is for new major policies
// and projects (RULES.md §4); departments are evaluated as a whole (§3); a lower-level government gets
// the comprehensive fiscal evaluation that feeds transfer payments (§6).
const stagesBySubject: Record<SubjectType, CycleStage[]> = {
  government: ['fiscalEvaluation', 'resultApplication'],
  department: ['targetSheet', 'monitoring', 'selfEvaluation', 'departmentEvaluation', 'resultApplication'],
  policy: ['exAnteAssessment', 'targetSheet', 'monitoring', 'selfEvaluation', 'keyEvaluation', 'resultApplication'],
  project: ['exAnteAssessment', 'targetSheet', 'monitoring', 'selfEvaluation', 'keyEvaluation', 'resultApplication'],
};

// The forms implemented so far, by stage and subject. Target sheets and monitoring reports are per
// project; ex-ante assessments take a project or a policy.
const formsByStage: Partial<Record<CycleStage, { form: FormId; subjects: SubjectType[] }>> = {
  exAnteAssessment: { form: 'exAnteAssessment', subjects: ['project', 'policy'] },
  targetSheet: { form: 'targetSheet', subjects: ['project'] },
  monitoring: { form: 'monitoring', subjects: ['project'] },
};

/**
 * The cycle stages that apply to a kind of subject, in cycle order, each with the form that carries
 * it when there is one.
 *
 * @example
 * subjectStages('policy')[0] // { stage: 'exAnteAssessment', label: { zh: '事前绩效评估', … }, form: 'exAnteAssessment' }
 */
export const subjectStages = (subject: SubjectType): SubjectStage[] =>
  stagesBySubject[subject].map((stage) => {
    const form = formsByStage[stage];
    return { stage, label: cycleStageLabels[stage], ...(form?.subjects.includes(subject) ? { form: form.form } : {}) };
  });

/**
 * The submission forms a kind of subject can have.
 *
 * @example
 * formsForSubject('project') // ['exAnteAssessment', 'targetSheet', 'monitoring']
 */
export const formsForSubject = (subject: SubjectType): FormId[] =>
  subjectStages(subject).flatMap((stage) => (stage.form ? [stage.form] : []));

/** Every kind of subject with its label and stages, as GET /v1/budgets lists them. */
export const listSubjects = () => subjectTypes.map((id) => ({ id, label: subjectTypeLabels[id], stages: subjectStages(id) }));
