import { describe, expect, it } from 'vitest';
import { powertoolsMetrics } from '../../../../functions/observability/appMetrics';
import { captureOutputJson } from '../../../support/captureOutput';

const env = { POWERTOOLS_METRICS_NAMESPACE: 'Jixiao/Test', POWERTOOLS_SERVICE_NAME: 'jixiao-api' };

/** The CloudWatch metric definition of an EMF line: namespace, dimension sets, metric names. */
const definition = (line: Record<string, unknown>) => (line['_aws'] as { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] }[] }).CloudWatchMetrics[0];

describe('powertoolsMetrics (CloudWatch embedded metric format)', () => {
  it('writes one EMF line per submission with the form and action as dimensions', async () => {
    const lines = await captureOutputJson(() => powertoolsMetrics(env).submission('target-sheets', 'submit'));
    expect(lines).toHaveLength(1);
    expect(definition(lines[0]!)).toMatchObject({ Namespace: 'Jixiao/Test', Metrics: [{ Name: 'Submissions', Unit: 'Count' }] });
    expect(definition(lines[0]!)?.Dimensions[0]).toEqual(expect.arrayContaining(['service', 'form', 'action']));
    expect(lines[0]).toMatchObject({ service: 'jixiao-api', form: 'target-sheets', action: 'submit', Submissions: 1 });
  });

  it('counts a rejected request by status and code, and exports by outcome, each with its own dimensions', async () => {
    const metrics = powertoolsMetrics(env);
    const lines = await captureOutputJson(() => {
      metrics.rejected(400, 'request.invalid');
      metrics.export('started');
      metrics.export('failed');
    });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ status: '400', code: 'request.invalid', RejectedRequests: 1 });
    expect(lines[0]).not.toHaveProperty('outcome');
    expect(lines[1]).toMatchObject({ outcome: 'started', Exports: 1 });
    expect(lines[2]).toMatchObject({ outcome: 'failed', Exports: 1 });
    expect(lines[2]).not.toHaveProperty('code');
  });
});
