import { describe, expect, it } from 'vitest';
import { submissionOf } from '../../../../functions/observability/submissionOf';

describe('submissionOf', () => {
  it('reads form and action from a write route\'s path pattern', () => {
    expect(submissionOf({ method: 'POST', path: '/v1/target-sheets' })).toEqual({ form: 'target-sheets', action: 'create' });
    expect(submissionOf({ method: 'PUT', path: '/v1/target-sheets/{id}' })).toEqual({ form: 'target-sheets', action: 'save' });
    expect(submissionOf({ method: 'POST', path: '/v1/self-evaluations/{id}/approve' })).toEqual({ form: 'self-evaluations', action: 'approve' });
    expect(submissionOf({ method: 'PUT', path: '/v1/fiscal-evaluations/{year}/{districtId}' })).toEqual({ form: 'fiscal-evaluations', action: 'save' });
  });

  it('leaves reads and other shapes out', () => {
    expect(submissionOf({ method: 'GET', path: '/v1/target-sheets/{id}' })).toBeUndefined();
    expect(submissionOf({ method: 'GET', path: '/v1/target-sheets' })).toBeUndefined();
    expect(submissionOf({ method: 'PUT', path: '/v1/rule-sets/{id}/workbook' })).toBeUndefined();
  });
});
