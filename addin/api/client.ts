import type { CreateExAnte, ExAnteInput } from '../../contract/exAnte';
import { formPaths } from '../../contract/formPaths';
import type { CreateMonitoring, MonitoringInput } from '../../contract/monitoring';
import type { CreateSelfEvaluation } from '../../contract/selfEvaluation';
import type { CreateTargetSheet } from '../../contract/targetSheet';
import type { IndicatorLibraryItem } from '../../domain/indicators/indicatorLibraryItem';
import { ExAnteSheet } from '../../domain/forms/exAnte/exAnteSheet';
import { MonitoringSheet } from '../../domain/forms/monitoring/monitoringSheet';
import { SelfEvaluationSheet } from '../../domain/forms/selfEvaluation/selfEvaluationSheet';
import { TargetSheet } from '../../domain/model/targetSheet';
import { createApiRequest, type ApiClientOptions } from './apiRequest';
import { referenceCalls } from './referenceCalls';
import { submissionCalls, type SubmissionDocument } from './submissionCalls';

export type { ApiClientOptions } from './apiRequest';
export type { Me } from '../../contract/me';
export type { DepartmentWarnings, MonitoringWarning as WarningProject, MonitoringInput } from '../../contract/monitoring';
export type { ExAnteInput } from '../../contract/exAnte';
export type { RuleSetDocument } from './referenceCalls';
export type { SubmissionDocument } from './submissionCalls';

/** A standard indicator from `/v1/indicator-library`. */
export type LibraryIndicator = IndicatorLibraryItem;

/** A target sheet as the API returns it, with the version for If-Match. */
export type TargetSheetDocument = SubmissionDocument<TargetSheet>;

/** The API refuses `result` on a self-evaluation (the score is the server's alone). */
const withoutResult = (data: SelfEvaluationSheet): Omit<SelfEvaluationSheet, 'result'> => {
  const { result: _result, ...rest } = data;
  return rest;
};

/**
 * A small fetch-based client for the `/v1` API (docs/api.md): every answer is checked against the
 * contract (contract/), errors are ApiProblem (problem+json), writes send `If-Match` and an
 * `Idempotency-Key` per user action, reused when a lost request is retried.
 *
 * @example
 * const api = createApiClient({ baseUrl: 'http://localhost:3000', getToken: async () => token });
 * const doc = await api.createTargetSheet({ projectId: 'p-1', year: 2026 });
 */
export function createApiClient(options: ApiClientOptions) {
  const request = createApiRequest(options);
  const targetSheets = submissionCalls<typeof TargetSheet, TargetSheet, CreateTargetSheet>(request, { path: formPaths.targetSheet, data: TargetSheet });
  const selfEvaluations = submissionCalls<typeof SelfEvaluationSheet, SelfEvaluationSheet, CreateSelfEvaluation>(request, {
    path: formPaths.selfEvaluation,
    data: SelfEvaluationSheet,
    toInput: withoutResult,
  });
  const monitoring = submissionCalls<typeof MonitoringSheet, MonitoringInput, CreateMonitoring>(request, { path: formPaths.monitoring, data: MonitoringSheet });
  const exAnte = submissionCalls<typeof ExAnteSheet, ExAnteInput, CreateExAnte>(request, { path: formPaths.exAnteAssessment, data: ExAnteSheet });

  return {
    ...referenceCalls(request),
    getTargetSheet: targetSheets.get,
    createTargetSheet: targetSheets.create,
    saveTargetSheet: targetSheets.save,
    submitTargetSheet: targetSheets.submit,
    returnTargetSheet: targetSheets.returnForRevision,
    approveTargetSheet: targetSheets.approve,

    createSelfEvaluation: selfEvaluations.create,
    getSelfEvaluation: selfEvaluations.get,
    saveSelfEvaluation: selfEvaluations.save,
    /** The server scores with the region's current rule set and stores `data.result`. */
    submitSelfEvaluation: selfEvaluations.submit,

    createMonitoring: monitoring.create,
    getMonitoring: monitoring.get,
    saveMonitoring: monitoring.save,
    /** The server computes the signals; a non-green one without explanations → 422 with cells. */
    submitMonitoring: monitoring.submit,

    createExAnte: exAnte.create,
    getExAnte: exAnte.get,
    saveExAnte: exAnte.save,
    submitExAnte: exAnte.submit,
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
