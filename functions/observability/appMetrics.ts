import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/** How an export job ended, or that it started (docs/architecture.md, "Observability"). */
export type ExportOutcome = 'started' | 'succeeded' | 'failed';

/**
 * The business counters the API and the export worker emit. A port, so that the app and the worker
 * do not depend on how counters leave the process; in Lambda they are CloudWatch EMF lines.
 */
export interface AppMetrics {
  /** A form write accepted (2xx): `form` is the resource ("target-sheets"), `action` create/save/submit/return/approve/…. */
  submission(form: string, action: string): void;
  /** A request refused with a 4xx, by status and problem code ("request.invalid", "auth.invalidToken"). */
  rejected(status: number, code: string): void;
  export(outcome: ExportOutcome): void;
}

/** Counts nothing: the local runtime and tests that do not look at metrics. */
export const silentMetrics: AppMetrics = { submission: () => {}, rejected: () => {}, export: () => {} };

/**
 * Counters as Powertools Metrics in CloudWatch embedded metric format. Each count is its own single
 * metric, flushed at once, because each has its own dimensions (a shared Metrics object would
 * merge the dimensions of every count of an invocation). The namespace comes from
 * POWERTOOLS_METRICS_NAMESPACE and the `service` dimension from POWERTOOLS_SERVICE_NAME (the CDK
 * stack sets both); "Jixiao" and "jixiao" otherwise.
 *
 * @example
 * const metrics = powertoolsMetrics();
 * metrics.rejected(401, 'auth.invalidToken');
 */
export const powertoolsMetrics = (env: Record<string, string | undefined> = process.env): AppMetrics => {
  const metrics = new Metrics({
    namespace: env.POWERTOOLS_METRICS_NAMESPACE || 'Jixiao',
    serviceName: env.POWERTOOLS_SERVICE_NAME || 'jixiao',
  });
  const count = (name: string, dimensions: Record<string, string>): void => {
    const single = metrics.singleMetric();
    for (const [key, value] of Object.entries(dimensions)) single.addDimension(key, value);
    single.addMetric(name, MetricUnit.Count, 1);
  };
  return {
    submission: (form, action) => count('Submissions', { form, action }),
    rejected: (status, code) => count('RejectedRequests', { status: String(status), code }),
    export: (outcome) => count('Exports', { outcome }),
  };
};
