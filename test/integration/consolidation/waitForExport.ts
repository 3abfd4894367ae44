import { expect } from 'vitest';
import type { ApiClient } from '../../support/testSystem';

/**
 * Polls `GET /v1/exports/{id}` until the job is done or failed, at most `attempts` times `intervalMs`
 * apart (a bounded loop: a job that never finishes fails the test instead of hanging it), and
 * returns the last view.
 *
 * @example
 * const done = await waitForExport(api, created.body.id);
 */
export const waitForExport = async (api: ApiClient, id: string, attempts = 300, intervalMs = 50) => {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const response = await api.get(`/v1/exports/${id}`);
    expect(response.status).toBe(200);
    if (response.body.status === 'done' || response.body.status === 'failed') return response.body;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`export ${id} did not finish after ${attempts} polls`);
};

/** POST /v1/exports (expects 202 with a Location), then waits for the job; returns the final view. */
export const exportAndWait = async (api: ApiClient, body: Record<string, unknown>) => {
  const created = await api.post('/v1/exports', body);
  expect(created.status).toBe(202);
  expect(created.body).toMatchObject({ status: 'queued' });
  expect(created.headers.get('location')).toBe(`/v1/exports/${created.body.id}`);
  return waitForExport(api, created.body.id);
};
