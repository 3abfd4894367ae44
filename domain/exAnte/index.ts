// Ex-ante assessment (事前绩效评估, RULES.md §4).
export * from './assessor';
export * from './checklist';
export * from './conclusion';
export * from './dimension';
export * from './exAnteAssessment';
export * from './scoreExAnteAssessment';
export * from './requiresAssessment';
export * from './assessmentGate';
