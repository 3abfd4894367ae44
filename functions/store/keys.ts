import type { FormId, Status } from '../../domain/model/submission';

/**
 * Key builders for every item kind (layout in tableDefinition.ts, reasons in docs/data-model.md).
 * Ids never contain '#' (domain/model/ids.ts), so '#' safely separates the parts.
 */
export type Key = { PK: string; SK: string };

/** Zero-padded so that versions sort as strings: V#000002 < V#000010. */
export const versionPart = (version: number): string => String(version).padStart(6, '0');

export const keys = {
  region: (regionId: string): Key => ({ PK: `REGION#${regionId}`, SK: 'REGION' }),
  department: (regionId: string, departmentId: string): Key => ({ PK: `REGION#${regionId}`, SK: `DEPT#${departmentId}` }),
  departmentPrefix: 'DEPT#',
  unit: (regionId: string, departmentId: string, unitId: string): Key => ({
    PK: `REGION#${regionId}`,
    SK: `UNIT#${departmentId}#${unitId}`,
  }),
  unitPrefix: (departmentId: string): string => `UNIT#${departmentId}#`,
  project: (projectId: string): Key => ({ PK: `PROJECT#${projectId}`, SK: 'PROJECT' }),
  /** GSI1: a region's projects of a year. */
  regionProjects: (regionId: string, year: number): string => `R#${regionId}#Y#${year}#PROJECT`,
  regionProjectSort: (departmentId: string, projectId: string): string => `D#${departmentId}#P#${projectId}`,
  /** GSI2: everything a department has for a year (projects under P#, submission heads under F#). */
  departmentYear: (regionId: string, departmentId: string, year: number): string => `R#${regionId}#D#${departmentId}#Y#${year}`,
  departmentProjectSort: (projectId: string): string => `P#${projectId}`,
  departmentProjectPrefix: 'P#',
  departmentFormSort: (form: FormId, subjectId: string): string => `F#${form}#S#${subjectId}`,
  departmentFormPrefix: (form: FormId): string => `F#${form}#`,
  submission: (submissionId: string): { PK: string } => ({ PK: `SUB#${submissionId}` }),
  head: (submissionId: string): Key => ({ PK: `SUB#${submissionId}`, SK: 'HEAD' }),
  version: (submissionId: string, version: number): Key => ({ PK: `SUB#${submissionId}`, SK: `V#${versionPart(version)}` }),
  versionPrefix: 'V#',
  audit: (submissionId: string, version: number): Key => ({ PK: `SUB#${submissionId}`, SK: `AUDIT#${versionPart(version)}` }),
  auditPrefix: 'AUDIT#',
  /** GSI1: one form of a whole region and year (consolidation). */
  regionForm: (regionId: string, year: number, form: FormId): string => `R#${regionId}#Y#${year}#F#${form}`,
  regionFormSort: (departmentId: string, subjectId: string): string => `D#${departmentId}#S#${subjectId}`,
  /** GSI3: one form of a region and year in one status (the review queue), oldest change first. */
  regionFormStatus: (regionId: string, year: number, form: FormId, status: Status): string =>
    `R#${regionId}#Y#${year}#F#${form}#ST#${status}`,
  regionFormStatusSort: (updatedAt: string, submissionId: string): string => `${updatedAt}#${submissionId}`,
  /** The token subject is free text, so it is URL-encoded to keep '#' out of it. */
  idempotency: (subject: string, key: string): Key => ({ PK: `IDEM#${encodeURIComponent(subject)}#${key}`, SK: 'IDEM' }),
  /** Versioned records that are not forms (functions/store/versionedRecordStore.ts): head `HEAD`, versions `V#n`, audit `AUDIT#n` under one partition. */
  ruleSet: (ruleSetId: string): string => `RULESET#${ruleSetId}`,
  linkageDecision: (year: number, projectId: string): string => `DECISION#${year}#${projectId}`,
  /** GSI1: a region's linkage decisions of a year. */
  regionDecisions: (regionId: string, year: number): string => `R#${regionId}#Y#${year}#DECISION`,
  rectification: (rectificationId: string): string => `RECT#${rectificationId}`,
  /** 财政运行综合绩效评价 of a district (docs/data-model.md "Comprehensive fiscal evaluation of districts"); GSI1: a city's evaluations of its districts for a year. */
  fiscalEvaluation: (year: number, districtId: string): string => `FISCAL#${year}#${districtId}`,
  cityFiscalEvaluations: (cityId: string, year: number): string => `R#${cityId}#Y#${year}#FISCAL`,
  /** GSI1: a region's rectification tasks, by deadline; GSI2: a department's. */
  regionRectifications: (regionId: string): string => `R#${regionId}#RECT`,
  departmentRectifications: (regionId: string, departmentId: string): string => `R#${regionId}#D#${departmentId}#RECT`,
  rectificationSort: (deadline: string, rectificationId: string): string => `${deadline}#${rectificationId}`,
  /** A policy (政策), the subject of an ex-ante assessment; GSI1 a region's policies of a year, GSI2 a department's. */
  policy: (policyId: string): Key => ({ PK: `POLICY#${policyId}`, SK: 'POLICY' }),
  regionPolicies: (regionId: string, year: number): string => `R#${regionId}#Y#${year}#POLICY`,
  regionPolicySort: (departmentId: string, policyId: string): string => `D#${departmentId}#POL#${policyId}`,
  departmentPolicySort: (policyId: string): string => `POL#${policyId}`,
  departmentPolicyPrefix: 'POL#',
  /** A year of a social insurance fund's history, in its region's partition. */
  fundYear: (regionId: string, fundId: string, year: number): Key => ({ PK: `REGION#${regionId}`, SK: `SIFUND#${fundId}#Y#${year}` }),
  fundYearPrefix: 'SIFUND#',
  /** An export job (functions/exports/exportJob.ts); the worker's stream filter matches this PK prefix and SK. */
  exportJob: (jobId: string): Key => ({ PK: `EXPORT#${jobId}`, SK: 'JOB' }),
  exportJobPrefix: 'EXPORT#',
  exportJobSort: 'JOB',
} as const;
