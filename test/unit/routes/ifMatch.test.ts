import { describe, expect, it } from 'vitest';
import type { ApiRequest } from '../../../functions/http/types';
import { expectedVersion } from '../../../functions/routes/ifMatch';

const request = (ifMatch?: string): ApiRequest => ({
  method: 'PUT',
  path: '/v1/target-sheets/x',
  headers: ifMatch === undefined ? {} : { 'if-match': ifMatch },
  query: {},
  body: undefined,
  requestId: 'r',
});

describe('If-Match', () => {
  it('reads the version from a strong, weak or bare tag', () => {
    expect(expectedVersion(request('"3"'))).toBe(3);
    expect(expectedVersion(request('W/"12"'))).toBe(12);
    expect(expectedVersion(request('7'))).toBe(7);
  });

  it('is required (428) and must be a positive version (400)', () => {
    expect(() => expectedVersion(request())).toThrow(expect.objectContaining({ code: 'request.preconditionRequired', status: 428 }));
    expect(() => expectedVersion(request('  '))).toThrow(expect.objectContaining({ status: 428 }));
    for (const bad of ['*', '"0"', '"-1"', '"1.5"', '"abc"', '"1234567"', '"1", "2"']) {
      expect(() => expectedVersion(request(bad)), bad).toThrow(expect.objectContaining({ code: 'request.invalidIfMatch', status: 400 }));
    }
  });
});
